import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  copyExample,
  countsByFileAndRule,
  eslint,
  type LintResult,
  readSources,
  tsc,
  writeGoldenSources,
} from './cli-helpers.js';

const goldenDir = fileURLToPath(new URL('golden/', import.meta.url));
const AXIOS = 'standard-clients/no-axios';
const FETCH = 'standard-clients/no-node-fetch';
const REDIS = 'standard-clients/no-legacy-redis';
const DEPENDENCIES = 'standard-clients/no-banned-dependencies';
const GLOBAL_FETCH = 'standard-clients/no-global-fetch';
const NODE_HTTP = 'standard-clients/no-node-http-requests';

/**
 * Manifests keep their banned dependencies (and companions: axios-retry, ioredis-mock) until a human takes the
 * suggestions (the client packages are exempt). The webhooks package lacks the client its code will import: the
 * first --fix adds it (missingTarget), the second moves the code.
 */
const manifests = {
  'apps/dashboard/package.json': { [DEPENDENCIES]: 1 },
  'services/billing/package.json': { [DEPENDENCIES]: 3 },
  'services/legacy-cache/package.json': { [DEPENDENCIES]: 1 },
  'services/realtime/package.json': { [DEPENDENCIES]: 3 },
  'services/webhooks/package.json': { [DEPENDENCIES]: 1 },
  'services/worker/package.json': { [DEPENDENCIES]: 4 },
};

/**
 * Never fixed: a raw https.get, the companions in code, an unmapped axios.create, a mock, an unmapped class, a
 * polyfill, and what the target is no drop-in for: `e.response` on a mapped error, ioredis' multi(), node-redis 3's
 * callbacks, clients exported or handed on out of the rule's sight.
 */
const manual = {
  'services/billing/src/exchange-rates.ts': { [NODE_HTTP]: 1 },
  'services/billing/src/refunds.ts': { [AXIOS]: 1 },
  'services/billing/test/invoices.test.ts': { [AXIOS]: 2 },
  'services/legacy-cache/src/cache.cjs': { [REDIS]: 1 },
  'services/realtime/src/cluster.ts': { [REDIS]: 1 },
  'services/realtime/src/pubsub.ts': { [REDIS]: 1 },
  'services/realtime/src/rate-limit.ts': { [REDIS]: 1 },
  'services/realtime/test/presence.test.ts': { [REDIS]: 1 },
  'services/worker/src/polyfills.cjs': { [FETCH]: 1 },
  'services/worker/src/retrying-client.cjs': { [AXIOS]: 2 },
};

/** Every load in example/ (the client packages themselves are exempt). */
const expectedBeforeFix = {
  ...manifests,
  ...manual,
  'apps/dashboard/src/ApiStatus.vue': { [AXIOS]: 1 },
  'services/billing/src/http-types.ts': { [AXIOS]: 4 },
  'services/billing/src/invoices.ts': { [AXIOS]: 1, [REDIS]: 1 },
  'services/billing/src/notify.ts': { [FETCH]: 1, [AXIOS]: 1 },
  'services/billing/src/status.ts': { [GLOBAL_FETCH]: 1 },
  'services/webhooks/package.json': { [DEPENDENCIES]: 2 },
  'services/webhooks/src/deliver.ts': { [AXIOS]: 1 },
  'services/worker/src/worker.cjs': { [AXIOS]: 2, [REDIS]: 1 },
};

/** What no mapping can fix. */
const expectedAfterFix = {
  ...manifests,
  ...manual,
  // The queue it exports is out of the rule's sight; its axios loads are fixed.
  'services/worker/src/worker.cjs': { [REDIS]: 1 },
};

