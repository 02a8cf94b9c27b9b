// A monorepo whose HTTP client is a workspace file. `root` makes the target and `allow` globs resolve against
// this folder wherever ESLint runs: the monorepo root, a package folder, an editor's workspace folder above.
import tsParser from '@typescript-eslint/parser';
import standardClients from 'eslint-plugin-standard-clients';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  standardClients.configs.recommended,
  {
    settings: {
      'standard-clients': {
        root: import.meta.dirname,
        http: {
          file: 'packages/http/src/index.ts',
          name: 'HttpClient',
          advice: 'retries and error mapping',
          guide: 'https://wiki.example.com/http-client',
          mappings: {
            axios: {
              default: 'httpClient',
              named: { AxiosError: 'HttpClientError' },
              surface: ['get', 'post'],
              // The wrapper's HttpClientError is axios's own error class, response and all.
              promises: { AxiosError: { members: [], instances: ['response', 'message'] } },
            },
          },
        },
      },
    },
  },
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
);
