/**
 * Configuration could not be read from the environment. Names every bad variable. Apart from the
 * schemas in config.ts so that code outside them (the lean AWS transport) throws it without
 * loading zod.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
