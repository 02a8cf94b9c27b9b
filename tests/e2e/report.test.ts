import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const CHROMIUM_MISSING = `${CHROMIUM} is missing (Debian: apt-get install chromium)`;
if (!hasChromium) console.warn(`\nThe HTML report test is skipped: ${CHROMIUM_MISSING}.\n`);

const AXIOS = 'standard-clients/no-axios';
const FETCH = 'standard-clients/no-node-fetch';
const REDIS = 'standard-clients/no-legacy-redis';
const DEPENDENCIES = 'standard-clients/no-banned-dependencies';

// Each test runs ESLint, and the report, several times: seconds each on a busy 2-core machine.
describe('standard-clients-report on the example workspace', { timeout: 60_000 }, () => {
  it('counts every finding per package, by kind, rule and banned module', () => {
    const root = copyExample();
    const { totals, packages } = json([], root);
    expect(totals).toEqual({
      findings: 26,
      fixable: 13,
      suggestionOnly: 9,
      manual: 4,
      suppressed: 0,
      packages: 4,
      files: 13,
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
      },
      {
        name: '@maily/billing',
        path: 'services/billing',
        findings: 13,
        fixable: 8,
        suggestionOnly: 3,
        manual: 2,
        suppressed: 0,
        byRule: { [DEPENDENCIES]: 3, [AXIOS]: 8, [REDIS]: 1, [FETCH]: 1 },
        byModule: { axios: 9, 'node-fetch': 2, redis: 2 },
        bannedDependencies: ['axios', 'node-fetch', 'redis'],
        // The mock's factory takes the original module; `typeof import('axios')` names the whole module's type.
        reasons: { noSuggestion: 1, wholeModuleType: 1 },
      },
      {
        name: '@maily/realtime',
        path: 'services/realtime',
        findings: 4,
        fixable: 1,
        suggestionOnly: 2,
        manual: 1,
        suppressed: 0,
        byRule: { [DEPENDENCIES]: 2, [REDIS]: 2 },
        byModule: { ioredis: 2, redis: 2 },
        bannedDependencies: ['ioredis', 'redis'],
        reasons: { unmappedNames: 1 },
      },
      {
        name: '@maily/worker',
        path: 'services/worker',
        findings: 7,
        fixable: 3,
        suggestionOnly: 3,
        manual: 1,
        suppressed: 0,
        byRule: { [DEPENDENCIES]: 3, [FETCH]: 1, [AXIOS]: 2, [REDIS]: 1 },
        byModule: { axios: 3, 'isomorphic-fetch': 2, redis: 2 },
        bannedDependencies: ['axios', 'isomorphic-fetch', 'redis'],
        reasons: { bareRequire: 1 },
      },
    ]);
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
    expect(totals.suppressed).toBe(7);
    expect(totals.findings).toBe(19);
    expect(packages.find((p) => p.path === 'services/worker')).toMatchObject({ findings: 0, suppressed: 7 });
  });

  it('ratchets: fails when a package gains a finding, passes again once it is fixed', () => {
    const root = copyExample();
    const baseline = path.join(root, 'migration-baseline.json');
    expect(report(['--format', 'json', '--output', baseline], root).status).toBe(0);
    expect(report(['--baseline', baseline, '--fail-on-increase'], root).status).toBe(0);

    appendFileSync(
      path.join(root, 'services/realtime/src/pubsub.ts'),
      "\nimport axios from 'axios';\nexport const legacy = axios;\n",
    );
    const worse = report(['--baseline', baseline, '--fail-on-increase'], root);
    expect(worse.status).toBe(1);
    expect(worse.stderr).toBe('standard-clients-report: findings increased in @maily/realtime (4 → 5)\n');
    expect(worse.stdout).toContain(
      '@maily/realtime (services/realtime)     5             2           2       1           0              +1',
    );

    eslint('eslint', ['services/realtime/src/pubsub.ts', '--fix'], root);
    const better = report(['--baseline', baseline, '--fail-on-increase', '--format', 'markdown'], root);
    expect(better.status).toBe(0);
    expect(better.stdout).toContain('- @maily/realtime: 4 → 3 (better)');
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

      const flags = [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ];
      const profile = mkdtempSync(path.join(tmpdir(), 'chromium-'));
      const browse = (extra: string[]) =>
        spawnSync(CHROMIUM, [...flags, `--user-data-dir=${profile}`, ...extra, `file://${html}`], {
          encoding: 'utf8',
          timeout: 60_000,
        });
      const dom = browse(['--dump-dom']).stdout;
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

      mkdirSync(outputDir, { recursive: true });
      const screenshot = path.join(outputDir, 'migration-report.png');
      browse([`--screenshot=${screenshot}`, '--window-size=1000,700']);
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
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'web' }));
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
