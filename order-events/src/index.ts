export * from './adapters/snsEventTopic';
export * from './config';
export * from './eventSubscription';
export * from './orderChanges';
export * from './publishOrderEvents';
export * from './publisherFromEnv';
