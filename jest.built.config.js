/**
 * `npm run test:built`: suites that need the builds in dist/ — function bundles, the weapp harness on
 * dist/weapp, the main-package size budget and the browser tests on the local host serving dist/h5.
 * Run after build:functions, build:weapp and build:h5 (as `npm test` does).
 */
module.exports = {
  displayName: 'built',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/built/**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }],
  },
  moduleNameMapper: { '^@core/(.*)$': '<rootDir>/src/core/$1' },
  testTimeout: 120000,
};
