export * from './productStore';
export * from './productTable';
