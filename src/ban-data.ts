import type { ClientSlot } from './standard-clients.js';

// Plain data, read by the rules, the presets and the benchmark (from dist/): no import with side effects here.

/**
 * What a companion is, which selects its advice: a `mock` points to mocking the standardized client (its
 * target's `testing` module), a `plugin` to the retries and caching built into it, `types` to the types it
 * ships, a `framework` binding to using it directly.
 */
export type CompanionKind = 'mock' | 'plugin' | 'types' | 'framework';

/** A package that only exists around a banned client (a mock, a retry plugin, its `@types`). */
export interface Companion {
  readonly module: string;
  /** The banned module it exists around: one of its client's `modules`. */
  readonly of: string;
  readonly kind: CompanionKind;
  /** One line, a verb phrase that completes "'<module>' …": why it goes away with the client. */
  readonly reason: string;
}

/** One banned client: the rule that bans it and what replaces it. */
export interface BannedClient {
  /** The rule's name, without the plugin namespace; it has a thin file `rules/<rule>.ts` and a doc page. */
  readonly rule: string;
  readonly description: string;
  /** Which standardized client replaces the banned modules. */
  readonly replacedBy: ClientSlot;
  /** Package names; a subpath (`axios/lib/x`) is banned with its package. */
  readonly modules: readonly string[];
  /**
   * Packages that only exist around the client, reported by the same rule with advice that fits each. Only
   * packages that work with no other client: a look-alike (`redis-lock`, `fetch-mock`) is not listed.
   */
  readonly companions: readonly Companion[];
}

/**
 * Every banned client. A module joins a client by one entry in its `modules`; imports (every load form) and
 * package.json (`no-banned-dependencies`) then ban it alike.
 */
export const BANNED_CLIENTS = [
  {
    rule: 'no-axios',
    description: 'Disallow loading axios; use the standardized HttpClient',
    replacedBy: 'http',
    modules: ['axios'],
    companions: [
      { module: 'axios-retry', of: 'axios', kind: 'plugin', reason: 'retries failed axios requests' },
      { module: 'retry-axios', of: 'axios', kind: 'plugin', reason: 'retries failed axios requests' },
      { module: 'axios-cache-interceptor', of: 'axios', kind: 'plugin', reason: 'caches axios responses' },
      { module: 'axios-cache-adapter', of: 'axios', kind: 'plugin', reason: 'caches axios responses' },
      {
        module: 'axios-extensions',
        of: 'axios',
        kind: 'plugin',
        reason: 'adds caching, throttling and retries to axios adapters',
      },
      {
        module: 'axios-mock-adapter',
        of: 'axios',
        kind: 'mock',
        reason: "mocks axios requests through axios's adapter",
      },
      { module: 'jest-mock-axios', of: 'axios', kind: 'mock', reason: 'replaces axios with a Jest mock' },
      { module: 'vitest-mock-axios', of: 'axios', kind: 'mock', reason: 'replaces axios with a Vitest mock' },
      { module: 'moxios', of: 'axios', kind: 'mock', reason: 'mocks axios requests in tests' },
      { module: '@nestjs/axios', of: 'axios', kind: 'framework', reason: "wraps axios in Nest's HttpModule" },
      { module: '@types/axios', of: 'axios', kind: 'types', reason: 'is an empty stub, as axios ships its own types' },
      {
        module: '@types/axios-mock-adapter',
        of: 'axios',
        kind: 'types',
        reason: 'is an empty stub for axios-mock-adapter, a mock of axios',
      },
      { module: '@types/moxios', of: 'axios', kind: 'types', reason: 'types moxios, a mock of axios' },
    ],
  },
  {
    rule: 'no-node-fetch',
    description: 'Disallow loading node-fetch and its cousins; use the standardized HttpClient',
    replacedBy: 'http',
    modules: [
      'node-fetch',
      'cross-fetch',
      'isomorphic-fetch',
      'isomorphic-unfetch',
      'node-fetch-native',
      // Node's own fetch implementation, used directly: node-fetch's modern sibling.
      'undici',
    ],
    companions: [
      { module: '@types/node-fetch', of: 'node-fetch', kind: 'types', reason: 'types node-fetch 2 (3 ships its own)' },
      { module: '@types/isomorphic-fetch', of: 'isomorphic-fetch', kind: 'types', reason: 'types isomorphic-fetch' },
    ],
  },
  {
    rule: 'no-legacy-redis',
    description: 'Disallow loading legacy Redis clients; use the standardized RedisClient',
    replacedBy: 'redis',
    modules: [
      'redis',
      'ioredis',
      '@redis/client',
      'async-redis',
      'handy-redis',
      'then-redis',
      'promise-redis',
      'tedis',
      // Valkey, the Redis fork: iovalkey is ioredis renamed; valkey-glide is a client of its own.
      'iovalkey',
      '@valkey/valkey-glide',
    ],
    companions: [
      { module: 'ioredis-mock', of: 'ioredis', kind: 'mock', reason: 'emulates ioredis in memory for tests' },
      { module: 'redis-mock', of: 'redis', kind: 'mock', reason: 'emulates the redis client in memory for tests' },
      {
        module: '@types/ioredis',
        of: 'ioredis',
        kind: 'types',
        reason: 'is an empty stub, as ioredis ships its own types',
      },
      { module: '@types/redis', of: 'redis', kind: 'types', reason: 'types redis 3 (4 ships its own)' },
      { module: '@types/ioredis-mock', of: 'ioredis', kind: 'types', reason: 'types ioredis-mock, a mock of ioredis' },
      { module: '@types/redis-mock', of: 'redis', kind: 'types', reason: 'types redis-mock, a mock of redis' },
    ],
  },
] as const satisfies readonly BannedClient[];

export type BannedClientRule = (typeof BANNED_CLIENTS)[number]['rule'];

export function bannedClient(rule: BannedClientRule): BannedClient {
  return BANNED_CLIENTS.find((client) => client.rule === rule)!;
}
