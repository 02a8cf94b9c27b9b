// Fans websocket messages out over Redis pub/sub.
import * as redis from 'redis';

const url = process.env.REDIS_URL ?? 'redis://localhost:6379';
// Redis gives a subscribed connection to subscribing alone: publishing needs one of its own.
export const publisher = redis.createClient({ url });
export const subscriber = redis.createClient({ url });

export async function start(): Promise<void> {
  await Promise.all([publisher.connect(), subscriber.connect()]);
}

export async function stop(): Promise<void> {
  await Promise.all([publisher.quit(), subscriber.quit()]);
}

export async function broadcast(channel: string, message: string): Promise<number> {
  return publisher.publish(channel, message);
}

export async function listen(channel: string, onMessage: (message: string) => void): Promise<void> {
  await subscriber.subscribe(channel, onMessage);
}
