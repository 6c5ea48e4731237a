import { fileURLToPath } from 'node:url';

// Browser tests (`npm run test:browser`): Chromium driven by playwright-core against the stack
// `npm start` runs. Each suite starts its own launcher (fresh database, Redis prefix, Meilisearch),
// so there is no global setup; suites run one at a time.
const rootDir = fileURLToPath(new URL('..', import.meta.url));

export default {
  rootDir,
  displayName: 'browser',
  testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', decorators: true }, target: 'es2022', keepClassNames: true },
        module: { type: 'es6' },
        sourceMaps: 'inline',
      },
    ],
  },
  moduleNameMapper: {
    '^@app/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/'],
  maxWorkers: 1,
  testTimeout: 120000,
  verbose: true,
};
