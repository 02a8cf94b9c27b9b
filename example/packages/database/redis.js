// The standardized client wraps node-redis: this package is exempt through the rules' `allow` option.
import { createClient } from 'redis';

export class RedisClient {
  constructor(options = {}) {
    this.client = createClient(typeof options === 'string' ? { url: options } : options);
  }
}

export const createRedisClient = (options) => new RedisClient(options);
