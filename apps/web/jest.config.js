/** Component and unit tests (jsdom). Browser flows live in e2e/ and run after these in `npm test` (alone: `npm run e2e`). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    // The app imports antd's ES modules by path (antd/es/...); Jest runs the CommonJS build of the same files.
    '^antd/es/(.*)$': 'antd/lib/$1',
    '^@ant-design/nextjs-registry$': '<rootDir>/src/test/antdRegistryMock.tsx',
    '\\.(css|less|scss)$': '<rootDir>/src/test/styleMock.js',
    '\\.(png|jpg|jpeg|gif|svg|webp|ico)$': '<rootDir>/src/test/fileMock.js',
  },
  // A few dependencies ship only ES modules (e.g. @ant-design/colors via @ant-design/icons): compile them too.
  transformIgnorePatterns: ['/node_modules/(?!(@ant-design|@rc-component|rc-[^/]+|@babel/runtime/helpers/esm)/)'],
  testPathIgnorePatterns: ['/node_modules/', '/.next/', '/e2e/'],
  // antd forms typed into by user-event are slow in jsdom on a busy 2-core CI machine; 5 s was not enough.
  testTimeout: 30000,
  // Two workers: the machine has two cores and the browser tests run right after.
  maxWorkers: 2,
};
