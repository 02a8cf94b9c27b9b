import tsParser from '@typescript-eslint/parser';
import standardClients from 'eslint-plugin-standard-clients';
import { defineConfig } from 'eslint/config';
import vueParser from 'vue-eslint-parser';

const exemptClientPackages = { allow: ['packages/error-handling/**', 'packages/database/**'] };

export default defineConfig(
  { ignores: ['**/*.d.ts', 'oxlint.config.js'] },
  standardClients.configs.maily,
  {
    rules: {
      'standard-clients/no-axios': ['error', exemptClientPackages],
      'standard-clients/no-node-fetch': ['error', exemptClientPackages],
      'standard-clients/no-legacy-redis': ['error', exemptClientPackages],
    },
  },
  { files: ['**/*.ts', '**/*.mts'], languageOptions: { parser: tsParser } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  // Single-file components: vue-eslint-parser reads the template, the typescript-eslint parser the script.
  { files: ['**/*.vue'], languageOptions: { parser: vueParser, parserOptions: { parser: tsParser } } },
);
