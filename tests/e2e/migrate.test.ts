import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MigrationReport } from '../../src/report/summarize.js';
import type { MigrationSummary } from '../../src/migrate/summary.js';
import { spawnSync } from 'node:child_process';
import { exampleRoot, installed } from '../../scripts/example-workspace.js';
import { runNode } from './cli-helpers.js';
import { exampleRepository, git, migrateCommand, reportJson } from './migrate-workspace.js';

/** A billing test that mocks node-fetch beside its import: the move takes both to the target. */
const NOTIFY_TEST = `import fetch from 'node-fetch';
import { expect, it, vi } from 'vitest';
import { notifyPaid } from '../src/notify.js';

// The notify service is mocked away: the test checks what billing sends.
vi.mock('node-fetch', () => ({ default: vi.fn(async () => ({ ok: true })), Headers: globalThis.Headers }));

it('tells notify that an invoice is paid', async () => {
  expect(await notifyPaid('inv-1')).toBe(true);
  expect(fetch).toHaveBeenCalledOnce();
});
`;

const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;
const report = (root: string) => {
  const run = reportJson(root);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as MigrationReport;
};
const hasRedis = !spawnSync('redis-server', ['--version']).error;
if (!hasRedis)
  console.warn('\nThe migration test whose target connects on creation is skipped: redis-server is not installed.\n');

const status = (root: string) => git(['status', '--porcelain'], root).stdout;

// Each run type-checks and tests the example before and after: tens of seconds on a busy 2-core machine.
/**
 * Migrates one service of a copy of the example whose mapping says HttpClient has axios's `defaults` (it has not),
 * with types off: the rule trusts it, and the type-check must catch it.
 */
function migrateWithWrongPromise(service: string, files: Record<string, string>) {
  const root = exampleRepository({
    'eslint.config.js': readFileSync(path.join(exampleRoot, 'eslint.config.js'), 'utf8').replace(
      "{ settings: { 'standard-clients': { root: import.meta.dirname } } },",
      "{ settings: { 'standard-clients': { root: import.meta.dirname, http: { mappings: { axios: { surface: ['get', 'post', 'put', 'delete', 'defaults'] } } } } } },",
    ),
    ...files,
  });
  const args = ['--package', `@maily/${service}`, '--test', `vitest run services/${service}`, '--json', 'summary.json'];
  return { root, run: migrateCommand(args, root) };
}

