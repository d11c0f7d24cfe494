export * from './awsErrors';
export * from './ports';
export * from './sdkTransport';
