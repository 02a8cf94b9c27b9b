// Type test, checked by `npm run typecheck` against the built declarations a consumer gets.
import type { ESLint, Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import standardClients, { type PluginSettings, type Target } from 'eslint-plugin-standard-clients';

standardClients satisfies ESLint.Plugin;
const asPlugin: ESLint.Plugin = standardClients;
const recommended: Linter.Config[] = standardClients.configs.recommended;

const http: Target = {
  module: '@org/http-client',
  advice: 'retries and error mapping',
  guide: 'https://wiki.example.com/http-client',
  mappings: { axios: { default: 'httpClient' } },
};
const settings: PluginSettings = {
  root: import.meta.dirname,
  http,
  redis: { file: 'packages/redis/src/index.ts', extension: 'js' },
};

export default defineConfig(
  standardClients.configs.maily,
  { plugins: { 'standard-clients': standardClients }, settings: { 'standard-clients': settings } },
  {
    files: ['**/*.ts'],
    extends: [standardClients.configs.recommended],
  },
  ...standardClients.configs.recommended,
  {
    files: ['**/*.mts'],
    rules: { 'standard-clients/no-restricted-clients': ['error', { clients: [{ modules: ['got'] }] }] },
  },
);

// @ts-expect-error: only the five rules exist
void standardClients.rules['no-such-rule'];
// @ts-expect-error: a target names a module or a file
const wrong: Target = { name: 'HttpClient' };

export { asPlugin, recommended, wrong };
