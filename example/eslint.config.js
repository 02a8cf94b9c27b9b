import tsParser from '@typescript-eslint/parser';
import standardClients from 'eslint-plugin-standard-clients';
import { defineConfig } from 'eslint/config';

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
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
);