// ESLint warns that two workers are too many for a dozen files; nothing else may reach stderr.
const withoutConcurrencyWarning = (stderr: string) =>
  stderr.replace(/^\(node:\d+\) ESLintPoorConcurrencyWarning:.*\n(?:\(Use `node --trace-warnings.*\n)?/m, '');

function lintJson(eslintPackage: string, cwd: string, extra: string[] = []) {
  const run = eslint(eslintPackage, ['.', '--format', 'json', ...extra], cwd);
  expect(withoutConcurrencyWarning(run.stderr)).toBe('');
  return { status: run.status, results: JSON.parse(run.stdout) as LintResult[] };
}

describe.each([
  ['ESLint 10', 'eslint'],
  ['ESLint 9', 'eslint-v9'],
])('the eslint CLI (%s) on the example workspace', (_label, eslintPackage) => {
  it('reports every load, exactly, and exits 1', () => {
    const root = copyExample(undefined, { eslintPackage });
    const { status, results } = lintJson(eslintPackage, root);
    expect(status).toBe(1);
    expect(countsByFileAndRule(results, root)).toEqual(expectedBeforeFix);
    const fixable = results.flatMap((r) => r.messages).filter((m) => m.fix);
    // The webhooks code waits for its manifest's fix: it is not among them.
    expect(fixable).toHaveLength(13);
  }, 60_000);

  it('--fix, run twice as documented, yields the reviewed golden files, which type-check, and leaves only the manual reports', () => {
    const root = copyExample(undefined, { eslintPackage });
    expect(eslint(eslintPackage, ['.', '--fix'], root).status).toBe(1);
    // The copy links its workspace packages already: no install between the runs.
    expect(eslint(eslintPackage, ['.', '--fix'], root).status).toBe(1);
    const fixed = readSources(root);
    if (process.env.UPDATE_GOLDEN) writeGoldenSources(root, goldenDir);
    expect(fixed).toEqual(readSources(goldenDir));

    const typecheck = tsc(root);
    expect(typecheck.stdout + typecheck.stderr).toBe('');
    expect(typecheck.status).toBe(0);

    const { status, results } = lintJson(eslintPackage, root);
    expect(status).toBe(1);
    expect(countsByFileAndRule(results, root)).toEqual(expectedAfterFix);
    expect(results.flatMap((r) => r.messages).filter((m) => m.fix)).toEqual([]);

    const again = eslint(eslintPackage, ['.', '--fix'], root);
    expect(again.status).toBe(1);
    expect(readSources(root)).toEqual(fixed);
  }, 60_000);

  it('gives the same results with --concurrency 2', () => {
    const root = copyExample(undefined, { eslintPackage });
    const serial = lintJson(eslintPackage, root);
    const parallel = lintJson(eslintPackage, root, ['--concurrency', '2']);
    expect(parallel.status).toBe(1);
    expect(parallel.results).toEqual(serial.results);
  }, 60_000);

  it('serves a second --cache run from the cache, with identical results', () => {
    const root = copyExample(undefined, { eslintPackage });
    const cache = ['--cache', '--cache-location', path.join(root, '.eslintcache')];
    const first = lintJson(eslintPackage, root, cache);
    expect(existsSync(path.join(root, '.eslintcache'))).toBe(true);
    const debug = eslint(eslintPackage, ['.', '--format', 'json', ...cache], root, { DEBUG: 'eslint:eslint-helpers*' });
    expect(JSON.parse(debug.stdout)).toEqual(first.results);
    const skipped = debug.stderr.match(/Skipping file since it hasn't changed/g) ?? [];
    expect(skipped.length).toBeGreaterThanOrEqual(Object.keys(expectedBeforeFix).length);
  }, 60_000);

  it('works with bulk suppressions: suppressed loads pass, a new load is still reported', () => {
    const root = copyExample(undefined, { eslintPackage });
    const suppress = eslint(eslintPackage, ['.', '--suppress-all'], root);
    expect(suppress.status).toBe(0);
    const suppressions = JSON.parse(readFileSync(path.join(root, 'eslint-suppressions.json'), 'utf8'));
    expect(suppressions['services/worker/package.json']).toEqual({ [DEPENDENCIES]: { count: 4 } });
    expect(suppressions['services/worker/src/worker.cjs']).toEqual({ [AXIOS]: { count: 2 }, [REDIS]: { count: 1 } });
    expect(eslint(eslintPackage, ['.'], root).status).toBe(0);

    appendFileSync(path.join(root, 'services/billing/src/notify.ts'), "\nexport const legacy = import('ioredis');\n");
    mkdirSync(path.join(root, 'services/billing/src/new'), { recursive: true });
    writeFileSync(
      path.join(root, 'services/billing/src/new/client.ts'),
      "import got from 'got';\nimport axios from 'axios';\nexport default axios;\n",
    );
    const { status, results } = lintJson(eslintPackage, root);
    expect(status).toBe(1);
    expect(countsByFileAndRule(results, root)).toEqual({
      'services/billing/src/notify.ts': { [REDIS]: 1 },
      'services/billing/src/new/client.ts': { [AXIOS]: 1 },
    });
  }, 60_000);
});
