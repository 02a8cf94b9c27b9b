import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/example-workspace.js';
import { lintWithProjectConfig } from '../../src/report/collect.js';
import plugin from '../../src/index.js';
import { type GroupReport, type MigrationReport, summarize } from '../../src/report/summarize.js';
import { browse, CHROMIUM_MISSING, hasChromium } from './chromium.js';
import { copyExample, eslint, runNode } from './cli-helpers.js';

const cli = path.join(repoRoot, 'dist/src/report/cli.js');
const report = (args: string[], cwd: string) => runNode(cli, args, cwd);
const goldenDir = fileURLToPath(new URL('golden/', import.meta.url));
const outputDir = fileURLToPath(new URL('output/', import.meta.url));

const json = (args: string[], cwd: string): MigrationReport => {
  const run = report([...args, '--format', 'json'], cwd);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as MigrationReport;
};

// The HTML report test opens the page in Debian's Chromium; .ci/run installs it, a laptop may lack it.
if (!hasChromium) console.warn(`\nThe HTML report test is skipped: ${CHROMIUM_MISSING}.\n`);

const AXIOS = 'standard-clients/no-axios';
const FETCH = 'standard-clients/no-node-fetch';
const REDIS = 'standard-clients/no-legacy-redis';
const DEPENDENCIES = 'standard-clients/no-banned-dependencies';
const GLOBAL_FETCH = 'standard-clients/no-global-fetch';
const NODE_HTTP = 'standard-clients/no-node-http-requests';

interface EslintMessage {
  ruleId: string | null;
  messageId?: string;
  line: number;
  column: number;
  fix?: unknown;
  suggestions?: unknown[];
}

/** ESLint's own JSON output for the example copy. */
const eslintJson = (args: string[], root: string) =>
  JSON.parse(eslint('eslint', [...args, '--format', 'json'], root).stdout) as {
    filePath: string;
    messages: EslintMessage[];
  }[];

/** This plugin's messages, each with its file relative to the root. */
const ownMessages = (results: ReturnType<typeof eslintJson>, root: string) =>
  results.flatMap((result) =>
    result.messages
      .filter((message) => message.ruleId?.startsWith('standard-clients/'))
      .map((message) => ({ file: path.relative(root, result.filePath).split(path.sep).join('/'), message })),
  );

/** The reason a work item shows, read off ESLint's message id: its not-fixed key, or what it is. */
function reasonOf(messageId: string | undefined): string | null {
  if (messageId?.startsWith('notFixed/')) return messageId.slice('notFixed/'.length);
  if (messageId?.startsWith('companion/')) return messageId;
  return messageId?.startsWith('rawRequest/') ? 'rawRequest' : null;
}

const sortItems = <T>(items: readonly T[]) => items.map((item) => JSON.stringify(item)).sort();

/** A report as a release before the split of fixes wrote it: without fixableProven, fixableUnproven, byReason. */
const withoutFixProof = (report: unknown): unknown =>
  JSON.parse(JSON.stringify(report), (key, value: unknown) =>
    ['fixableProven', 'fixableUnproven', 'byReason'].includes(key) ? undefined : value,
  );

