import { createRequire } from 'node:module';
import { afterAll, expect, it } from 'vitest';
import { describeWithRedis } from '../../../test-setup/servers.js';

interface Cache {
  remember(key: string, value: string): Promise<unknown>;
  recall(key: string): Promise<string | null>;
  close(): Promise<void>;
}

// CommonJS on node-redis 3 (installed in this package's own node_modules), loaded as production does.
const cache = createRequire(import.meta.url)('../src/cache.cjs') as Cache;

describeWithRedis('the legacy cache, on node-redis 3 and a real Redis', () => {
  afterAll(() => cache.close());

  it('remembers a value through the callback API', async () => {
    await cache.remember('legacy:key', 'value');
    expect(await cache.recall('legacy:key')).toBe('value');
  });
});
