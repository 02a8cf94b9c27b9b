import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { describeWithRedis } from '../../../test-setup/servers.js';
import { createRedisClient, RedisClient } from '../redis.js';

describeWithRedis('RedisClient, against a real Redis', () => {
  let client: RedisClient;
  beforeAll(() => {
    client = createRedisClient({ url: process.env.REDIS_URL });
  });
  afterAll(() => client.quit());

  it('connects on first use and reads what it wrote', async () => {
    expect(client.isOpen).toBe(false);
    await client.set('database:greeting', 'hello', { EX: 60 });
    expect(client.isOpen).toBe(true);
    expect(await client.get('database:greeting')).toBe('hello');
    expect(await client.del('database:greeting')).toBe(1);
    expect(await client.get('database:greeting')).toBeNull();
  });

  it('publishes to subscribers on their own connection', async () => {
    const received: [string, string][] = [];
    await client.subscribe('database:news', (message, channel) => received.push([channel, message]));
    expect(await client.publish('database:news', 'first')).toBe(1);
    await vi.waitFor(() => expect(received).toEqual([['database:news', 'first']]));
    await client.unsubscribe('database:news');
    expect(await client.publish('database:news', 'second')).toBe(0);
  });

  it('takes a URL string, or host and port', async () => {
    const { hostname, port } = new URL(process.env.REDIS_URL!);
    for (const options of [process.env.REDIS_URL!, { host: hostname, port: Number(port) }]) {
      const other = new RedisClient(options);
      expect(await other.get('database:missing')).toBeNull();
      await other.quit();
    }
  });
});
