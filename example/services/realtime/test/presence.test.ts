import { createTestRedisClient } from '@maily/database/redis/testing';
import RedisMock from 'ioredis-mock';
import { describe, expect, it } from 'vitest';
import { isOnline } from '../src/presence.js';

describe('isOnline, over in-memory stand-ins for Redis', () => {
  // An in-memory ioredis: the kind of test double that goes with the legacy client.
  it('tells who is online from the presence keys', async () => {
    const redis = new RedisMock();
    await redis.set('online:ann', '1');
    expect(await isOnline(redis, 'ann')).toBe(true);
    expect(await isOnline(redis, 'bob')).toBe(false);
  });

  // The standardized client's own test double, which the report on ioredis-mock points to.
  it('reads the same keys through the testing module of RedisClient', async () => {
    const redis = createTestRedisClient();
    await redis.set('online:ann', '1');
    expect(await isOnline(redis, 'ann')).toBe(true);
    expect(await isOnline(redis, 'bob')).toBe(false);
  });
});
