import * as tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { formatHtml } from '../../src/report/formats/html.js';
import { formatMarkdown } from '../../src/report/formats/markdown.js';
import { formatTable } from '../../src/report/formats/table.js';
import { summarize } from '../../src/report/summarize.js';
import { createWorkspace } from '../helpers/workspace.js';

// The report counts a fix as proven or as resting on the mapping's word from ESLint's message ids alone; these
// tests lint small workspaces for real and read the ids back.

const manifest = (name: string, dependencies: Record<string, string>) =>
  `${JSON.stringify({ name, dependencies }, null, 2)}\n`;

const typescript: Linter.Config = { files: ['**/*.ts'], languageOptions: { parser: tsParser } };

async function lint(root: string, config: Linter.Config[]) {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [typescript, ...config] });
  return eslint.lintFiles(['.']);
}

/** Each finding of the plugin as `file line:column messageId`, with `fix` when it carries one. */
const messageIds = (results: readonly ESLint.LintResult[], root: string) =>
  results.flatMap((result) =>
    result.messages.map(
      (m) => `${result.filePath.slice(root.length + 1)} ${m.line}:${m.column} ${m.messageId}${m.fix ? ' fix' : ''}`,
    ),
  );

describe('the report counts fixes by what they rest on', () => {
  it("configs.maily: proven fixes, fixes on the mapping's word, and the rest left for a person, by reason", async () => {
    const root = createWorkspace({
      'package.json': manifest('monorepo', {}),
      'services/api/package.json': manifest('@acme/api', {
        '@maily/error-handling': '^1.0.0',
        '@maily/database': '^1.0.0',
        axios: '^1.7.0',
        ioredis: '^5.4.0',
        'node-fetch': '^3.3.0',
      }),
      // Proven: `get` is in the default's promised surface, and the global fetch becomes the client's own.
      'services/api/src/users.ts':
        "import axios from 'axios';\nexport const user = async (id: string) => (await axios.get(id)).data;\n",
      'services/api/src/ping.ts': 'export const ping = (url: string) => fetch(url);\n',
      // On the mapping's word: configs.maily promises nothing about node-fetch's default export.
      'services/api/src/notify.ts':
        "import fetch from 'node-fetch';\nexport const notify = (url: string) => fetch(url);\n",
      // Left for a person: RedisClient has no multi(), twice over.
      'services/api/src/limits.ts': [
        "import { Redis } from 'ioredis';",
        'const redis = new Redis();',
        'export const hit = () => redis.multi().exec();',
        'export const miss = () => redis.multi().discard();',
        '',
      ].join('\n'),
      // The package lacks the target: the fix adds it to package.json (proven); the code waits for it.
      'services/web/package.json': manifest('@acme/web', { axios: '^1.7.0' }),
      'services/web/src/page.ts': "import axios from 'axios';\nexport const page = (url: string) => axios.get(url);\n",
    });
    const results = await lint(root, plugin.configs.maily);
    expect(messageIds(results, root).sort()).toEqual([
      // Lines 4 and 5 declare the targets; axios, ioredis and node-fetch follow.
      'services/api/package.json 6:5 banned',
      'services/api/package.json 7:5 banned',
      'services/api/package.json 8:5 banned',
      'services/api/src/limits.ts 1:23 notFixed/memberNotPromised',
      'services/api/src/notify.ts 1:19 banned/unproven fix',
      'services/api/src/ping.ts 1:38 banned fix',
      'services/api/src/users.ts 1:19 banned fix',
      'services/web/package.json 4:5 banned',
      'services/web/package.json 4:5 missingTarget fix',
      'services/web/src/page.ts 1:19 notFixed/undeclaredTarget',
    ]);

    const { totals, packages } = summarize(results, root);
    expect(totals).toEqual({
      findings: 10,
      fixable: 4,
      fixableProven: 3,
      fixableUnproven: 1,
      suggestionOnly: 4,
      manual: 2,
      suppressed: 0,
      packages: 2,
      files: 7,
    });
    const [api, web] = packages;
    expect(api).toMatchObject({
      findings: 7,
      fixable: 3,
      fixableProven: 2,
      fixableUnproven: 1,
      suggestionOnly: 3,
      manual: 1,
    });
    expect(web).toMatchObject({
      findings: 3,
      fixable: 1,
      fixableProven: 1,
      fixableUnproven: 0,
      suggestionOnly: 1,
      manual: 1,
    });
    // By reason: what a lead hands out. Fixes are no one's work, so they are not in the work list.
    expect(
      api!.workList.byReason.map(({ reason, findings, files }) => [reason, findings, files.map((f) => f.file)]),
    ).toEqual([
      [null, 3, ['services/api/package.json']],
      ['memberNotPromised', 1, ['services/api/src/limits.ts']],
    ]);
  });

  it('a mapping that states no promises: its fixes rest on its word until it states a version range', async () => {
    const root = createWorkspace({
      'package.json': manifest('app', { '@org/http': '^1.0.0', axios: '^1.7.0' }),
      // A named class read only through `instanceof` and `message`: nothing stated covers it.
      'src/errors.ts': [
        "import { AxiosError } from 'axios';",
        "export const isHttpError = (e: unknown) => e instanceof AxiosError && e.message !== '';",
        '',
      ].join('\n'),
      // A member read on the default export always needs a stated surface.
      'src/client.ts': "import axios from 'axios';\nexport const get = (url: string) => axios.get(url);\n",
    });
    const rules: Linter.RulesRecord = { 'standard-clients/no-axios': 'error' };
    const http = (mapping: Record<string, unknown>) => ({
      plugins: { 'standard-clients': plugin },
      rules,
      settings: { 'standard-clients': { http: { module: '@org/http', mappings: { axios: mapping } } } },
    });
    const unstated = { default: 'httpClient', named: { AxiosError: 'HttpClientError' } };

    const onWord = summarize(await lint(root, [http(unstated)]), root);
    expect(onWord.totals).toMatchObject({ findings: 2, fixable: 1, fixableProven: 0, fixableUnproven: 1, manual: 1 });
    expect(onWord.packages[0]!.reasons).toEqual({ unaccountedMembers: 1 });
    expect(formatMarkdown(onWord)).toContain(
      '2 open findings in 1 package: `--fix` takes 0 proven and 1 unproven fixes; 0 with a suggestion and 1 manual are left for a person; 0 suppressed.',
    );
    expect(formatHtml(onWord)).toContain('<strong>1</strong>unproven fix</div>');
    expect(formatTable(onWord)).toMatch(/^app \(\.\) +2 +0 +1 +0 +1 +0$/m);

    // axios ^1.7.0, as package.json declares it, is within the range: the same fix is now proven.
    const inRange = summarize(await lint(root, [http({ ...unstated, versions: '>=1' })]), root);
    expect(inRange.totals).toMatchObject({ findings: 2, fixable: 1, fixableProven: 1, fixableUnproven: 0, manual: 1 });
  });
});
