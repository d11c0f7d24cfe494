/** One jest run for every workspace. `unit` needs nothing running; `integration` and `e2e` talk to real emulators. */
// ts-jest compiles each file on its own (the type check is `npm run typecheck`). Module node16
// emits CommonJS but keeps `import()` real, so the ESM-only emulators load in the global setup.
const transform = {
  '^.+\\.tsx?$': [
    'ts-jest',
    { tsconfig: { isolatedModules: true, module: 'node16', moduleResolution: 'node16', verbatimModuleSyntax: false } },
  ],
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
  reporters: ['default', '<rootDir>/scripts/jestSummaryReporter.js'],
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
