// One Jest run covers every package; each project picks its files and environment.
const swc = (tsx = false) => [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const moduleNameMapper = { '^@plenary/shared$': '<rootDir>/shared/src/index.ts' };
const common = { rootDir: __dirname, moduleNameMapper, transform: { '^.+\\.ts$': swc() } };

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.cjs'],
  projects: [
    {
      ...common,
      displayName: 'shared',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/shared/src/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'server-unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/server/src/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'client',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.tsx?$': swc(true) },
      // Stylesheets are Vite's business; a component spec only needs the import to resolve.
      moduleNameMapper: { ...moduleNameMapper, '\\.css$': '<rootDir>/client/src/testing/styleStub.ts' },
      testMatch: ['<rootDir>/client/src/**/*.spec.tsx', '<rootDir>/client/src/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
    },
    {
      ...common,
      displayName: 'browser',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
    },
  ],
};
