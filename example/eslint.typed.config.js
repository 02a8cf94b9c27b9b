import tsParser from '@typescript-eslint/parser';
import standardClients from 'eslint-plugin-standard-clients';
import { defineConfig } from 'eslint/config';
import vueParser from 'vue-eslint-parser';

// The same rules with type information on the TypeScript files: every use of a banned client's value is checked
// against the standardized client's types, so fixes are proven by the types (`npx eslint -c eslint.typed.config.js`).
export default defineConfig(
  { ignores: ['**/*.d.ts', 'oxlint.config.js'] },
  standardClients.configs.maily,
  { settings: { 'standard-clients': { root: import.meta.dirname } } },
  {
    files: ['**/*.ts', '**/*.mts'],
    languageOptions: {
      parser: tsParser,
      parserOptions: {
        // vitest.config.ts is outside the tsconfig's `include`: linted in a default project.
        projectService: { allowDefaultProject: ['vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  { files: ['**/*.vue'], languageOptions: { parser: vueParser, parserOptions: { parser: tsParser } } },
);
