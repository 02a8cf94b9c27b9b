// Runs docs/migration-guide.md as written: every `sh` block in order, on a copy of the example, with `npx`
// resolving to this checkout's ESLint, oxlint and report (and never to the registry), checking each step.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eslintBin, oxlintBin, repoRoot } from '../../scripts/example-workspace.js';
import { readHistory } from '../../src/report/history.js';
import type { MigrationReport } from '../../src/report/summarize.js';
import { copyExample } from './cli-helpers.js';

const guide = readFileSync(path.join(repoRoot, 'docs/migration-guide.md'), 'utf8');

interface Block {
  /** The number of the `## <n>. …` section the block is in, 0 for any other section. */
  readonly step: number;
  readonly language: string;
  readonly code: string;
}

function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = [];
  let step = 0;
  for (const match of markdown.matchAll(/^## (?:(\d+)\. )?|^```(\w+)\n([\s\S]*?)^```$/gm)) {
    // A section without a number (0) holds no step.
    if (match[2] === undefined) step = Number(match[1] ?? 0);
    else blocks.push({ step, language: match[2], code: match[3]! });
  }
  return blocks;
}

/** The tools `npx` finds in the copy's node_modules/.bin, as `npm install` would link them. */
function linkBins(root: string) {
  const bin = path.join(root, 'node_modules/.bin');
  mkdirSync(bin, { recursive: true });
  const tools = {
    eslint: eslintBin(),
    oxlint: oxlintBin(),
    'standard-clients-report': path.join(repoRoot, 'dist/src/report/cli.js'),
  };
  for (const [name, script] of Object.entries(tools)) {
    writeFileSync(path.join(bin, name), `#!/bin/sh\nexec "${process.execPath}" "${script}" "$@"\n`);
    chmodSync(path.join(bin, name), 0o755);
  }
}

interface Run {
  readonly code: string;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A block as a user pastes it into bash: stops at the first failing command. */
function runBlock(code: string, root: string, step: number): Run {
  const result = spawnSync('bash', ['-e', '-c', code], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
    env: {
      ...process.env,
      PATH: `${path.dirname(process.execPath)}:${process.env.PATH}`,
      // npx must take the linked tools or fail: never a download.
      npm_config_offline: 'true',
      npm_config_update_notifier: 'false',
      // One burn-down point per step, on a day of its own; no CI run id from the machine running the tests.
      STANDARD_CLIENTS_REPORT_DATE: `2026-11-0${step}`,
      GITHUB_RUN_ID: '',
      CI_PIPELINE_ID: '',
      BUILDKITE_BUILD_ID: '',
      CIRCLE_WORKFLOW_ID: '',
    },
  });
  return { code, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function report(root: string): MigrationReport {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'dist/src/report/cli.js'), '--format', 'json'], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(run.stdout) as MigrationReport;
}

const suppressedFiles = (root: string) =>
  Object.keys(JSON.parse(readFileSync(path.join(root, 'eslint-suppressions.json'), 'utf8')) as object).sort();

