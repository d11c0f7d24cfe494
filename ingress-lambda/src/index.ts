export * from './acceptOrder';
export * from './app';
export * from './config';
export * from './dependencies';
export * from './orderViews';
export * from './problems';
