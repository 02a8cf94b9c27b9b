import { type BannedClientRuleDefinition, createBannedClientRule } from '../src/engine/banned-client-rule.js';

/** Also read by no-banned-dependencies, so that imports and package.json ban the same packages. */
export const definition: BannedClientRuleDefinition = {
  name: 'no-legacy-redis',
  description: 'Disallow loading legacy Redis clients; use the standardized RedisClient',
  replacedBy: 'redis',
  modules: ['redis', 'ioredis', '@redis/client', 'async-redis', 'handy-redis', 'then-redis', 'promise-redis', 'tedis'],
};

export default createBannedClientRule(definition);
