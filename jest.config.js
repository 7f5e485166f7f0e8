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

/** NutUI ships ES modules only; the component tests compile them like our own code. */
const esmPackages = ['@nutui/nutui-react-taro'];

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
    {
      // React components on jsdom, with Taro's components and APIs as DOM stand-ins (test/support).
      displayName: 'components',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/src/**/__test__/**/*.test.tsx', '<rootDir>/src/**/__test__/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/src/core/'],
      setupFiles: ['<rootDir>/test/support/components-setup.ts'],
      transform: {
        '^.+\\.tsx?$': swc(true),
        '^.+\\.m?js$': [
          '@swc/jest',
          { jsc: { target: 'es2022', parser: { syntax: 'ecmascript', jsx: true } }, module: { type: 'commonjs' } },
        ],
      },
      transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
      moduleNameMapper: {
        ...coreAlias,
        '^@tarojs/taro$': '<rootDir>/test/support/taro.ts',
        '^@tarojs/components$': '<rootDir>/test/support/taro-components.tsx',
        '^@nutui/nutui-react-taro$': '<rootDir>/test/support/nutui.ts',
        '\\.(css|scss)$': '<rootDir>/test/support/style-stub.js',
      },
    },
  ],
};
