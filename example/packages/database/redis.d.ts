export interface RedisClientOptions {
  url?: string;
  host?: string;
  port?: number;
  db?: number;
  poolSize?: number;
}

export declare class RedisClient {
  constructor(options?: RedisClientOptions | string);
  connect(): Promise<void>;
  get(key: string): Promise<string | null>;
  set(key: string, value: string, options?: { EX?: number }): Promise<unknown>;
  del(key: string): Promise<number>;
  publish(channel: string, message: string): Promise<number>;
  subscribe(channel: string, listener: (message: string) => void): Promise<void>;
  quit(): Promise<void>;
}

export declare function createRedisClient(options?: RedisClientOptions): RedisClient;
