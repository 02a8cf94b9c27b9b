// Fans websocket messages out over Redis pub/sub.
import Redis, { type RedisOptions } from 'ioredis';
import * as redis from 'redis';

const options: RedisOptions = { host: 'localhost', port: 6379 };
export const publisher = new Redis(options);
export const store = redis.createClient({ url: 'redis://localhost:6379' });

export async function broadcast(channel: string, message: string): Promise<number> {
  return publisher.publish(channel, message);
}
