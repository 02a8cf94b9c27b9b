import * as tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { summarize } from '../../src/report/summarize.js';
import { createWorkspace } from '../helpers/workspace.js';

const AXIOS = 'standard-clients/no-axios';
const REDIS = 'standard-clients/no-legacy-redis';
const DEPENDENCIES = 'standard-clients/no-banned-dependencies';

const dependency = (module: string, line: number, reason: string | null) =>
  ({ rule: DEPENDENCIES, module, line, column: 5, kind: 'suggestion', reason }) as const;

const manifest = (body: Record<string, unknown>) => `${JSON.stringify(body, null, 2)}\n`;

const axiosEntry = dependency('axios', 5, null);
const retryEntry = dependency('axios-retry', 6, 'companion/plugin');
const mockEntry = dependency('ioredis-mock', 9, 'companion/mock');
const typesEntry = dependency('@types/ioredis-mock', 10, 'companion/types');
const axiosLoad = { rule: AXIOS, module: 'axios', line: 1, column: 19, kind: 'manual', reason: 'companionInFile' };
const retryLoad = {
  rule: AXIOS,
  module: 'axios-retry',
  line: 2,
  column: 24,
  kind: 'manual',
  reason: 'companion/plugin',
};
const mockLoad = { rule: REDIS, module: 'ioredis-mock', line: 1, column: 23, kind: 'manual', reason: 'companion/mock' };

const reasonWork = (reason: string | null, files: [string, unknown[]][]) => ({
  reason,
  findings: files.reduce((sum, [, items]) => sum + items.length, 0),
  files: files.map(([file, items]) => ({ file, items })),
  omittedFiles: 0,
  omittedFindings: 0,
});

describe('the migration report counts companion packages', () => {
  it('per package, as manual findings in code and removable ones in package.json, by their own module', async () => {
    const root = createWorkspace({
      'package.json': manifest({ name: 'monorepo', private: true }),
      'services/billing/package.json': manifest({
        name: '@maily/billing',
        dependencies: { '@maily/error-handling': '^1.0.0', axios: '^1.7.0', 'axios-retry': '^4.5.0' },
        devDependencies: { 'ioredis-mock': '^8.13.0', '@types/ioredis-mock': '^8.2.0' },
      }),
      'services/billing/src/client.ts': [
        "import axios from 'axios';",
        "import axiosRetry from 'axios-retry';",
        'axiosRetry(axios, { retries: 3 });',
        '',
      ].join('\n'),
      'services/billing/src/cache.test.ts':
        "import RedisMock from 'ioredis-mock';\nexport const redis = new RedisMock();\n",
    });
    const config: Linter.Config[] = [
      { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
      ...plugin.configs.maily,
    ];
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });
    const results = await eslint.lintFiles(['.']);
    const { totals, packages } = summarize(results, root);
    expect(totals).toEqual({
      findings: 7,
      // axios-retry works on the axios beside it: that load moves with it, by hand.
      fixable: 0,
      fixableProven: 0,
      fixableUnproven: 0,
      suggestionOnly: 4,
      manual: 3,
      suppressed: 0,
      packages: 1,
      files: 3,
    });
    expect(packages).toEqual([
      {
        name: '@maily/billing',
        path: 'services/billing',
        findings: 7,
        fixable: 0,
        fixableProven: 0,
        fixableUnproven: 0,
        suggestionOnly: 4,
        manual: 3,
        suppressed: 0,
        byRule: { [DEPENDENCIES]: 4, [AXIOS]: 2, [REDIS]: 1 },
        byModule: { axios: 2, 'axios-retry': 2, 'ioredis-mock': 2, '@types/ioredis-mock': 1 },
        bannedDependencies: ['@types/ioredis-mock', 'axios', 'axios-retry', 'ioredis-mock'],
        // Companion findings have no fix to miss: they count under their kind's message id.
        reasons: { 'companion/plugin': 2, 'companion/mock': 2, 'companion/types': 1, companionInFile: 1 },
        // Nothing here is fixable: the work list holds every finding, the manifest's removals first.
        workList: {
          files: [
            { file: 'services/billing/package.json', items: [axiosEntry, retryEntry, mockEntry, typesEntry] },
            { file: 'services/billing/src/client.ts', items: [axiosLoad, retryLoad] },
            { file: 'services/billing/src/cache.test.ts', items: [mockLoad] },
          ],
          omittedFiles: 0,
          omittedFindings: 0,
          // Each companion is one person's work, in package.json and in code; ties by key, no key last.
          byReason: [
            reasonWork('companion/mock', [
              ['services/billing/package.json', [mockEntry]],
              ['services/billing/src/cache.test.ts', [mockLoad]],
            ]),
            reasonWork('companion/plugin', [
              ['services/billing/package.json', [retryEntry]],
              ['services/billing/src/client.ts', [retryLoad]],
            ]),
            reasonWork('companion/types', [['services/billing/package.json', [typesEntry]]]),
            reasonWork('companionInFile', [['services/billing/src/client.ts', [axiosLoad]]]),
            reasonWork(null, [['services/billing/package.json', [axiosEntry]]]),
          ],
        },
      },
    ]);
  });
});
