export * from './emulators';
export * from './ports';
export * from './provision';
export * from './resources';
