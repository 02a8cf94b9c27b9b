import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithRedis, type LocalServer, sendJson, startHttpServer } from '../../../test-setup/servers.js';

interface Worker {
  start(): Promise<void>;
  stop(): Promise<void>;
  runOnce(): Promise<boolean>;
  queue: {
    get(key: string): Promise<string | null>;
    set(key: string, value: string): Promise<unknown>;
    del(key: string): Promise<number>;
  };
}

// The worker is CommonJS: load it with Node's own require, as production does.
const worker = createRequire(import.meta.url)('../src/worker.cjs') as Worker;

describeWithRedis('the worker, with the API on a local server and the queue in a real Redis', () => {
  let api: LocalServer;
  beforeAll(async () => {
    api = await startHttpServer((request, response) =>
      JSON.parse(request.body).job === 'job-rejected'
        ? sendJson(response, 422, { error: 'unknown job' })
        : sendJson(response, 200, { ok: true }),
    );
    process.env.API_URL = api.url;
    await worker.start();
  });
  afterAll(async () => {
    await worker.stop();
    await api.close();
  });

  it('reports the next job done and takes it off the queue', async () => {
    await worker.queue.set('jobs:next', 'job-1');
    expect(await worker.runOnce()).toBe(true);
    expect(api.requests.at(-1)).toMatchObject({ method: 'POST', url: '/jobs/done', body: '{"job":"job-1"}' });
    expect(await worker.queue.get('jobs:next')).toBeNull();
  });

  it('puts a job the API turns down back on the queue, without retrying the POST', async () => {
    await worker.queue.set('jobs:next', 'job-rejected');
    const before = api.requests.length;
    expect(await worker.runOnce()).toBe(false);
    expect(api.requests.length - before).toBe(1);
    expect(await worker.queue.get('jobs:next')).toBe('job-rejected');
  });

  it('does nothing on an empty queue', async () => {
    await worker.queue.del('jobs:next');
    const before = api.requests.length;
    expect(await worker.runOnce()).toBe(false);
    expect(api.requests.length).toBe(before);
  });
});
