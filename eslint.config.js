import eslintPlugin from 'eslint-plugin-eslint-plugin';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'example/', 'tests/e2e/golden/', 'tests/e2e/monorepo/', 'tests/fixtures/typed/', 'bench/corpus/', 'coverage/'] },
  tseslint.configs.recommended,
  {
    files: ['rules/**/*.ts', 'src/**/*.ts'],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      // Reports, fixes and suggestions are made by the shared engine, out of this rule's sight.
      'eslint-plugin/require-meta-has-suggestions': 'off',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
