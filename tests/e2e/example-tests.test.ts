import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { copyExample, eslint, runWorkspaceTests } from './cli-helpers.js';

/**
 * The example workspace's own vitest suite (local HTTP servers, a throw-away redis-server, a Vue component in
 * happy-dom) must pass before and after `eslint --fix`: a fix that type-checks but breaks behaviour fails here.
 */

// The workspace's test setup starts the same program (REDIS_SERVER=/nowhere tries the path without Redis).
const redisServer = process.env.REDIS_SERVER ?? 'redis-server';
const hasRedisServer = !spawnSync(redisServer, ['--version']).error;
const REDIS_MISSING = `${redisServer} is not installed: the suites that need Redis must be skipped`;

/** Every suite of the workspace and its tests; those that need Redis are skipped without redis-server. */
const workspaceSuites = [
  {
    file: 'apps/dashboard/test/api-status.test.ts',
    suite: 'ApiStatus, against a local API',
    needsRedis: false,
    tests: ['shows the API as up after a ping', 'shows the status of a failed ping'],
  },
  {
    file: 'packages/database/test/redis.test.ts',
    suite: 'RedisClient, against a real Redis',
    needsRedis: true,
    tests: [
      'connects on first use and reads what it wrote',
      'publishes to subscribers on their own connection',
      'takes a URL string, or host and port',
    ],
  },
  {
    file: 'packages/error-handling/test/http-client.test.ts',
    suite: 'HttpClient, against a local server',
    needsRedis: false,
    tests: [
      'retries an idempotent request after a 5xx, then succeeds',
      'gives up after the configured retries with an HttpClientError carrying status, code and url',
      'never retries more than five times',
      'does not retry a POST, nor a 4xx',
      'retries after a dropped connection',
      'retries network errors, and maps the last one',
      'has the axios instance methods, so code moved from axios keeps working',
    ],
  },
  {
    file: 'services/billing/test/invoices.test.ts',
    suite: 'fetchInvoice, with the ledger on a local server and a real Redis',
    needsRedis: true,
    tests: [
      'reads an invoice from the ledger once, then from the cache',
      'returns undefined for an invoice the ledger does not know',
      'surfaces a ledger outage as an error with the status',
    ],
  },
  {
    file: 'services/billing/test/refunds.test.ts',
    suite: 'requestRefund, with the ledger on a local server',
    needsRedis: false,
    tests: ['requests a refund', 'tells a refund asked twice from a failure'],
  },
  {
    file: 'services/billing/test/status.test.ts',
    suite: 'neighbourStatus, with the ledger on a local server and notify unreachable',
    needsRedis: false,
    tests: ['reports each neighbour up or down'],
  },
  {
    file: 'services/legacy-cache/test/cache.test.mts',
    suite: 'the legacy cache, on node-redis 3 and a real Redis',
    needsRedis: true,
    tests: ['remembers a value through the callback API'],
  },
  {
    file: 'services/realtime/test/presence.test.ts',
    suite: 'isOnline, over in-memory stand-ins for Redis',
    needsRedis: false,
    tests: [
      'tells who is online from the presence keys',
      'reads the same keys through the testing module of RedisClient',
    ],
  },
  {
    file: 'services/realtime/test/pubsub.test.ts',
    suite: 'realtime pub/sub over a real Redis',
    needsRedis: true,
    tests: ['delivers a broadcast to every listener of the channel, and only of that channel'],
  },
  {
    file: 'services/realtime/test/rate-limit.test.ts',
    suite: 'the rate limit, on a real Redis',
    needsRedis: true,
    tests: ['allows up to the limit, then refuses'],
  },
  {
    file: 'services/webhooks/test/deliver.test.ts',
    suite: 'deliver, to a subscriber on a local server',
    needsRedis: false,
    tests: ['posts the event to the subscriber and returns its status'],
  },
  {
    file: 'services/worker/test/worker.test.mts',
    suite: 'the worker, with the API on a local server and the queue in a real Redis',
    needsRedis: true,
    tests: [
      'reports the next job done and takes it off the queue',
      'puts a job the API turns down back on the queue, without retrying the POST',
      'does nothing on an empty queue',
    ],
  },
];

const expectedOutcomes = workspaceSuites
  .flatMap(({ file, suite, needsRedis, tests }) => {
    const skipped = needsRedis && !hasRedisServer;
    const title = skipped ? `${suite} (skipped: redis-server is not installed)` : suite;
    return tests.map((test) => `${skipped ? 'skipped' : 'passed'}: ${file} > ${title} ${test}`);
  })
  .sort();

describe(`the example workspace's own tests${hasRedisServer ? '' : ` (${REDIS_MISSING})`}`, () => {
  if (!hasRedisServer) console.warn(`\n${REDIS_MISSING} (Debian: apt-get install redis-server).\n`);

  it('pass on the original copy', () => {
    const { status, output, outcomes } = runWorkspaceTests(copyExample());
    expect(outcomes).toEqual(expectedOutcomes);
    expect(status, output).toBe(0);
  }, 180_000);

  it('pass on the copy eslint --fix migrated (twice: manifests first, then the code)', () => {
    const root = copyExample();
    expect(eslint('eslint', ['.', '--fix'], root).status).toBe(1);
    expect(eslint('eslint', ['.', '--fix'], root).status).toBe(1);
    const { status, output, outcomes } = runWorkspaceTests(root);
    expect(outcomes).toEqual(expectedOutcomes);
    expect(status, output).toBe(0);
  }, 180_000);
});