// Each test runs ESLint, and the report, several times: seconds each on a busy 2-core machine.
describe('standard-clients-report on the example workspace', { timeout: 60_000 }, () => {
  it('counts every finding per package, by kind, rule and banned module', () => {
    const root = copyExample();
    const { totals, packages, groupBy, groups } = json([], root);
    expect({ groupBy, groups }).toEqual({ groupBy: 'package', groups: undefined });
    // The work lists have their own test below.
    const workList = expect.objectContaining({ omittedFiles: 0 }) as unknown;
    // Counted by hand from the example's files (each load read against configs.maily's promises), and checked
    // against `eslint . -f json`: a fix is proven when its message id is `banned` (or `missingTarget`), unproven
    // when it is `banned/unproven`; the rest is left for a person.
    expect(totals).toEqual({
      findings: 40,
      fixable: 13,
      fixableProven: 7,
      fixableUnproven: 6,
      suggestionOnly: 13,
      manual: 14,
      suppressed: 0,
      packages: 6,
      files: 23,
    });
    expect(packages).toEqual([
      {
        name: '@maily/dashboard',
        path: 'apps/dashboard',
        findings: 2,
        // ApiStatus.vue reads axios.get (surface) and AxiosError's `status` (promised): proven.
        fixable: 1,
        fixableProven: 1,
        fixableUnproven: 0,
        suggestionOnly: 1,
        manual: 0,
        suppressed: 0,
        byRule: { [DEPENDENCIES]: 1, [AXIOS]: 1 },
        byModule: { axios: 2 },
        bannedDependencies: ['axios'],
        reasons: {},
        workList,
      },
      {
        name: '@maily/billing',
        path: 'services/billing',
        findings: 16,
        // Proven: the redis load of invoices.ts (createClient, RedisClientType with promised members, redis >=4
        // installed), notify.ts's `await import('axios')` (isAxiosError, a promised guard) and status.ts's global
        // fetch. On the mapping's word: the four re-exports and import types of http-types.ts (the names leave the
        // file, where no use of them can be checked), invoices.ts's axios (the default is handed out whole in `clients`) and notify.ts's node-fetch
        // (nothing is promised for its default or `Headers`).
        fixable: 9,
        fixableProven: 3,
        fixableUnproven: 6,
        suggestionOnly: 3,
        manual: 4,
        suppressed: 0,
        byRule: { [DEPENDENCIES]: 3, [NODE_HTTP]: 1, [AXIOS]: 9, [REDIS]: 1, [FETCH]: 1, [GLOBAL_FETCH]: 1 },
        // A raw request counts under the module it came from, the global fetch under its own name.
        byModule: { axios: 10, 'node-fetch': 2, redis: 2, 'node:https': 1, 'fetch (global)': 1 },
        bannedDependencies: ['axios', 'node-fetch', 'redis'],
        // The mock's factory takes the original module; `typeof import('axios')` names the whole module's type;
        // a raw request has no fix to miss; refunds.ts reads `error.response`, which HttpClientError lacks.
        reasons: { noSuggestion: 1, wholeModuleType: 1, rawRequest: 1, memberNotPromised: 1 },
        workList,
      },
      {
        name: '@maily/legacy-cache',
        path: 'services/legacy-cache',
        findings: 2,
        fixable: 0,
        fixableProven: 0,
        fixableUnproven: 0,
        suggestionOnly: 1,
        manual: 1,
        suppressed: 0,
        byRule: { [DEPENDENCIES]: 1, [REDIS]: 1 },
        byModule: { redis: 2 },
        bannedDependencies: ['redis'],
        // redis 3.1.2 is installed in this package: its callback API is outside the mapping's `>=4`.
        reasons: { versionOutsideRange: 1 },
        workList,
      },
      {
        name: '@maily/realtime',
        path: 'services/realtime',
        findings: 7,
        fixable: 0,
        fixableProven: 0,
        fixableUnproven: 0,
        suggestionOnly: 3,
        manual: 4,
        suppressed: 0,
        byRule: { [DEPENDENCIES]: 3, [REDIS]: 4 },
        // The companion ioredis-mock counts under its own name, in code and in package.json.
        byModule: { ioredis: 3, redis: 2, 'ioredis-mock': 2 },
        bannedDependencies: ['ioredis', 'ioredis-mock', 'redis'],
        // Redis.Cluster has no mapping; pubsub.ts exports the clients createClient() returns; rate-limit.ts
        // calls multi(), which RedisClient lacks.
        reasons: { unmappedNames: 1, 'companion/mock': 2, valueEscapes: 1, memberNotPromised: 1 },
        workList,
      },
      {
        name: '@maily/webhooks',
        path: 'services/webhooks',
        findings: 3,
        // The manifest lacks the target: its fix adds it (proven), and the code waits for it, manual until then.
        fixable: 1,
        fixableProven: 1,
        fixableUnproven: 0,
        suggestionOnly: 1,
        manual: 1,
        suppressed: 0,
        byRule: { [DEPENDENCIES]: 2, [AXIOS]: 1 },
        byModule: { axios: 3 },
        bannedDependencies: ['axios'],
        reasons: { undeclaredTarget: 1 },
        workList,
      },
      {
        name: '@maily/worker',
        path: 'services/worker',
        findings: 10,
        // worker.cjs's two axios loads (post and isAxiosError, both promised) are proven; its redis client is
        // exported, out of sight.
        fixable: 2,
        fixableProven: 2,
        fixableUnproven: 0,
        suggestionOnly: 4,
        manual: 4,
        suppressed: 0,
        byRule: { [DEPENDENCIES]: 4, [FETCH]: 1, [AXIOS]: 4, [REDIS]: 1 },
        byModule: { axios: 4, 'isomorphic-fetch': 2, redis: 2, 'axios-retry': 2 },
        bannedDependencies: ['axios', 'axios-retry', 'isomorphic-fetch', 'redis'],
        // axios-retry works on the axios beside it, so both move together; the polyfill is a bare require().
        reasons: { bareRequire: 1, companionInFile: 1, 'companion/plugin': 2, valueEscapes: 1 },
        workList,
      },
    ]);
  });

  it('lists exactly the findings ESLint reports without a fix, with their keyed reasons, biggest files first', () => {
    const root = copyExample();
    const { packages } = json([], root);
    const listed = packages.flatMap((p) =>
      p.workList.files.flatMap(({ file, items }) => items.map((item) => ({ package: p.path, file, ...item }))),
    );
    expect(listed.map((item) => item.module)).not.toContain('unknown');
    const withoutModule = listed.map(({ package: inPackage, file, rule, line, column, kind, reason }) => ({
      package: inPackage,
      file,
      rule,
      line,
      column,
      kind,
      reason,
    }));

    // What ESLint itself says, message by message: no `fix`, so `--fix` cannot take it.
    const plain = eslintJson(['.'], root);
    const expected = ownMessages(plain, root)
      .filter(({ message }) => !message.fix)
      .map(({ file, message }) => ({
        package: file.split('/').slice(0, 2).join('/'),
        file,
        rule: message.ruleId!,
        line: message.line,
        column: message.column,
        kind: message.suggestions?.length ? 'suggestion' : 'manual',
        reason: reasonOf(message.messageId),
      }));
    expect(expected.length).toBeGreaterThan(5);
    expect(sortItems(withoutModule)).toEqual(sortItems(expected));

    // And what is left after ESLint applies every fix: the same files, rules and reasons.
    const afterFix = ownMessages(eslintJson(['.', '--fix-dry-run'], root), root).map(({ file, message }) => ({
      file,
      rule: message.ruleId!,
      reason: reasonOf(message.messageId),
    }));
    expect(sortItems(listed.map(({ file, rule, reason }) => ({ file, rule, reason })))).toEqual(sortItems(afterFix));

    // Biggest wins first: within each work list, the file with most findings leads (ties by path).
    for (const { workList } of packages) {
      const order = workList.files.map((f) => [-f.items.length, f.file] as const);
      expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)));
    }
    expect(packages.find((p) => p.path === 'services/billing')!.workList.files.map((f) => f.file)).toEqual([
      'services/billing/package.json',
      'services/billing/test/invoices.test.ts',
      'services/billing/src/exchange-rates.ts',
      'services/billing/src/refunds.ts',
    ]);

    // By reason: the same items, each under the reason ESLint's message id gives it, the biggest reason first.
    for (const { path: inPackage, workList } of packages) {
      const byReason = workList.byReason.map(({ reason, findings, files }) => ({
        reason,
        findings,
        items: sortItems(files.flatMap(({ file, items }) => items.map(({ line, column }) => ({ file, line, column })))),
      }));
      const mine = expected.filter((item) => item.package === inPackage);
      const reasons = [...new Set(mine.map((item) => item.reason))];
      expect(byReason.map((r) => r.findings)).toEqual(byReason.map((r) => r.findings).sort((a, b) => b - a));
      expect(sortItems(byReason)).toEqual(
        sortItems(
          reasons.map((reason) => {
            const under = mine.filter((item) => item.reason === reason);
            return {
              reason,
              findings: under.length,
              items: sortItems(under.map(({ file, line, column }) => ({ file, line, column }))),
            };
          }),
        ),
      );
    }
  });

  it('shows the work list by reason and by file in every format, cut by --limit', () => {
    const root = copyExample();
    const limited = json(['--limit', '1'], root).packages.find((p) => p.path === 'services/realtime')!.workList;
    const dependency = (module: string, line: number, reason: string | null) =>
      ({ rule: DEPENDENCIES, module, line, column: 5, kind: 'suggestion', reason }) as const;
    const redisLoad = (file: string, module: string, line: number, column: number, reason: string) => ({
      files: [
        {
          file: `services/realtime/src/${file}`,
          items: [{ rule: REDIS, module, line, column, kind: 'manual', reason }],
        },
      ],
      omittedFiles: 0,
      omittedFindings: 0,
    });
    const manifest = 'services/realtime/package.json';
    expect(limited).toEqual({
      files: [
        {
          file: manifest,
          items: [
            dependency('ioredis', 8, null),
            dependency('redis', 9, null),
            dependency('ioredis-mock', 12, 'companion/mock'),
          ],
        },
      ],
      omittedFiles: 4,
      omittedFindings: 4,
      // Every reason stays, with all its findings counted; --limit cuts the files under each.
      byReason: [
        {
          reason: 'companion/mock',
          findings: 2,
          files: [{ file: manifest, items: [dependency('ioredis-mock', 12, 'companion/mock')] }],
          omittedFiles: 1,
          omittedFindings: 1,
        },
        {
          reason: null,
          findings: 2,
          files: [{ file: manifest, items: [dependency('ioredis', 8, null), dependency('redis', 9, null)] }],
          omittedFiles: 0,
          omittedFindings: 0,
        },
        {
          reason: 'memberNotPromised',
          findings: 1,
          ...redisLoad('rate-limit.ts', 'ioredis', 3, 23, 'memberNotPromised'),
        },
        { reason: 'unmappedNames', findings: 1, ...redisLoad('cluster.ts', 'ioredis', 2, 25, 'unmappedNames') },
        { reason: 'valueEscapes', findings: 1, ...redisLoad('pubsub.ts', 'redis', 2, 24, 'valueEscapes') },
      ],
    });
    const table = report(['--limit', '1'], root).stdout;
    expect(table).toContain(
      [
        '@maily/realtime (services/realtime): 7 findings in 5 files',
        '  By reason:',
        '    companion/mock     2  services/realtime/package.json 12:5; … and 1 more file (1 finding), left out by --limit',
        '    —                  2  services/realtime/package.json 8:5, 9:5',
        '    memberNotPromised  1  services/realtime/src/rate-limit.ts 3:23',
        '    unmappedNames      1  services/realtime/src/cluster.ts 2:25',
        '    valueEscapes       1  services/realtime/src/pubsub.ts 2:24',
        '  By file:',
        '    services/realtime/package.json',
        '      8:5   no-banned-dependencies  ioredis       suggestion  —',
        '      9:5   no-banned-dependencies  redis         suggestion  —',
        '      12:5  no-banned-dependencies  ioredis-mock  suggestion  companion/mock',
        '    … and 4 more files (4 findings), left out by --limit',
      ].join('\n'),
    );
    const markdown = report(['--format', 'markdown'], root).stdout;
    expect(markdown).toContain(
      [
        '| Reason | Findings | Where |',
        '| --- | ---: | --- |',
        '| `companion/mock` | 2 | `services/realtime/package.json` 12:5; `services/realtime/test/presence.test.ts` 2:23 |',
        '| — | 2 | `services/realtime/package.json` 8:5, 9:5 |',
        '| `memberNotPromised` | 1 | `services/realtime/src/rate-limit.ts` 3:23 |',
      ].join('\n'),
    );
    expect(markdown).toContain(
      '| `services/realtime/src/cluster.ts` | 2:25 | no-legacy-redis | `ioredis` | manual | `unmappedNames` |',
    );
    const html = report(['--format', 'html', '--limit', '1'], root).stdout;
    const rows = [
      ...html.matchAll(/<tr class="work-item" data-file="([^"]+)" data-rule="[^"]+" data-reason="([\w/]*)"/g),
    ];
    // One file per package: 1 + 3 + 1 + 3 + 1 + 4 findings.
    expect(rows).toHaveLength(13);
    expect(html).toContain('<p>… and 4 more files (4 findings), left out by --limit.</p>');
    expect(html).toContain(
      '<tr class="work-reason" data-reason="memberNotPromised" data-findings="1"><td>memberNotPromised</td><td>1</td><td>services/realtime/src/rate-limit.ts 3:23</td></tr>',
    );
  });

  it('groups by CODEOWNERS owner, matching a hand count', () => {
    const root = copyExample();
    mkdirSync(path.join(root, '.github'));
    writeFileSync(
      path.join(root, '.github/CODEOWNERS'),
      [
        '# Platform owns everything not named below.',
        '*                                  @org/platform',
        '# Manifests belong to the dependency team …',
        'package.json                       @org/deps',
        '# … except under services/, where the later line wins.',
        '/services/                         @org/backend',
        '/services/billing/                 @org/payments @org/billing-leads',
        '*.cjs                              @org/node     # an inline comment',
        '# A path without owners: nobody owns it.',
        '/services/realtime/src/cluster.ts',
        '',
      ].join('\n'),
    );
    const { groupBy, groups, totals } = json(['--group-by', 'owner'], root);
    expect(groupBy).toBe('owner');
    // The example's findings per file, counted by hand (proven fix/unproven fix/suggestion/manual), and the line
    // that owns each file:
    //   apps/dashboard/package.json                0/0/1/0  package.json       → @org/deps
    //   apps/dashboard/src/ApiStatus.vue           1/0/0/0  *                  → @org/platform
    //   services/billing/** (8 files)              3/6/3/4  /services/billing/ → @org/payments and @org/billing-leads
    //   services/legacy-cache/package.json         0/0/1/0  /services/         → @org/backend
    //   services/legacy-cache/src/cache.cjs        0/0/0/1  *.cjs              → @org/node
    //   services/realtime/package.json             0/0/3/0  /services/         → @org/backend
    //   services/realtime/src/cluster.ts           0/0/0/1  no owners          → (no owner)
    //   services/realtime/src/pubsub.ts            0/0/0/1  /services/         → @org/backend
    //   services/realtime/src/rate-limit.ts        0/0/0/1  /services/         → @org/backend
    //   services/realtime/test/presence.test.ts    0/0/0/1  /services/         → @org/backend
    //   services/webhooks/package.json             1/0/1/0  /services/         → @org/backend
    //   services/webhooks/src/deliver.ts           0/0/0/1  /services/         → @org/backend
    //   services/worker/package.json               0/0/4/0  /services/         → @org/backend
    //   services/worker/src/polyfills.cjs          0/0/0/1  *.cjs              → @org/node
    //   services/worker/src/retrying-client.cjs    0/0/0/2  *.cjs              → @org/node
    //   services/worker/src/worker.cjs             2/0/0/1  *.cjs              → @org/node
    const counts = (proven: number, unproven: number, suggestionOnly: number, manual: number) => ({
      findings: proven + unproven + suggestionOnly + manual,
      fixableProven: proven,
      fixableUnproven: unproven,
      suggestionOnly,
      manual,
      suppressed: 0,
    });
    expect(
      Object.fromEntries(
        groups!.map((g) => [
          g.name,
          {
            findings: g.findings,
            fixableProven: g.fixableProven,
            fixableUnproven: g.fixableUnproven,
            suggestionOnly: g.suggestionOnly,
            manual: g.manual,
            suppressed: g.suppressed,
          },
        ]),
      ),
    ).toEqual({
      '@org/backend': counts(1, 0, 9, 4),
      '@org/billing-leads': counts(3, 6, 3, 4),
      '@org/deps': counts(0, 0, 1, 0),
      '@org/node': counts(2, 0, 0, 5),
      '@org/payments': counts(3, 6, 3, 4),
      '@org/platform': counts(1, 0, 0, 0),
      '(no owner)': counts(0, 0, 0, 1),
    });
    // `fixable` stays the sum of the two, for readers of earlier reports.
    for (const g of groups!) expect(g.fixable).toBe(g.fixableProven + g.fixableUnproven);
    expect(groups!.map((g) => g.name).at(-1)).toBe('(no owner)');
    // A co-owned file counts for each owner; the totals count each finding once.
    expect(totals.findings).toBe(40);
    expect(groups!.find((g) => g.name === '@org/backend')!.workList.files.map((f) => f.file)).toEqual([
      'services/worker/package.json',
      'services/realtime/package.json',
      'services/legacy-cache/package.json',
      'services/realtime/src/pubsub.ts',
      'services/realtime/src/rate-limit.ts',
      'services/realtime/test/presence.test.ts',
      'services/webhooks/package.json',
      'services/webhooks/src/deliver.ts',
    ]);
    const table = report(['--group-by', 'owner'], root).stdout;
    expect(table).toMatch(/^Owner +Open +Proven fix +Unproven fix +Suggestion +Manual +Suppressed$/m);
    expect(table).toMatch(/^\(no owner\) +1 +0 +0 +0 +1 +0$/m);
  });

  it('groups by leading directories (--depth), adding up to the totals', () => {
    const root = copyExample();
    const top = json(['--group-by', 'directory'], root);
    const row = (g: GroupReport) => [
      g.name,
      g.findings,
      g.fixableProven,
      g.fixableUnproven,
      g.suggestionOnly,
      g.manual,
    ];
    // The per-package counts above, added up: apps is the dashboard; services the five others.
    expect(top.groups!.map(row)).toEqual([
      ['apps', 2, 1, 0, 1, 0],
      ['services', 38, 6, 6, 12, 14],
    ]);
    // Two folders deep, the example's directories are its packages.
    const deep = json(['--group-by', 'directory', '--depth', '2'], root);
    expect(deep.groups!.map((g) => [g.name, g.findings])).toEqual(deep.packages.map((p) => [p.path, p.findings]));
  });

  it('counts a package.json without a name as part of its parent package', () => {
    const root = copyExample();
    const before = json([], root);
    writeFileSync(path.join(root, 'services/worker/src/package.json'), '{ "type": "commonjs" }\n');
    const after = json([], root);
    expect(after).toEqual(before);
    expect(after.totals.packages).toBe(6);
  });

  it('writes singular words for one package, one finding, one file, in every format', () => {
    const root = copyExample();
    const args = ['services/realtime/src/cluster.ts'];
    expect(json(args, root).totals).toMatchObject({ findings: 1, packages: 1, files: 1 });
    const outputs = Object.fromEntries(
      ['table', 'markdown', 'html', 'json'].map((format) => [
        format,
        report([...args, '--format', format], root).stdout,
      ]),
    );
    for (const output of Object.values(outputs))
      expect(output).not.toMatch(/\b1 (?:package|finding|file|open finding)s\b/);
    expect(outputs.table).toContain('@maily/realtime (services/realtime): 1 finding in 1 file');
    expect(outputs.markdown).toContain(
      '1 open finding in 1 package: `--fix` takes 0 proven and 0 unproven fixes; 0 with a suggestion and 1 manual are left for a person; 0 suppressed.',
    );
    expect(outputs.markdown).toContain('#### @maily/realtime (services/realtime): 1 finding in 1 file');
    expect(outputs.html).toContain('<strong>1</strong>open finding</div>');
    expect(outputs.html).toContain('<strong>1</strong>package</div>');
    expect(outputs.html).toContain('<strong>0</strong>proven fixes</div>');
    expect(outputs.html).toContain('<h3>@maily/realtime (services/realtime): 1 finding in 1 file</h3>');
  });

  it('reads message ids and the reported code, never message texts: rewording a message changes nothing', async () => {
    const root = copyExample();
    const results = await lintWithProjectConfig(root, ['.'], { visible: false, update() {}, end() {} });
    const reworded = results.map((result) => ({
      ...result,
      // What a reworded template, or another locale, would make of every message.
      messages: result.messages.map((m, i) => ({ ...m, message: `'nope' is banned: reworded #${i}.` })),
    }));
    const original = summarize(results, root);
    expect(summarize(reworded, root)).toEqual(original);
    // The comparison means something: modules and reasons were found.
    expect(original.packages.flatMap((p) => Object.keys(p.byModule))).not.toContain('unknown');
    expect(original.packages.some((p) => Object.keys(p.reasons).length > 0)).toBe(true);
  });

  it('finds the banned module from the code when ESLint results carry no source (files read from disk)', async () => {
    const root = copyExample();
    const results = await lintWithProjectConfig(root, ['.'], { visible: false, update() {}, end() {} });
    const withoutSource = results.map((result) => ({ ...result, source: undefined }));
    expect(summarize(withoutSource, root)).toEqual(summarize(results, root));
  });

  it('lints in batches behind a visible progress bar, finding the same as one call', async () => {
    const root = copyExample();
    const updates: [number, number][] = [];
    let ended = false;
    const bar = {
      visible: true,
      update: (done: number, total: number) => updates.push([done, total]),
      end: () => (ended = true),
    };
    const batched = await lintWithProjectConfig(root, ['.'], bar);
    const whole = await lintWithProjectConfig(root, ['.'], { visible: false, update() {}, end() {} });
    expect(summarize(batched, root)).toEqual(summarize(whole, root));
    const [done, total] = updates.at(-1)!;
    expect(done).toBe(total);
    expect(total).toBeGreaterThan(10);
    expect(ended).toBe(true);
  }, 60_000);

  it('merges CI shards into the report one full run gives', () => {
    const root = copyExample();
    const shards = mkdtempSync(path.join(tmpdir(), 'report-shards-'));
    const shard = (name: string, paths: string[]) => {
      const file = path.join(shards, name);
      eslint('eslint', [...paths, '--format', 'json', '--output-file', file], root);
      return file;
    };
    const first = shard('billing.json', ['services/billing']);
    const second = shard('rest.json', [
      'apps',
      'services/legacy-cache',
      'services/realtime',
      'services/webhooks',
      'services/worker',
      'packages',
    ]);
    expect(json(['--results', first, '--results', second], root)).toEqual(json([], root));
  });

  it('counts findings suppressed by eslint --suppress-all', () => {
    const root = copyExample();
    eslint('eslint', ['services/worker', '--suppress-all'], root);
    const { totals, packages } = json([], root);
    expect(totals.suppressed).toBe(10);
    expect(totals.findings).toBe(30);
    expect(packages.find((p) => p.path === 'services/worker')).toMatchObject({ findings: 0, suppressed: 10 });
  });

  it('ratchets: fails when a package gains a finding, passes again once it is fixed', () => {
    const root = copyExample();
    const baseline = path.join(root, 'migration-baseline.json');
    expect(report(['--format', 'json', '--output', baseline], root).status).toBe(0);
    expect(report(['--baseline', baseline, '--fail-on-increase'], root).status).toBe(0);

    // A baseline saved before fixes were counted apart has no fixableProven, fixableUnproven or byReason: it
    // compares the same.
    const earlier = path.join(root, 'earlier-baseline.json');
    writeFileSync(earlier, JSON.stringify(withoutFixProof(JSON.parse(readFileSync(baseline, 'utf8')))));
    expect(readFileSync(earlier, 'utf8')).not.toMatch(/fixableProven|fixableUnproven|byReason/);

    // A type import whose fix is proven (RedisClientType's promised members), in a file with one proven and one
    // unproven fix already.
    appendFileSync(
      path.join(root, 'services/billing/src/notify.ts'),
      "\nimport type { RedisClientType } from 'redis';\nexport type Legacy = RedisClientType;\n",
    );
    const worse = report(['--baseline', baseline, '--fail-on-increase'], root);
    expect(worse.status).toBe(1);
    expect(worse.stderr).toBe('standard-clients-report: findings increased in @maily/billing (16 → 17)\n');
    expect(worse.stdout).toMatch(/^@maily\/billing \(services\/billing\) +17 +4 +6 +3 +4 +0 +\+1$/m);

    // --fix takes the file's three fixes: 40 + 1 - 3 open findings, one unproven and two proven fewer. Linted
    // once, for every report below (a results file reports as the run that wrote it, see the CI shards test).
    eslint('eslint', ['services/billing/src/notify.ts', '--fix'], root);
    const results = path.join(root, 'results.json');
    eslint('eslint', ['.', '--format', 'json', '--output-file', results], root);
    const since = (against: string, args: string[] = []) =>
      report(['--results', results, '--baseline', against, ...args], root);
    const better = since(baseline, ['--fail-on-increase', '--format', 'markdown']);
    expect(better.status).toBe(0);
    expect(better.stdout).toContain('- @maily/billing: 16 → 14 (better)');

    // The totals show the change too, in every format.
    expect(better.stdout).toContain('38 open findings (-2 since the baseline) in 6 packages:');
    expect(better.stdout).toMatch(/^\| Total \| 38 \| 6 \| 5 \| 13 \| 14 \| 0 \| -2 \|$/m);
    expect(since(baseline).stdout).toMatch(/^Total +38 +6 +5 +13 +14 +0 +-2$/m);
    expect((JSON.parse(since(baseline, ['--format', 'json']).stdout) as MigrationReport).sinceBaseline).toEqual({
      findings: { before: 40, after: 38, change: -2 },
    });
    const html = since(baseline, ['--format', 'html']).stdout;
    expect(html).toMatch(/id="totals"[^>]* data-since-baseline="-2">/);
    expect(html).toContain('<small id="since-baseline">-2 since the baseline</small>');
    for (const format of ['table', 'markdown', 'html', 'json'])
      expect(since(earlier, ['--format', format])).toEqual(since(baseline, ['--format', format]));

    // Rows compare with rows of the same grouping.
    expect(since(baseline, ['--group-by', 'directory'])).toMatchObject({
      status: 2,
      stderr:
        'standard-clients-report: the baseline is grouped by package, this report by directory: compare with --group-by package, or save a baseline with --group-by directory\n',
    });
  });

  it('writes stable markdown for a pull-request comment', () => {
    const root = copyExample();
    const markdown = report(['--format', 'markdown'], root).stdout;
    const golden = path.join(goldenDir, 'report.md');
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, markdown);
    expect(markdown).toBe(readFileSync(golden, 'utf8'));
  });

  it.skipIf(!hasChromium)(
    hasChromium
      ? 'renders the HTML report in headless Chromium, with the chart and the same totals as the JSON'
      : `renders the HTML report in headless Chromium (skipped: ${CHROMIUM_MISSING})`,
    () => {
      const root = copyExample();
      const html = path.join(root, 'report.html');
      expect(report(['--format', 'html', '--output', html], root).status).toBe(0);
      const { totals, packages } = json([], root);

      const windowSize = '1000,700';
      const dom = browse(html, windowSize, ['--dump-dom']);
      const attribute = (name: string) => Number(new RegExp(`id="totals"[^>]*data-${name}="(\\d+)"`).exec(dom)?.[1]);
      const shownTotals = { ...totals } as Partial<typeof totals>;
      delete shownTotals.files;
      expect({
        findings: attribute('findings'),
        fixable: attribute('fixable'),
        fixableProven: attribute('fixable-proven'),
        fixableUnproven: attribute('fixable-unproven'),
        suggestionOnly: attribute('suggestion-only'),
        manual: attribute('manual'),
        suppressed: attribute('suppressed'),
        packages: attribute('packages'),
      }).toEqual(shownTotals);
      const bars = [
        ...dom.matchAll(/<rect class="bar" data-package="([^"]+)" data-series="(\w+)"[^>]*width="([\d.]+)"/g),
      ];
      expect(bars).toHaveLength(packages.length * 4);
      const drawn = (series: string) =>
        bars.filter(([, , name, width]) => name === series && Number(width) > 0).map(([, folder]) => folder);
      expect(drawn('fixableProven')).toEqual([
        'apps/dashboard',
        'services/billing',
        'services/webhooks',
        'services/worker',
      ]);
      expect(drawn('fixableUnproven')).toEqual(['services/billing']);
      // The by-module table, as the markdown has it, and the work list, item by item as the JSON has it.
      const modules = [
        ...dom.matchAll(/<tr class="module" data-module="([^"]+)"><td><code>[^<]*<\/code><\/td><td>(\d+)<\/td>/g),
      ];
      expect(modules.map(([, m, n]) => [m, Number(n)])).toEqual([
        ['axios', 19],
        ['redis', 8],
        ['ioredis', 3],
        ['axios-retry', 2],
        ['ioredis-mock', 2],
        ['isomorphic-fetch', 2],
        ['node-fetch', 2],
        ['fetch (global)', 1],
        ['node:https', 1],
      ]);
      const items = [
        ...dom.matchAll(/<tr class="work-item" data-file="([^"]+)" data-rule="([^"]+)" data-reason="([\w/]*)"/g),
      ];
      expect(items.map(([, file, rule, reason]) => ({ file, rule, reason: reason || null }))).toEqual(
        packages.flatMap((p) =>
          p.workList.files.flatMap(({ file, items }) => items.map(({ rule, reason }) => ({ file, rule, reason }))),
        ),
      );
      const reasons = [...dom.matchAll(/<tr class="work-reason" data-reason="([\w/]*)" data-findings="(\d+)"/g)];
      expect(reasons.map(([, reason, findings]) => ({ reason: reason || null, findings: Number(findings) }))).toEqual(
        packages.flatMap((p) => p.workList.byReason.map(({ reason, findings }) => ({ reason, findings }))),
      );

      mkdirSync(outputDir, { recursive: true });
      const screenshot = path.join(outputDir, 'migration-report.png');
      browse(html, windowSize, [`--screenshot=${screenshot}`]);
      expect(readFileSync(screenshot).subarray(1, 4).toString()).toBe('PNG');
      console.log(`HTML report screenshot: ${screenshot}`);
    },
    120_000,
  );

  it('explains bad input clearly, with exit code 2', () => {
    const root = copyExample();
    const empty = mkdtempSync(path.join(tmpdir(), 'report-empty-'));
    writeFileSync(path.join(empty, 'index.js'), "import axios from 'axios';\n");
    writeFileSync(path.join(root, 'broken.json'), '{ not json');
    const cases: [string[], string, string][] = [
      [[], empty, `standard-clients-report: no ESLint configuration (eslint.config.js) found for ${empty}\n`],
      [
        ['--results', 'missing.json'],
        root,
        "standard-clients-report: cannot read ESLint results from missing.json: ENOENT: no such file or directory, open 'missing.json'\n",
      ],
      [
        ['--results', 'broken.json'],
        root,
        expect.stringMatching(
          /^standard-clients-report: cannot read ESLint results from broken.json: .*JSON/,
        ) as unknown as string,
      ],
      [
        ['--results', 'package.json'],
        root,
        'standard-clients-report: package.json is not ESLint JSON output (expected the array that `eslint -f json` writes)\n',
      ],
      [['services/nowhere'], root, 'standard-clients-report: no such file or folder: services/nowhere\n'],
      [['types'], root, 'standard-clients-report: the ESLint configuration lints none of the files under types\n'],
      [
        ['--format', 'pdf'],
        root,
        'standard-clients-report: unknown --format pdf; expected table, json, markdown or html\n',
      ],
      [['--fail-on-increase'], root, 'standard-clients-report: --fail-on-increase needs --baseline <file>\n'],
      ...['0', '-1', '2.5', 'ten', ''].map((limit): [string[], string, string] => [
        [`--limit=${limit}`],
        root,
        `standard-clients-report: --limit takes the number of files per work list, a whole number from 1; got '${limit}'\n`,
      ]),
      [
        ['--group-by', 'team'],
        root,
        'standard-clients-report: unknown --group-by team; expected package, owner, directory\n',
      ],
      [
        ['--group-by', 'owner'],
        root,
        `standard-clients-report: --group-by owner needs a CODEOWNERS file: none in .github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS, .gitlab/CODEOWNERS under ${root}; name one with --codeowners <file>\n`,
      ],
    ];
    for (const [args, cwd, message] of cases) {
      const run = report(args, cwd);
      expect({ args, status: run.status, stderr: run.stderr }).toEqual({ args, status: 2, stderr: message });
    }
  });
});

