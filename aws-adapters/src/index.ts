export * from './clients';
export * from './config';
export * from './invoiceFiles';
export * from './logger';
export * from './orderQueue';
export * from './orderStore';
export * from './outbox';
