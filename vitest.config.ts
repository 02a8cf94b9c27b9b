import { defineConfig } from 'vitest/config';

// The same suites run against ESLint 10 and ESLint 9: the second project resolves `eslint` to the
// `eslint-v9` npm alias, both for our ESM imports and for dependencies that require() it themselves.
export default defineConfig({
  test: {
    setupFiles: ['tests/setup.ts'],
    // End-to-end tests spawn ESLint, tsc and servers: seconds each on a busy 2-core machine.
    testTimeout: 30_000,
    // Golden files of the fixed example include a test file of the example's own.
    exclude: ['**/node_modules/**', 'tests/e2e/golden/**'],
    projects: [
      {
        extends: true,
        test: { name: 'eslint10', include: ['tests/**/*.test.ts'], env: { EXPECT_ESLINT_MAJOR: '10' } },
      },
      {
        extends: true,
        test: {
          name: 'eslint9',
          include: [
            'tests/rules/**/*.test.ts',
            'tests/fixes/**/*.test.ts',
            'tests/frameworks/**/*.test.ts',
            'tests/eslint-version.test.ts',
          ],
          env: { EXPECT_ESLINT_MAJOR: '9' },
          alias: { eslint: 'eslint-v9' },
          execArgv: ['--require', './tests/helpers/resolve-eslint-9.cjs'],
        },
      },
    ],
  },
});
