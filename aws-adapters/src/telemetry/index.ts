export * from './constants';
export * from './jsonLinesSpanExporter';
export * from './metrics';
export * from './propagation';
export * from './tracing';
