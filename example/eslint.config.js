import tsParser from '@typescript-eslint/parser';
import standardClients from 'eslint-plugin-standard-clients';
import { defineConfig } from 'eslint/config';
import vueParser from 'vue-eslint-parser';

// The client packages (packages/error-handling, packages/database) wrap axios and node-redis. They are the
// targets' own workspace packages, so no rule reports them and no `allow` is needed.
export default defineConfig(
  { ignores: ['**/*.d.ts', 'oxlint.config.js'] },
  standardClients.configs.maily,
  { settings: { 'standard-clients': { root: import.meta.dirname } } },
  { files: ['**/*.ts', '**/*.mts'], languageOptions: { parser: tsParser } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  // Single-file components: vue-eslint-parser reads the template, the typescript-eslint parser the script.
  { files: ['**/*.vue'], languageOptions: { parser: vueParser, parserOptions: { parser: tsParser } } },
);
