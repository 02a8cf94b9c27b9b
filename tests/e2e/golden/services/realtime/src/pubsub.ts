// Fans websocket messages out over Redis pub/sub.
import { RedisClient, type RedisClientOptions, createRedisClient } from '@maily/database/redis';

const options: RedisClientOptions = { host: 'localhost', port: 6379 };
export const publisher = new RedisClient(options);
export const store = createRedisClient({ url: 'redis://localhost:6379' });

export async function broadcast(channel: string, message: string): Promise<number> {
  return publisher.publish(channel, message);
}
