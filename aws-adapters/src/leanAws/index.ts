export * from './errors';
export * from './settings';
export * from './transport';
export { retryErrorType, type RetryErrorType } from './retry';
