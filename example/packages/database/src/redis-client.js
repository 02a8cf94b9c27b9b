// The standardized Redis client: node-redis underneath (the target's own package: the rules leave it alone).
// It connects on first use, so callers need no connect() call, and gives subscribers a connection of their own,
// as Redis requires.
import { createClient } from 'redis';

function toNodeRedisOptions(options) {
  if (typeof options === 'string') return { url: options };
  const { url, host = '127.0.0.1', port = 6379, db } = options;
  return { url: url ?? `redis://${host}:${port}`, database: db };
}

export class RedisClient {
  #client;
  #subscriber;
  #connecting;

  constructor(options = {}) {
    this.#client = createClient(toNodeRedisOptions(options));
    // Without a listener node-redis throws reconnect errors as uncaught exceptions.
    this.#client.on('error', () => {});
  }

  get isOpen() {
    return this.#client.isOpen;
  }

  /** Connects once; concurrent callers share the same attempt. */
  connect() {
    this.#connecting ??= this.#client.connect().then(() => undefined);
    return this.#connecting;
  }

  async get(key) {
    await this.connect();
    return this.#client.get(key);
  }

  async set(key, value, options) {
    await this.connect();
    return this.#client.set(key, value, options);
  }

  async del(key) {
    await this.connect();
    return this.#client.del(key);
  }

  async publish(channel, message) {
    await this.connect();
    return this.#client.publish(channel, message);
  }

  async subscribe(channel, listener) {
    await this.connect();
    this.#subscriber ??= this.#client.duplicate().on('error', () => {});
    if (!this.#subscriber.isOpen) await this.#subscriber.connect();
    await this.#subscriber.subscribe(channel, listener);
  }

  async unsubscribe(channel) {
    await this.#subscriber?.unsubscribe(channel);
  }

  /** Closes both connections after pending commands complete. */
  async quit() {
    const open = [this.#client, this.#subscriber].filter((client) => client?.isOpen);
    await Promise.all(open.map((client) => client.close()));
    this.#connecting = undefined;
  }
}

export const createRedisClient = (options) => new RedisClient(options);