/** What a team does by hand in step 6, for the files whose loads no tool migrates. */
function migrateByHand(root: string) {
  const edit = (file: string, from: string | RegExp, to: string) => {
    const absolute = path.join(root, file);
    const text = readFileSync(absolute, 'utf8');
    const edited = text.replace(from, to);
    expect(edited, `${file} was edited`).not.toBe(text);
    writeFileSync(absolute, edited);
  };
  // Node 20 has a global fetch: the polyfill goes.
  edit('services/worker/src/polyfills.cjs', "require('isomorphic-fetch');\n", '');
  edit(
    'services/realtime/src/cluster.ts',
    /import \{ Cluster \} from 'ioredis';\n\nexport const cluster = new Cluster\(.*\);/,
    "import { createRedisClient } from '@maily/database/redis';\n\nexport const cluster = createRedisClient('redis://redis-1:6379');",
  );
  // The test tags its traffic another way; the mock of axios goes.
  edit('services/billing/test/invoices.test.ts', /vi\.mock\('axios'[\s\S]*?\n\}\);\n/, '');
  // The raw request goes through the client, which parses the JSON and maps errors itself.
  edit(
    'services/billing/src/exchange-rates.ts',
    /^import https from 'node:https';\n[\s\S]*$/,
    [
      "import { httpClient } from '@maily/error-handling/http-client';",
      '',
      'export async function loadExchangeRates(url: string): Promise<Record<string, number>> {',
      '  return (await httpClient.get<Record<string, number>>(url)).data;',
      '}',
      '',
    ].join('\n'),
  );
  // The client retries idempotent requests itself: axios.create() and axios-retry go together.
  edit(
    'services/worker/src/retrying-client.cjs',
    /^'use strict';\n[\s\S]*$/,
    [
      "'use strict';",
      '',
      "// The worker's client for flaky partners: HttpClient retries idempotent requests itself.",
      "const { httpClient } = require('@maily/error-handling/http-client');",
      '',
      'module.exports = { partners: httpClient };',
      '',
    ].join('\n'),
  );
  // The test keeps the client's own testing module; the in-memory ioredis goes.
  edit('services/realtime/test/presence.test.ts', "import RedisMock from 'ioredis-mock';\n", '');
  edit('services/realtime/test/presence.test.ts', /\n {2}\/\/ An in-memory ioredis[\s\S]*?\n {2}\}\);\n/, '');
  // HttpClientError maps the response onto `status`: the 409 branch reads it there.
  edit(
    'services/billing/src/refunds.ts',
    /^import axios, \{ AxiosError \} from 'axios';\n([\s\S]*)$/m,
    "import { httpClient, HttpClientError } from '@maily/error-handling/http-client';\n$1",
  );
  edit('services/billing/src/refunds.ts', 'await axios.post(', 'await httpClient.post(');
  edit(
    'services/billing/src/refunds.ts',
    'error instanceof AxiosError && error.response?.status === 409',
    'error instanceof HttpClientError && error.status === 409',
  );
  // Off node-redis 3's callbacks: the standardized client's promises need no promisify.
  edit(
    'services/legacy-cache/src/cache.cjs',
    /^const \{ promisify \}[\s\S]*$/m,
    [
      "const { createRedisClient } = require('@maily/database/redis');",
      '',
      'let client;',
      '/** The connection, made on first use. */',
      'const connection = () => (client ??= createRedisClient({ url: process.env.REDIS_URL }));',
      '',
      'module.exports = {',
      '  remember: (key, value) => connection().set(key, value, { EX: 60 }),',
      '  recall: (key) => connection().get(key),',
      '  close: async () => client?.quit(),',
      '};',
      '',
    ].join('\n'),
  );
  // RedisClient gives subscribers a connection of their own: one client publishes and subscribes.
  edit(
    'services/realtime/src/pubsub.ts',
    /^import \* as redis from 'redis';\n[\s\S]*$/m,
    [
      "import { createRedisClient } from '@maily/database/redis';",
      '',
      "const redis = createRedisClient(process.env.REDIS_URL ?? 'redis://localhost:6379');",
      '',
      'export const start = (): Promise<void> => redis.connect();',
      'export const stop = (): Promise<void> => redis.quit();',
      'export const broadcast = (channel: string, message: string): Promise<number> => redis.publish(channel, message);',
      'export const listen = (channel: string, onMessage: (message: string) => void): Promise<void> =>',
      '  redis.subscribe(channel, onMessage);',
      '',
    ].join('\n'),
  );
  // RedisClient has no MULTI: two round trips, and a burst may let a request or two past the limit.
  edit(
    'services/realtime/src/rate-limit.ts',
    /^import \{ Redis \} from 'ioredis';\n[\s\S]*$/m,
    [
      "import { createRedisClient } from '@maily/database/redis';",
      '',
      "const redis = createRedisClient(process.env.REDIS_URL ?? 'redis://localhost:6379');",
      '',
      'export async function allow(user: string, limit: number): Promise<boolean> {',
      '  const key = `rate:${user}`;',
      '  const count = Number((await redis.get(key)) ?? 0) + 1;',
      '  await redis.set(key, String(count), { EX: 60 });',
      '  return count <= limit;',
      '}',
      '',
      'export const close = () => redis.quit();',
      '',
    ].join('\n'),
  );
  // The worker hands its queue to its tests: they read only what RedisClient has.
  edit(
    'services/worker/src/worker.cjs',
    "const { createClient } = require('redis');",
    "const { createRedisClient } = require('@maily/database/redis');",
  );
  edit('services/worker/src/worker.cjs', 'const queue = createClient(', 'const queue = createRedisClient(');
}

