export * from './caller';
export * from './errors';
export * from './guards';
export * from './tokenVerifier';
