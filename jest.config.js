/** One jest run for every workspace. `unit` needs nothing running; `integration` and `e2e` talk to real emulators. */
// ignoreDynamic keeps `import()` real, so the ESM-only emulators load in jest's global setup.
const transform = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2023' }, module: { type: 'commonjs', ignoreDynamic: true } }],
};

const project = (displayName, roots, extra = {}) => ({
  displayName,
  roots,
  testEnvironment: 'node',
  transform,
  testMatch: ['**/*.test.ts'],
  ...extra,
});

module.exports = {
  testTimeout: 60_000,
  projects: [
    project('unit', ['<rootDir>'], { testMatch: ['<rootDir>/*/test/unit/**/*.test.ts'] }),
    project('integration', ['<rootDir>'], {
      testMatch: ['<rootDir>/*/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/local-stack/test/support/globalSetup.ts',
      globalTeardown: '<rootDir>/local-stack/test/support/globalTeardown.ts',
    }),
    project('e2e', ['<rootDir>/e2e'], { testMatch: ['<rootDir>/e2e/test/**/*.test.ts'] }),
  ],
};
