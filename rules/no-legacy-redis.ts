import { createBannedClientRule } from '../src/engine/banned-client-rule.js';

export default createBannedClientRule({
  name: 'no-legacy-redis',
  description: 'Disallow loading legacy Redis clients; use the standardized RedisClient',
  replacedBy: 'redis',
  modules: ['redis', 'ioredis', '@redis/client', 'async-redis', 'handy-redis', 'then-redis', 'promise-redis', 'tedis'],
});
