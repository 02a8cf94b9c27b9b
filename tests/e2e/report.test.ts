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
import { type MigrationReport, summarize } from '../../src/report/summarize.js';
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

// Each test runs ESLint, and the report, several times: seconds each on a busy 2-core machine.
describe('standard-clients-report on the example workspace', { timeout: 60_000 }, () => {
  it('counts every finding per package, by kind, rule and banned module', () => {
    const root = copyExample();
    const { totals, packages, groupBy, groups } = json([], root);
    expect({ groupBy, groups }).toEqual({ groupBy: 'package', groups: undefined });
    // The work lists have their own test below.
    const workList = expect.objectContaining({ omittedFiles: 0 }) as unknown;
    expect(totals).toEqual({
      findings: 33,
      fixable: 14,
      suggestionOnly: 11,
      manual: 8,
      suppressed: 0,
      packages: 4,
      files: 17,
    });
    expect(packages).toEqual([
      {
        name: '@maily/dashboard',
        path: 'apps/dashboard',
        findings: 2,
        fixable: 1,
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
        findings: 15,
        fixable: 9,
        suggestionOnly: 3,
        manual: 3,
        suppressed: 0,
        byRule: { [DEPENDENCIES]: 3, [NODE_HTTP]: 1, [AXIOS]: 8, [REDIS]: 1, [FETCH]: 1, [GLOBAL_FETCH]: 1 },
        // A raw request counts under the module it came from, the global fetch under its own name.
        byModule: { axios: 9, 'node-fetch': 2, redis: 2, 'node:https': 1, 'fetch (global)': 1 },
        bannedDependencies: ['axios', 'node-fetch', 'redis'],
        // The mock's factory takes the original module; `typeof import('axios')` names the whole module's type;
        // a raw request has no fix to miss.
        reasons: { noSuggestion: 1, wholeModuleType: 1, rawRequest: 1 },
        workList,
      },
      {
        name: '@maily/realtime',
        path: 'services/realtime',
        findings: 6,
        fixable: 1,
        suggestionOnly: 3,
        manual: 2,
        suppressed: 0,
        byRule: { [DEPENDENCIES]: 3, [REDIS]: 3 },
        // The companion ioredis-mock counts under its own name, in code and in package.json.
        byModule: { ioredis: 2, redis: 2, 'ioredis-mock': 2 },
        bannedDependencies: ['ioredis', 'ioredis-mock', 'redis'],
        reasons: { unmappedNames: 1, 'companion/mock': 2 },
        workList,
      },
      {
        name: '@maily/worker',
        path: 'services/worker',
        findings: 10,
        fixable: 3,
        suggestionOnly: 4,
        manual: 3,
        suppressed: 0,
        byRule: { [DEPENDENCIES]: 4, [FETCH]: 1, [AXIOS]: 4, [REDIS]: 1 },
        byModule: { axios: 4, 'isomorphic-fetch': 2, redis: 2, 'axios-retry': 2 },
        bannedDependencies: ['axios', 'axios-retry', 'isomorphic-fetch', 'redis'],
        // axios-retry works on the axios beside it, so both move together; the polyfill is a bare require().
        reasons: { bareRequire: 1, companionInFile: 1, 'companion/plugin': 2 },
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
    ]);
  });

  it('shows the work list in every format, cut by --limit', () => {
    const root = copyExample();
    const limited = json(['--limit', '1'], root).packages.find((p) => p.path === 'services/realtime')!.workList;
    expect(limited).toEqual({
      files: [
        {
          file: 'services/realtime/package.json',
          items: [
            { rule: DEPENDENCIES, module: 'ioredis', line: 8, column: 5, kind: 'suggestion', reason: null },
            { rule: DEPENDENCIES, module: 'redis', line: 9, column: 5, kind: 'suggestion', reason: null },
            {
              rule: DEPENDENCIES,
              module: 'ioredis-mock',
              line: 12,
              column: 5,
              kind: 'suggestion',
              reason: 'companion/mock',
            },
          ],
        },
      ],
      omittedFiles: 2,
      omittedFindings: 2,
    });
    const table = report(['--limit', '1'], root).stdout;
    expect(table).toContain(
      [
        '@maily/realtime (services/realtime): 5 findings in 3 files',
        '  services/realtime/package.json',
        '    8:5   no-banned-dependencies  ioredis       suggestion  —',
        '    9:5   no-banned-dependencies  redis         suggestion  —',
        '    12:5  no-banned-dependencies  ioredis-mock  suggestion  companion/mock',
        '  … and 2 more files (2 findings), left out by --limit',
      ].join('\n'),
    );
    const markdown = report(['--format', 'markdown'], root).stdout;
    expect(markdown).toContain(
      '| `services/realtime/src/cluster.ts` | 2:25 | no-legacy-redis | `ioredis` | manual | `unmappedNames` |',
    );
    const html = report(['--format', 'html', '--limit', '1'], root).stdout;
    const rows = [
      ...html.matchAll(/<tr class="work-item" data-file="([^"]+)" data-rule="[^"]+" data-reason="([\w/]*)"/g),
    ];
    // One file per package: 1 + 3 + 3 + 4 findings.
    expect(rows).toHaveLength(11);
    expect(html).toContain('<p>… and 2 more files (2 findings), left out by --limit.</p>');
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
    // The example's findings per file (fixable/suggestion/manual), and the line that owns each file:
    //   apps/dashboard/package.json             0/1/0  package.json       → @org/deps
    //   apps/dashboard/src/ApiStatus.vue        1/0/0  *                  → @org/platform
    //   services/billing/** (8 files)           9/3/3  /services/billing/ → @org/payments and @org/billing-leads
    //   services/realtime/package.json          0/3/0  /services/         → @org/backend
    //   services/realtime/src/pubsub.ts         1/0/0  /services/         → @org/backend
    //   services/realtime/test/presence.test.ts 0/0/1  /services/         → @org/backend
    //   services/realtime/src/cluster.ts        0/0/1  no owners          → (no owner)
    //   services/worker/package.json            0/4/0  /services/         → @org/backend
    //   services/worker/src/polyfills.cjs       0/0/1  *.cjs              → @org/node
    //   services/worker/src/retrying-client.cjs 0/0/2  *.cjs              → @org/node
    //   services/worker/src/worker.cjs          3/0/0  *.cjs              → @org/node
    const counts = (findings: number, fixable: number, suggestionOnly: number, manual: number) => ({
      findings,
      fixable,
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
            fixable: g.fixable,
            suggestionOnly: g.suggestionOnly,
            manual: g.manual,
            suppressed: g.suppressed,
          },
        ]),
      ),
    ).toEqual({
      '@org/backend': counts(9, 1, 7, 1),
      '@org/billing-leads': counts(15, 9, 3, 3),
      '@org/deps': counts(1, 0, 1, 0),
      '@org/node': counts(6, 3, 0, 3),
      '@org/payments': counts(15, 9, 3, 3),
      '@org/platform': counts(1, 1, 0, 0),
      '(no owner)': counts(1, 0, 0, 1),
    });
    expect(groups!.map((g) => g.name).at(-1)).toBe('(no owner)');
    // A co-owned file counts for each owner; the totals count each finding once.
    expect(totals.findings).toBe(33);
    expect(groups!.find((g) => g.name === '@org/backend')!.workList.files.map((f) => f.file)).toEqual([
      'services/worker/package.json',
      'services/realtime/package.json',
      'services/realtime/test/presence.test.ts',
    ]);
    const table = report(['--group-by', 'owner'], root).stdout;
    expect(table).toMatch(/^Owner +Open/);
    expect(table).toMatch(/^\(no owner\) +1 +0 +0 +1 +0$/m);
  });

  it('groups by leading directories (--depth), adding up to the totals', () => {
    const root = copyExample();
    const top = json(['--group-by', 'directory'], root);
    expect(top.groups!.map((g) => [g.name, g.findings, g.fixable, g.suggestionOnly, g.manual])).toEqual([
      ['apps', 2, 1, 1, 0],
      ['services', 31, 13, 10, 8],
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
    expect(after.totals.packages).toBe(4);
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
    expect(outputs.markdown).toContain('1 open finding in 1 package: 0 auto-fixable');
    expect(outputs.markdown).toContain('#### @maily/realtime (services/realtime): 1 finding in 1 file');
    expect(outputs.html).toContain('<strong>1</strong>open finding</div>');
    expect(outputs.html).toContain('<strong>1</strong>package</div>');
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
    const second = shard('rest.json', ['apps', 'services/worker', 'services/realtime', 'packages']);
    expect(json(['--results', first, '--results', second], root)).toEqual(json([], root));
  });

  it('counts findings suppressed by eslint --suppress-all', () => {
    const root = copyExample();
    eslint('eslint', ['services/worker', '--suppress-all'], root);
    const { totals, packages } = json([], root);
    expect(totals.suppressed).toBe(10);
    expect(totals.findings).toBe(23);
    expect(packages.find((p) => p.path === 'services/worker')).toMatchObject({ findings: 0, suppressed: 10 });
  });

  it('ratchets: fails when a package gains a finding, passes again once it is fixed', () => {
    const root = copyExample();
    const baseline = path.join(root, 'migration-baseline.json');
    expect(report(['--format', 'json', '--output', baseline], root).status).toBe(0);
    expect(report(['--baseline', baseline, '--fail-on-increase'], root).status).toBe(0);

    appendFileSync(
      path.join(root, 'services/realtime/src/pubsub.ts'),
      "\nimport type { RedisClientType } from 'redis';\nexport type Legacy = RedisClientType;\n",
    );
    const worse = report(['--baseline', baseline, '--fail-on-increase'], root);
    expect(worse.status).toBe(1);
    expect(worse.stderr).toBe('standard-clients-report: findings increased in @maily/realtime (6 → 7)\n');
    expect(worse.stdout).toContain(
      '@maily/realtime (services/realtime)     7             2           3       2           0              +1',
    );

    eslint('eslint', ['services/realtime/src/pubsub.ts', '--fix'], root);
    const better = report(['--baseline', baseline, '--fail-on-increase', '--format', 'markdown'], root);
    expect(better.status).toBe(0);
    expect(better.stdout).toContain('- @maily/realtime: 6 → 5 (better)');

    // The totals show the change too, in every format.
    expect(better.stdout).toContain('32 open findings (-1 since the baseline) in 4 packages:');
    expect(better.stdout).toMatch(/^\| Total \| 32 \| 13 \| 11 \| 8 \| 0 \| -1 \|$/m);
    expect(report(['--baseline', baseline], root).stdout).toMatch(/^Total +32 +13 +11 +8 +0 +-1$/m);
    expect(json(['--baseline', baseline], root).sinceBaseline).toEqual({
      findings: { before: 33, after: 32, change: -1 },
    });
    const html = report(['--baseline', baseline, '--format', 'html'], root).stdout;
    expect(html).toMatch(/id="totals"[^>]* data-since-baseline="-1">/);
    expect(html).toContain('<small id="since-baseline">-1 since the baseline</small>');

    // Rows compare with rows of the same grouping.
    expect(report(['--baseline', baseline, '--group-by', 'directory'], root)).toMatchObject({
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
        suggestionOnly: attribute('suggestion-only'),
        manual: attribute('manual'),
        suppressed: attribute('suppressed'),
        packages: attribute('packages'),
      }).toEqual(shownTotals);
      const bars = [
        ...dom.matchAll(/<rect class="bar" data-package="([^"]+)" data-series="(\w+)"[^>]*width="([\d.]+)"/g),
      ];
      expect(bars).toHaveLength(packages.length * 3);
      expect(bars.filter(([, , series, width]) => series === 'fixable' && Number(width) > 0)).toHaveLength(4);
      // The by-module table, as the markdown has it, and the work list, item by item as the JSON has it.
      const modules = [
        ...dom.matchAll(/<tr class="module" data-module="([^"]+)"><td><code>[^<]*<\/code><\/td><td>(\d+)<\/td>/g),
      ];
      expect(modules.map(([, m, n]) => [m, Number(n)])).toEqual([
        ['axios', 15],
        ['redis', 6],
        ['axios-retry', 2],
        ['ioredis', 2],
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
      fixable: 2,
      manual: 2,
      byRule: { 'standard-clients/no-global-fetch': 4 },
      byModule: { 'fetch (global)': 3, 'XMLHttpRequest (global)': 1 },
      reasons: { unknownModuleSystem: 1 },
    });
  });
});
