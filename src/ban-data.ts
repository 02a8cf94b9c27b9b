import type { ClientSlot } from './standard-clients.js';

// Plain data, read by the rules, the presets and the benchmark (from dist/): no import with side effects here.

/** A package that only exists around a banned client (a mock, a retry plugin, its `@types`). */
export interface Companion {
  readonly module: string;
  /** One line: why it goes away with the client. */
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
  /** Room for issue 11: packages reported with the client, each with advice that fits it. Not read yet. */
  readonly companions?: readonly Companion[];
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
  },
] as const satisfies readonly BannedClient[];

export type BannedClientRule = (typeof BANNED_CLIENTS)[number]['rule'];

export function bannedClient(rule: BannedClientRule): BannedClient {
  return BANNED_CLIENTS.find((client) => client.rule === rule)!;
}