describe('standard-clients-migrate on the example workspace', { timeout: 180_000 }, () => {
  it('refuses a tree with uncommitted changes to files it would touch, and writes nothing', () => {
    const root = exampleRepository();
    const invoices = path.join(root, 'services/billing/src/invoices.ts');
    writeFileSync(invoices, `${readFileSync(invoices, 'utf8')}// work in progress\n`);
    const run = migrateCommand([], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('uncommitted changes');
    expect(run.stderr).toContain('services/billing/src/invoices.ts');
    expect(status(root)).toBe(' M services/billing/src/invoices.ts\n');
  });

  it('--dry-run changes nothing and prints the unified diff and the plan', () => {
    const root = exampleRepository({ 'services/billing/test/notify.test.ts': NOTIFY_TEST });
    const run = migrateCommand(['--dry-run'], root);
    expect(run.stderr).not.toContain('Error');
    expect(run.stdout).toContain('--- a/services/billing/src/invoices.ts\n+++ b/services/billing/src/invoices.ts');
    expect(run.stdout).toContain(
      "+import { httpClient, HttpClientError, type HttpResponse } from '@maily/error-handling/http-client';",
    );
    expect(run.stdout).toContain('## standard-clients-migrate (dry run: nothing was written)');
    expect(run.stdout).toMatch(/these would run before and after: `tsc --noEmit -p tsconfig.json`/);
    expect(status(root)).toBe('');
  });

  it('migrates every provable load, moves the mocks, cleans the manifests and formats, with tsc and the tests green', () => {
    const root = exampleRepository({ 'services/billing/test/notify.test.ts': NOTIFY_TEST });
    const before = report(root);
    const manifestsBefore = Object.fromEntries(
      before.packages.map((p) => [p.path, readFileSync(path.join(root, p.path, 'package.json'), 'utf8')]),
    );
    const run = migrateCommand(['--json', 'summary.json', '--summary', 'summary.md'], root);
    expect(run.stderr).toContain('standard-clients-migrate: tests (after)');
    const summary = readJson<MigrationSummary>(path.join(root, 'summary.json'));
    const after = report(root);

    // The checks ran before and after, and stay green.
    expect(summary.checks.map((c) => [c.kind, c.before?.ok, c.after?.ok])).toEqual([
      ['typecheck', true, true],
      ['test', true, true],
    ]);
    expect(summary.totals.loadsRolledBack).toBe(0);
    // Something is left for a person (ioredis' Cluster, axios-retry, …): exit code 1, as the work list says.
    expect(run.status).toBe(summary.totals.leftForAPerson > 0 ? 1 : 0);

    // Every load --fix could take is gone: what is left is the report's work list, nothing fixable.
    expect(after.totals.fixable).toBe(0);
    for (const pkg of summary.packages) {
      const [was, is] = [before, after].map((r) => r.packages.find((p) => p.path === pkg.path));
      expect(pkg.findings.before).toEqual(
        expect.objectContaining({ findings: was?.findings ?? 0, fixable: was?.fixable ?? 0 }),
      );
      expect(pkg.findings.after).toEqual(
        expect.objectContaining({ findings: is?.findings ?? 0, manual: is?.manual ?? 0 }),
      );
      // Each finding that went is a load migrated, a mock moved, a manifest line removed, or the target's package
      // added where the manifest lacked it (webhooks).
      expect((was?.findings ?? 0) - (is?.findings ?? 0), pkg.path).toBe(
        pkg.loadsMigrated + pkg.mocksMoved + pkg.manifest.removed.length + pkg.manifest.added.length,
      );
      expect(pkg.left.files.flatMap((f) => f.items)).toEqual(is?.workList.files.flatMap((f) => f.items) ?? []);
    }

    // A package that lacked the target's package gets it declared, installed and its code migrated in one run.
    const webhooks = summary.packages.find((p) => p.name === '@maily/webhooks')!;
    expect(webhooks.manifest.added).toEqual(['dependencies/@maily/error-handling']);
    expect(webhooks.loadsMigrated).toBeGreaterThan(0);

    // The mock moved with its import.
    const billing = summary.packages.find((p) => p.name === '@maily/billing')!;
    expect(billing.mocksMoved).toBe(1);
    const notifyTest = readFileSync(path.join(root, 'services/billing/test/notify.test.ts'), 'utf8');
    expect(notifyTest).toMatch(/vi\.mock\('@maily\/error-handling\/http-client', \(\) => \(\{\s+fetch: vi\.fn\(/);
    expect(notifyTest).not.toContain('node-fetch');

    // Manifests: the clients no file loads are gone, the others stay; each manifest is JSON in its own layout.
    expect(billing.manifest.removed).toEqual(['dependencies/node-fetch', 'dependencies/redis']);
    expect(billing.manifest.removed).not.toContain('dependencies/axios'); // invoices.test.ts still mocks axios
    for (const [folder, text] of Object.entries(manifestsBefore)) {
      const now = readFileSync(path.join(root, folder, 'package.json'), 'utf8');
      const pkg = summary.packages.find((p) => p.path === folder)!;
      const names = (entries: readonly string[]) => (line: string) =>
        entries.some((e) => line.includes(`"${e.split('/').slice(1).join('/')}"`));
      const [removed, added] = [names(pkg.manifest.removed), names(pkg.manifest.added)];
      const kept = text.split('\n').filter((line) => !removed(line));
      expect(JSON.parse(now)).toBeTypeOf('object');
      expect(
        now
          .split('\n')
          .filter((line) => !added(line))
          .map((l) => l.replace(/,$/, '')),
      ).toEqual(kept.map((l) => l.replace(/,$/, '')));
    }
    expect(summary.notes.join('\n')).toContain('the lockfile is stale');

    // Formatted with the project's Prettier: every changed file passes its check.
    const changed = git(['diff', '--name-only'], root).stdout.trim().split('\n');
    const check = runNode(path.join(installed('prettier'), 'bin/prettier.cjs'), ['--check', ...changed], root);
    expect(check.stdout + check.stderr).toContain('All matched files use Prettier code style!');
    expect(summary.formatter).toMatch(/^Prettier /);

    expect(readFileSync(path.join(root, 'summary.md'), 'utf8')).toContain('| @maily/billing (`services/billing`) |');
  });

  it('rolls back exactly the file whose rewrite a mapping promised wrongly, with the compiler message', () => {
    const { root, run } = migrateWithWrongPromise('billing', {
      'services/billing/src/ledger-timeout.ts':
        "import axios from 'axios';\n\nexport const ledgerTimeout = (): number | undefined => axios.defaults.timeout;\n",
    });
    expect(run.status).toBe(1);
    const summary = readJson<MigrationSummary>(path.join(root, 'summary.json'));
    const [billing] = summary.packages;
    expect(billing!.rolledBack).toEqual([
      {
        file: 'services/billing/src/ledger-timeout.ts',
        cause: 'typecheck',
        loads: [{ line: 1, column: 19, rule: 'standard-clients/no-axios', module: 'axios' }],
        errors: [
          expect.stringMatching(
            /^services\/billing\/src\/ledger-timeout\.ts:3 TS2339 Property 'defaults' does not exist on type 'HttpClient'/,
          ),
        ],
      },
    ]);
    // Only that file: the rest of billing is migrated, and the checks are green again.
    expect(
      status(root)
        .split('\n')
        .filter(Boolean)
        .map((l) => l.slice(3)),
    ).toEqual(expect.arrayContaining(['services/billing/src/invoices.ts', 'services/billing/src/notify.ts']));
    expect(status(root)).not.toContain('ledger-timeout.ts');
    expect(summary.checks.every((c) => c.after?.ok)).toBe(true);
  });

  it('keeps the banned client declared when the only file that loads it is rolled back', () => {
    const { root, run } = migrateWithWrongPromise('webhooks', {
      // Webhooks' one axios load, now with the member the mapping wrongly promises.
      'services/webhooks/src/deliver.ts':
        "import axios from 'axios';\n\nexport async function deliver(url: string, event: { type: string; id: string }): Promise<number> {\n  const response = await axios.post(url, event, { timeout: axios.defaults.timeout });\n  return response.status;\n}\n",
    });
    expect(run.status).toBe(1);
    const [webhooks] = readJson<MigrationSummary>(path.join(root, 'summary.json')).packages;
    // The load was fixed in the pass after the install (it waited for the manifest): it counts as rolled back.
    expect(webhooks!.rolledBack.map((r) => [r.file, r.cause, r.loads.map((l) => `${l.line}:${l.column}`)])).toEqual([
      ['services/webhooks/src/deliver.ts', 'typecheck', ['1:19']],
    ]);
    expect(status(root)).not.toContain('deliver.ts');
    // The restored file loads axios again: the clean-up is decided anew, and axios stays declared.
    const manifest = readJson<{ dependencies: Record<string, string> }>(
      path.join(root, 'services/webhooks/package.json'),
    );
    expect(Object.keys(manifest.dependencies)).toContain('axios');
    expect(webhooks!.manifest.removed).toEqual([]);
  });

  // Billing's tests need the throw-away redis-server (Debian's); without it they are skipped, and so is this.
  it.skipIf(!hasRedis)(
    'rolls back the package whose tests fail when the target connects on creation, naming the tests',
    () => {
      const root = exampleRepository();
      // The standardized client now hands out node-redis connected at once, so billing's own connect() throws.
      const redis = path.join(root, 'packages/database/src/redis-client.js');
      const source = readFileSync(redis, 'utf8');
      const connecting = source.replace(
        'export const createRedisClient = (options) => new RedisClient(options);',
        'export const createRedisClient = (options) => {\n  const client = createClient(toNodeRedisOptions(options));\n  void client.connect();\n  return client;\n};',
      );
      expect(connecting).not.toBe(source);
      writeFileSync(redis, connecting);
      git(['commit', '-qam', 'a client that connects on creation'], root);
      const run = migrateCommand(
        ['--package', '@maily/billing', '--test', 'vitest run services/billing', '--json', 'summary.json'],
        root,
      );
      const summary = readJson<MigrationSummary>(path.join(root, 'summary.json'));
      expect(run.status).toBe(1);
      const [billing] = summary.packages;
      // A failing test names no file: every change to the package goes, the manifest's included.
      const rolledBack = billing!.rolledBack;
      expect(rolledBack.map((f) => [f.file, f.cause])).toEqual([
        ['services/billing/package.json', 'test'],
        ['services/billing/src/http-types.ts', 'test'],
        ['services/billing/src/invoices.ts', 'test'],
        ['services/billing/src/notify.ts', 'test'],
        ['services/billing/src/status.ts', 'test'],
      ]);
      expect(rolledBack[0]!.errors.join('\n')).toMatch(
        /services\/billing\/test\/invoices\.test\.ts › fetchInvoice, with the ledger on a local server and a real Redis/,
      );
      expect(summary.totals.loadsMigrated).toBe(0);
      expect(status(root)).toBe('?? summary.json\n');
    },
  );
});
