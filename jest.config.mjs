/** Jest runs the TypeScript sources as native ESM, transformed by swc. */
export default {
  testEnvironment: 'node',
  testEnvironmentOptions: { globalsCleanup: 'off' },
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          experimental: { keepImportAttributes: true },
        },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/cms/payload.config.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  modulePathIgnorePatterns: ['<rootDir>/frontend/.next', '<rootDir>/.data/', '<rootDir>/.tools/'],
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/{src,cms,workflows}/**/*.test.ts'],
  setupFiles: ['<rootDir>/tests/setup/env.ts'],
  testTimeout: 60_000,
  maxWorkers: 2,
  // A fresh worker process per test file: Temporal's native runtime and leftover
  // handles of one file can then never leak into the next.
  workerIdleMemoryLimit: '1MB',
}