describe('the global fetch in the report', () => {
  it('counts no-global-fetch findings under the global API, fixable or manual, with their reasons', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'global-fetch-report-'));
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'web', dependencies: { '@maily/error-handling': '^1.0.0' } }),
    );
    writeFileSync(path.join(dir, 'a.ts'), "import { z } from 'z';\nawait fetch(z);\nwindow['fetch'](z);\n");
    // A .js file without import or require(): reported, not fixed; and a browser API when asked for.
    writeFileSync(path.join(dir, 'b.js'), 'fetch(url);\nnew XMLHttpRequest();\n');
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [
        ...plugin.configs.maily,
        { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
        { rules: { 'standard-clients/no-global-fetch': ['error', { browserApis: ['XMLHttpRequest'] }] } },
      ],
    });
    const results = await eslint.lintFiles(['a.ts', 'b.js']);
    const [web] = summarize(results, dir).packages;
    expect(web).toMatchObject({
      findings: 4,
      // A fix of the global fetch is proven: the target's `fetch` takes the global's place.
      fixable: 2,
      fixableProven: 2,
      fixableUnproven: 0,
      manual: 2,
      byRule: { 'standard-clients/no-global-fetch': 4 },
      byModule: { 'fetch (global)': 3, 'XMLHttpRequest (global)': 1 },
      reasons: { unknownModuleSystem: 1 },
    });
  });
});
