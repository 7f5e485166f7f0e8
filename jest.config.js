/**
 * `npm run test:unit`: everything that needs no build — core rules, adapters, functions through the
 * router on SQLite, React components. Suites that need dist/ (browser, weapp harness, bundles) are in
 * jest.built.config.js.
 */
const swc = (jsx) => [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: jsx },
      transform: jsx ? { react: { runtime: 'automatic' } } : undefined,
    },
    module: { type: 'commonjs' },
  },
];

const coreAlias = { '^@core/(.*)$': '<rootDir>/src/core/$1' };

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: [
        '<rootDir>/src/core/**/__test__/**/*.test.ts',
        '<rootDir>/cloudfunctions/**/__test__/**/*.test.ts',
        '<rootDir>/test/integration/**/*.test.ts',
      ],
      transform: { '^.+\\.tsx?$': swc(false) },
      moduleNameMapper: coreAlias,
    },
  ],
};
