export interface RedisClientOptions {
  /** redis://host:port/db; takes precedence over host and port. */
  url?: string;
  host?: string;
  port?: number;
  db?: number;
}

/** Connects on first use; `subscribe` opens a second connection, as Redis requires for subscribers. */
export declare class RedisClient {
  constructor(options?: RedisClientOptions | string);
  readonly isOpen: boolean;
  connect(): Promise<void>;
  get(key: string): Promise<string | null>;
  set(key: string, value: string, options?: { EX?: number }): Promise<unknown>;
  del(key: string): Promise<number>;
  publish(channel: string, message: string): Promise<number>;
  subscribe(channel: string, listener: (message: string, channel: string) => void): Promise<void>;
  unsubscribe(channel: string): Promise<void>;
  quit(): Promise<void>;
}

export declare function createRedisClient(options?: RedisClientOptions | string): RedisClient;