const GUIDE_LINK = 'See https://wiki.example.com/http-client for the migration guide';

describe('docs/migration-guide.md, run as written on the example', { timeout: 600_000 }, () => {
  const blocks = blocksOf(guide);

  it('has its steps in order, each with commands to run', () => {
    expect([...new Set(blocks.filter((b) => b.language === 'sh').map((b) => b.step))]).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    // Config files are given whole, named on their first line.
    expect(blocks.filter((b) => b.language === 'js').map((b) => [b.step, b.code.split('\n')[0]])).toEqual([
      [1, '// eslint.config.js'],
      [5, '// eslint.config.js'],
    ]);
  });

  it('takes the example from its first finding to no banned client, with a falling burn-down', () => {
    const root = copyExample();
    linkBins(root);
    const history = path.join(root, 'migration-history.jsonl');
    const before: Record<number, () => void> = { 6: () => migrateByHand(root) };
    const after: Record<number, (runs: Run[]) => void> = {
      1: ([lint]) => {
        expect(lint!.status).toBe(0);
        expect(lint!.stdout).toMatch(/✖ 40 problems \(0 errors, 40 warnings\)/);
        expect(lint!.stdout).toContain(GUIDE_LINK);
      },
      2: ([measure]) => {
        expect(measure!.stdout).toMatch(/^Total +40 +7 +6 +13 +14 +0$/m);
        expect(measure!.stdout).toMatch(/\n\nOpen findings over 1 run \(2026-11-02 to 2026-11-02\): 40\n$/);
        expect(readFileSync(path.join(root, 'migration-report.html'), 'utf8')).toContain('<svg id="burn-down"');
      },
      3: ([oxlint, fix, fixAgain]) => {
        // Oxlint exited 1 on the errors its pass left (checked right after it ran); ESLint finished the job.
        expect(oxlint!.status).toBe(1);
        expect([fix!.status, fixAgain!.status]).toEqual([0, 0]);
        expect(report(root).totals).toMatchObject({ findings: 26, fixable: 0, suggestionOnly: 13, manual: 13 });
        // The package that lacked the target declares it, and its code moved on the second run.
        const webhooks = JSON.parse(readFileSync(path.join(root, 'services/webhooks/package.json'), 'utf8'));
        expect(webhooks.dependencies['@maily/error-handling']).toBe('^1.0.0');
        expect(readFileSync(path.join(root, 'services/webhooks/src/deliver.ts'), 'utf8')).toContain(
          "from '@maily/error-handling/http-client'",
        );
      },
      4: ([baseline, pullRequest, mainBranch]) => {
        expect([baseline, pullRequest, mainBranch].map((run) => run!.status)).toEqual([0, 0, 0]);
        const markdown = readFileSync(path.join(root, 'migration-report.md'), 'utf8');
        expect(markdown).toMatch(/^\| Total \| 26 \| 0 \| 0 \| 13 \| 13 \| 0 \|/m);
        // Pull requests add no point to the burn-down; the main branch does.
        expect(readHistory(history).map((p) => p.date.slice(0, 10))).toEqual([
          '2026-11-02',
          '2026-11-03',
          '2026-11-04',
        ]);
      },
      5: () => {
        expect(report(root).totals).toMatchObject({ findings: 0, suppressed: 26 });
        expect(suppressedFiles(root)).toHaveLength(17);
      },
      6: () => {
        // The hand-migrated files left the suppressions; the package.json entries remain.
        expect(suppressedFiles(root)).toEqual([
          'apps/dashboard/package.json',
          'services/billing/package.json',
          'services/legacy-cache/package.json',
          'services/realtime/package.json',
          'services/webhooks/package.json',
          'services/worker/package.json',
        ]);
        expect(report(root).totals).toMatchObject({ findings: 0, suppressed: 13 });
      },
      7: () => {
        expect(suppressedFiles(root)).toEqual([]);
        const billing = JSON.parse(readFileSync(path.join(root, 'services/billing/package.json'), 'utf8'));
        expect(billing.dependencies).toEqual({ '@maily/database': '*', '@maily/error-handling': '*' });
      },
      8: ([lastRun]) => {
        expect(existsSync(path.join(root, 'eslint-suppressions.json'))).toBe(false);
        expect(lastRun!.status).toBe(0);
        expect(report(root).totals).toMatchObject({ findings: 0, suppressed: 0, packages: 0 });
        // The burn-down: open findings fall, then the suppressed ones, to nothing.
        const points = readHistory(history);
        expect(points.map((p) => [p.date.slice(0, 10), p.totals.findings, p.totals.suppressed])).toEqual([
          ['2026-11-02', 40, 0],
          ['2026-11-03', 26, 0],
          ['2026-11-04', 26, 0],
          ['2026-11-05', 0, 26],
          ['2026-11-06', 0, 13],
          ['2026-11-08', 0, 0],
        ]);
        expect(readFileSync(path.join(root, 'migration-report.html'), 'utf8')).toContain(
          '<desc id="burn-down-desc">Findings over 6 runs, 2026-11-02 to 2026-11-08: open from 40 to 0, proven fix from 7 to 0, unproven fix from 6 to 0, manual from 14 to 0.</desc>',
        );
      },
    };

    // Checks right after one block, by its code.
    const afterBlock: Record<string, () => void> = {
      // One pass of oxlint took 10 of the 13 auto-fixable loads; the Vue template and the manifests are left.
      'npx oxlint -c oxlint.config.js --fix\n': () =>
        expect(report(root).totals).toMatchObject({ findings: 30, fixable: 3 }),
      // ESLint's first run added the target to webhooks' manifest: its load is fixable on the next run.
      'npx eslint . --fix\n': () => expect(report(root).totals).toMatchObject({ findings: 27, fixable: 1 }),
    };

    const checked = new Set<() => void>();
    for (const step of [1, 2, 3, 4, 5, 6, 7, 8]) {
      before[step]?.();
      const stepRuns: Run[] = [];
      for (const block of blocks.filter((b) => b.step === step)) {
        if (block.language === 'js') {
          const file = /^\/\/ (\S+)\n/.exec(block.code)![1]!;
          writeFileSync(path.join(root, file), block.code);
        } else if (block.language === 'sh') {
          const run = runBlock(block.code, root, step);
          stepRuns.push(run);
          // Every block succeeds, but the oxlint pass that reports the errors it leaves (checked in step 3).
          if (!block.code.startsWith('npx oxlint'))
            expect({ step, ...run }).toMatchObject({ step, code: block.code, status: 0 });
          const check = afterBlock[block.code];
          check?.();
          if (check) checked.add(check);
        }
      }
      after[step]!(stepRuns);
    }
    expect(checked.size, 'every block check found its block').toBe(Object.keys(afterBlock).length);
  });
});
