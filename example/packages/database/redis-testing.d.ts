import type { RedisClient } from './redis.js';

/** RedisClient's key-value methods over an in-memory map, for tests. */
export declare class InMemoryRedisClient implements Pick<RedisClient, 'isOpen' | 'connect' | 'get' | 'set' | 'del' | 'quit'> {
  readonly isOpen: boolean;
  connect(): Promise<void>;
  get(key: string): Promise<string | null>;
  set(key: string, value: string, options?: { EX?: number }): Promise<unknown>;
  del(key: string): Promise<number>;
  quit(): Promise<void>;
}

export declare function createTestRedisClient(): InMemoryRedisClient;
