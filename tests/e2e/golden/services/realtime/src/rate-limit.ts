// A rate limit per user in one round trip, with ioredis' MULTI. RedisClient has no transactions: this file stays
// on ioredis until someone rewrites it, and the rule says which member stands in the way.
import { Redis } from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379', { lazyConnect: true });

export async function allow(user: string, limit: number): Promise<boolean> {
  const key = `rate:${user}`;
  const results = await redis.multi().incr(key).expire(key, 60).exec();
  return Number(results?.[0]?.[1]) <= limit;
}

export const close = () => redis.quit();
