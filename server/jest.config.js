/** Jest in ESM mode (NestJS 12 is ESM-only): ts-jest with useESM, `.js` specifiers mapped to the `.ts` sources. */
const transform = {
  '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
};
// @fastify/static (CommonJS) requires content-disposition 3, which is ESM-only: jest on Node 20 cannot require ESM,
// so that one package is compiled to CommonJS for the tests.
transform['node_modules/content-disposition/.+\\.js$'] = [
  'ts-jest',
  { useESM: false, diagnostics: false, tsconfig: { allowJs: true, module: 'commonjs', moduleResolution: 'node', esModuleInterop: true } },
];
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform,
  testEnvironment: 'node',
};

export default {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/utils/global-setup.mjs',
      globalTeardown: '<rootDir>/test/utils/global-teardown.mjs',
      testTimeout: 60000,
    },
  ],
};
