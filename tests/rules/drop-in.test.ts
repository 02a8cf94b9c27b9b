import { symlinkSync } from 'node:fs';
import path from 'node:path';
import axiosRule from '../../rules/no-axios.js';
import legacyRedisRule from '../../rules/no-legacy-redis.js';
import { reason, renderReason, unaccountedMembers } from '../../src/fixes/reasons.js';
import { dedent } from '../helpers/dedent.js';
import { UNPROVEN } from '../fixes/fix-cases.js';
import { isCommonJs, isEsModule, runRuleCases } from '../helpers/rule-cases.js';
import { createWorkspace } from '../helpers/workspace.js';

// A fix is a promise that the target is a drop-in for every use the file makes of what it replaces: what the
// mapping states it promises is checked against every use the rule can see.

const HTTP_ADVICE = "use HttpClient from '@org/http'.";
const REDIS_ADVICE = "use RedisClient from '@org/redis'.";

const settings = {
  'standard-clients': {
    http: {
      module: '@org/http',
      mappings: {
        axios: {
          default: 'httpClient',
          named: { AxiosError: 'HttpClientError', isAxiosError: 'isHttpClientError', AxiosResponse: 'HttpResponse' },
          members: { isAxiosError: 'isHttpClientError' },
          surface: ['get', 'post'],
          promises: {
            AxiosError: { members: ['name'], instances: ['message', 'status'] },
            isAxiosError: { narrows: 'AxiosError' },
            AxiosResponse: { instances: ['data', 'status'] },
          },
        },
      },
    },
    redis: {
      module: '@org/redis',
      mappings: {
        ioredis: {
          default: 'RedisClient',
          named: { Redis: 'RedisClient' },
          promises: {
            default: { members: [], instances: ['get', 'set', 'on', 'quit'] },
            Redis: { instances: ['get', 'set', 'on', 'quit'] },
          },
        },
        redis: {
          named: { createClient: 'createRedisClient' },
          members: { createClient: 'createRedisClient' },
          promises: { createClient: { returns: ['connect', 'get', 'set', 'on', 'quit'] } },
        },
      },
    },
  },
};

const isTypeScript = (variant: { filename: string }) => variant.filename.endsWith('.ts');

const notPromised = (member: string, of: string, line: number) =>
  reason('memberNotPromised', { member, of, line: String(line) });
const escapes = (value: string, line: number, how: string) =>
  reason('valueEscapes', { value, line: String(line), how });
const callback = (use: string) => reason('callbackApi', { use });
const unaccounted = (member: string) => unaccountedMembers([member], 'axios', 'httpClient');
const stays = (bannedModule: string, line: number, why: ReturnType<typeof reason>) =>
  reason('moduleLoadStays', { bannedModule, line: String(line), reason: renderReason(why) });

/** A load left for a person with its reason. */
const manual = (at: string, why: ReturnType<typeof reason>, advice = HTTP_ADVICE) => ({
  at,
  messageId: `notFixed/${why.key}` as const,
  data: { ...why.data, module: at.slice(1, -1), advice },
});

runRuleCases(
  'no-axios: what the target promises',
  axiosRule,
  { messageId: 'banned', data: (at) => ({ module: at.slice(1, -1), advice: HTTP_ADVICE }) },
  {
    valid: [],
    invalid: [
      // What a catch reads of an error a banned call may throw: what every error has, or what the guard's class has.
      {
        code: dedent`
          import axios from 'axios';
          export async function status(url) {
            try {
              await axios.get(url);
              return 200;
            } catch (err) {
              console.error(err.message);
              return err.response ? err.response.status : 0;
            }
          }
        `,
        errors: [manual("'axios'", notPromised('response', 'the error caught on line 6', 8))],
        only: isEsModule,
      },
      {
        code: dedent`
          const axios = require('axios');
          async function status(url) {
            try { await axios.get(url); return 200; } catch (err) { return err.status ?? err.message; }
          }
        `,
        output: dedent`
          const { httpClient } = require('@org/http');
          async function status(url) {
            try { await httpClient.get(url); return 200; } catch (err) { return err.status ?? err.message; }
          }
        `,
        errors: [{ at: "'axios'" }],
        only: isCommonJs,
      },
      // Narrowed to another class, the error is not the client's: what is read of it is not checked against it.
      {
        code: dedent`
          const axios = require('axios');
          async function post(url) {
            try { await axios.post(url); } catch (err) { if (err instanceof SyntaxError) return err.lineNumber; throw err; }
          }
        `,
        output: dedent`
          const { httpClient } = require('@org/http');
          async function post(url) {
            try { await httpClient.post(url); } catch (err) { if (err instanceof SyntaxError) return err.lineNumber; throw err; }
          }
        `,
        errors: [{ at: "'axios'" }],
        only: isCommonJs,
      },
      // A file's loads of one module move together: the guard must not change while axios still throws.
      {
        code: dedent`
          const axios = require('axios');
          const { isAxiosError } = require('axios');
          async function send(job) {
            try { await axios.put('/jobs', job); } catch (e) { if (!isAxiosError(e)) throw e; }
          }
        `,
        errors: [
          { ...manual("'axios'", unaccounted('put')) },
          { nth: 1, ...manual("'axios'", stays('axios', 1, unaccounted('put'))) },
        ],
        only: isCommonJs,
      },
      {
        code: dedent`
          import axios from 'axios';
          import { AxiosError } from 'axios';
          try { await axios.put('/jobs'); } catch (e) { if (e instanceof AxiosError) console.log(e.status); }
        `,
        errors: [
          { ...manual("'axios'", unaccounted('put')) },
          { nth: 1, ...manual("'axios'", stays('axios', 1, unaccounted('put'))) },
        ],
        only: isEsModule,
      },
      // Members read on values narrowed to a mapped class, by instanceof and by the mapped guard.
      {
        code: dedent`
          import { AxiosError } from 'axios';
          try { run(); } catch (e) {
            if (e instanceof AxiosError && e.status === 404) console.log(e.message);
          }
        `,
        output: dedent`
          import { HttpClientError } from '@org/http';
          try { run(); } catch (e) {
            if (e instanceof HttpClientError && e.status === 404) console.log(e.message);
          }
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          import { AxiosError } from 'axios';
          try { run(); } catch (e) {
            if (e instanceof AxiosError && e.response?.status === 404) console.log('gone');
          }
        `,
        errors: [manual("'axios'", notPromised('response', "a value narrowed to 'AxiosError'", 3))],
      },
      {
        code: dedent`
          import axios from 'axios';
          export async function load(url) {
            try {
              return await axios.get(url);
            } catch (e) {
              if (!axios.isAxiosError(e)) throw e;
              return e.response.data;
            }
          }
        `,
        errors: [manual("'axios'", notPromised('response', "a value narrowed to 'AxiosError'", 7))],
      },
      {
        code: dedent`
          import { isAxiosError } from 'axios';
          const status = (e) => (isAxiosError(e) ? e.status : 0);
        `,
        output: dedent`
          import { isHttpClientError } from '@org/http';
          const status = (e) => (isHttpClientError(e) ? e.status : 0);
        `,
        errors: [{ at: "'axios'" }],
      },
      // A guard used where its narrowing cannot be followed: every later read of the value counts.
      {
        code: dedent`
          import { isAxiosError } from 'axios';
          function describe(e) {
            const known = isAxiosError(e);
            return known && e.config.url;
          }
        `,
        errors: [manual("'axios'", notPromised('config', "a value narrowed to 'AxiosError'", 4))],
      },
      // Statics of a mapped class, and values annotated with a mapped type.
      {
        code: dedent`
          import { AxiosError } from 'axios';
          const code = AxiosError.ERR_NETWORK;
        `,
        errors: [manual("'axios'", notPromised('ERR_NETWORK', "'AxiosError'", 2))],
      },
      {
        code: dedent`
          import { type AxiosResponse } from 'axios';
          function body(response: AxiosResponse) {
            return response.config;
          }
        `,
        errors: [manual("'axios'", notPromised('config', "a value typed 'AxiosResponse'", 3))],
        only: isTypeScript,
      },
      {
        code: dedent`
          import { type AxiosResponse } from 'axios';
          function body(response: AxiosResponse) {
            return response.data;
          }
        `,
        output: dedent`
          import type { HttpResponse } from '@org/http';
          function body(response: HttpResponse) {
            return response.data;
          }
        `,
        errors: [{ at: "'axios'" }],
        only: isTypeScript,
      },
      // A name the mapping promises nothing for is taken on its word: fixed, under its own message id.
      {
        code: dedent`
          import axios from 'axios';
          export const clients = [axios];
        `,
        output: dedent`
          import { httpClient } from '@org/http';
          export const clients = [httpClient];
        `,
        errors: [{ at: "'axios'", messageId: UNPROVEN }],
      },
      // A mock factory's default members obey the default's surface.
      {
        code: dedent`
          import axios from 'axios';
          vi.mock('axios', () => ({ default: { get: vi.fn(), create: vi.fn() } }));
          axios.get('/');
        `,
        errors: [
          {
            at: "'axios'",
            messageId: 'notFixed/noSuggestion' as const,
            data: {
              module: 'axios',
              advice: HTTP_ADVICE,
              reason: 'vi.mock() on line 2 mocks it, and the mock must move with it',
              why: "the mock's default member 'create' is not promised by the mapping",
            },
          },
          {
            at: "'axios'",
            nth: 1,
            messageId: 'notFixed/noSuggestion' as const,
            data: {
              module: 'axios',
              advice: HTTP_ADVICE,
              reason: "mocks are not rewritten on save; this one moves with the loads of 'axios'",
              why: "the mock's default member 'create' is not promised by the mapping",
            },
          },
        ],
        only: isEsModule,
      },
    ].map((c) => ({ settings, ...c })),
  },
);

runRuleCases(
  'no-legacy-redis: what the target promises',
  legacyRedisRule,
  { messageId: 'banned', data: (at) => ({ module: at.slice(1, -1), advice: REDIS_ADVICE }) },
  {
    valid: [],
    invalid: [
      // Instances the file makes: in a variable, a class field, `this.x`, or used at once.
      {
        code: dedent`
          import Redis from 'ioredis';
          const redis = new Redis(url);
          await redis.set('k', 'v');
          redis.on('error', (error) => console.error(error));
        `,
        output: dedent`
          import { RedisClient } from '@org/redis';
          const redis = new RedisClient(url);
          await redis.set('k', 'v');
          redis.on('error', (error) => console.error(error));
        `,
        errors: [{ at: "'ioredis'" }],
      },
      {
        code: dedent`
          import Redis from 'ioredis';
          const redis = new Redis(url);
          await redis.multi().incr('k').expire('k', 60).exec();
        `,
        errors: [manual("'ioredis'", notPromised('multi', "an instance of 'Redis'", 3), REDIS_ADVICE)],
      },
      {
        code: dedent`
          import { Redis } from 'ioredis';
          class Cache {
            client = new Redis();
            read(key) { return this.client.get(key); }
            scan() { return this.client.scanStream(); }
          }
        `,
        errors: [manual("'ioredis'", notPromised('scanStream', "an instance of 'Redis'", 5), REDIS_ADVICE)],
      },
      {
        code: dedent`
          import Redis from 'ioredis';
          class Cache {
            constructor() { this.client = new Redis(); }
            read(key) { return this.client.get(key); }
          }
        `,
        output: dedent`
          import { RedisClient } from '@org/redis';
          class Cache {
            constructor() { this.client = new RedisClient(); }
            read(key) { return this.client.get(key); }
          }
        `,
        errors: [{ at: "'ioredis'" }],
      },
      {
        code: "import Redis from 'ioredis';\nawait new Redis().hgetall('k');",
        errors: [manual("'ioredis'", notPromised('hgetall', "an instance of 'Redis'", 2), REDIS_ADVICE)],
      },
      // Where the instances' members are stated, an instance out of sight cannot be checked.
      ...[
        ['export const redis = new Redis();', 'is exported'],
        ['register(new Redis());', 'is passed on'],
        ['const make = () => new Redis();', 'is returned'],
        ['const pool = { main: new Redis() };', 'is stored'],
      ].map(([line, how]) => ({
        code: `import Redis from 'ioredis';\n${line}`,
        errors: [manual("'ioredis'", escapes("the instance of 'Redis'", 2, how!), REDIS_ADVICE)],
      })),
      // Factory results, through a named import and through the module object.
      {
        code: dedent`
          import { createClient } from 'redis';
          const client = createClient();
          await client.connect();
          await client.get('k');
        `,
        output: dedent`
          import { createRedisClient } from '@org/redis';
          const client = createRedisClient();
          await client.connect();
          await client.get('k');
        `,
        errors: [{ at: "'redis'" }],
      },
      {
        code: dedent`
          const redis = require('redis');
          const client = redis.createClient();
          client.sendCommand(['PING']);
        `,
        errors: [manual("'redis'", notPromised('sendCommand', "what 'redis.createClient()' returns", 3), REDIS_ADVICE)],
        only: isCommonJs,
      },
      // Callbacks: a function as the last argument of a client method, or a method handed to promisify.
      {
        code: dedent`
          const redis = require('redis');
          const client = redis.createClient();
          client.get('k', (err, value) => console.log(value));
        `,
        errors: [manual("'redis'", callback("'get' is given a callback on line 3"), REDIS_ADVICE)],
        only: isCommonJs,
      },
      {
        code: dedent`
          const redis = require('redis');
          const { promisify } = require('util');
          const client = redis.createClient();
          const getAsync = promisify(client.get).bind(client);
        `,
        errors: [manual("'redis'", callback("'get' is passed to promisify on line 4"), REDIS_ADVICE)],
        only: isCommonJs,
      },
      {
        code: dedent`
          import { createClient } from 'redis';
          import util from 'node:util';
          const client = createClient();
          function done(err) { if (err) throw err; }
          client.quit(done);
          util.callbackify(client.get.bind(client));
        `,
        errors: [manual("'redis'", callback("'quit' is given a callback on line 5"), REDIS_ADVICE)],
        only: isEsModule,
      },
      // A client assigned to an outer variable is followed there: its callbacks are seen wherever it is read.
      {
        code: dedent`
          const redis = require('redis');
          let client;
          function connection() {
            client ??= redis.createClient();
            return client;
          }
          const close = () => new Promise((resolve) => (client ? client.quit(() => resolve()) : resolve()));
        `,
        errors: [manual("'redis'", callback("'quit' is given a callback on line 7"), REDIS_ADVICE)],
        only: isCommonJs,
      },
      {
        code: dedent`
          import { createClient } from 'redis';
          let client = null;
          export function connection() {
            if (!client) client = createClient();
            return client;
          }
        `,
        errors: [manual("'redis'", escapes("the value 'createClient()' returns", 4, 'is returned'), REDIS_ADVICE)],
        only: isEsModule,
      },
      {
        code: dedent`
          import { createClient } from 'redis';
          let client;
          export async function read(key) {
            client ||= createClient();
            if (client) await client.connect();
            return client.get(key);
          }
        `,
        output: dedent`
          import { createRedisClient } from '@org/redis';
          let client;
          export async function read(key) {
            client ||= createRedisClient();
            if (client) await client.connect();
            return client.get(key);
          }
        `,
        errors: [{ at: "'redis'" }],
        only: isEsModule,
      },
      // Callbacks by name: a parameter the function calls, an imported handler, a cast, node-redis 4's legacyMode.
      {
        code: dedent`
          const redis = require('redis');
          const client = redis.createClient();
          function recall(key, reply) {
            client.get(key, reply);
            if (!key) reply(null);
          }
        `,
        errors: [manual("'redis'", callback("'get' is given a callback on line 4"), REDIS_ADVICE)],
        only: isCommonJs,
      },
      {
        code: dedent`
          import { createClient } from 'redis';
          import { onValue } from './handlers';
          const client = createClient();
          export const read = (key) => client.get(key, onValue);
        `,
        errors: [manual("'redis'", callback("'get' is given a callback on line 4"), REDIS_ADVICE)],
        only: isEsModule,
      },
      {
        code: dedent`
          import { createClient } from 'redis';
          const client = createClient();
          export const write = (key, cb) => (client.set as any)(key, 'x', cb);
        `,
        errors: [manual("'redis'", callback("'set' is given a callback on line 3"), REDIS_ADVICE)],
        only: isTypeScript,
      },
      {
        code: dedent`
          import { createClient } from 'redis';
          const client = createClient({ legacyMode: true });
          await client.connect();
        `,
        errors: [manual("'redis'", callback("'createClient' is given 'legacyMode' on line 2"), REDIS_ADVICE)],
        only: isEsModule,
      },
      // A value passed last that is not a function is no callback.
      {
        code: dedent`
          import { createClient } from 'redis';
          import { TTL } from './config';
          const client = createClient();
          export async function save(key, value) {
            await client.connect();
            await client.set(key, value);
            await client.set(key + ":ttl", TTL);
          }
        `,
        output: dedent`
          import { createRedisClient } from '@org/redis';
          import { TTL } from './config';
          const client = createRedisClient();
          export async function save(key, value) {
            await client.connect();
            await client.set(key, value);
            await client.set(key + ":ttl", TTL);
          }
        `,
        errors: [{ at: "'redis'" }],
        only: isEsModule,
      },
      // Listeners take functions in every API: `client.on('error', handler)` stays fixable.
      {
        code: dedent`
          import { createClient } from 'redis';
          const client = createClient();
          const handler = (error) => console.error(error);
          client.on('error', handler);
          await client.connect();
        `,
        output: dedent`
          import { createRedisClient } from '@org/redis';
          const client = createRedisClient();
          const handler = (error) => console.error(error);
          client.on('error', handler);
          await client.connect();
        `,
        errors: [{ at: "'redis'" }],
      },
    ].map((c) => ({ settings, ...c })),
  },
);

/**
 * Versions: the package installed for the file (the first node_modules above it, pnpm's links followed), else the
 * range its package.json declares. A mapping that states `versions` holds only for them.
 */
const versioned = createWorkspace({
  ...packageWith('installed-3', { redis: '^3.1.2' }),
  'installed-3/node_modules/redis/package.json': JSON.stringify({ name: 'redis', version: '3.1.2' }),
  ...packageWith('pnpm-4', { redis: '^4.7.0' }),
  'pnpm-4/node_modules/.pnpm/redis@4.7.0/node_modules/redis/package.json': JSON.stringify({
    name: 'redis',
    version: '4.7.0',
  }),
  ...packageWith('declared-3', { redis: '^3.0.0' }),
  ...packageWith('declared-4', { redis: '^4.6.0' }),
  ...packageWith('workspace', { redis: 'workspace:*' }),
  ...packageWith('undeclared', {}),
});
symlinkSync(
  path.join(versioned, 'pnpm-4/node_modules/.pnpm/redis@4.7.0/node_modules/redis'),
  path.join(versioned, 'pnpm-4/node_modules/redis'),
);

function packageWith(folder: string, dependencies: Record<string, string>) {
  const manifest = { name: folder, dependencies: { '@org/redis': '^1.0.0', ...dependencies } };
  return { [`${folder}/package.json`]: JSON.stringify(manifest), [`${folder}/src/cache.ts`]: '' };
}

const NOTE = 'redis 3 takes callbacks';
const versionSettings = {
  'standard-clients': {
    root: versioned,
    redis: {
      module: '@org/redis',
      mappings: {
        redis: {
          named: { createClient: 'createRedisClient' },
          versions: '>=4',
          versionsNote: NOTE,
        },
      },
    },
  },
};
const CACHE = "import { createClient } from 'redis';\nexport const cache = createClient();\n";
const FIXED = "import { createRedisClient } from '@org/redis';\nexport const cache = createRedisClient();\n";
const at = (folder: string) => ({
  code: CACHE,
  filename: path.join(versioned, folder, 'src/cache.ts'),
  settings: versionSettings,
});

runRuleCases(
  'no-legacy-redis: the versions a mapping holds for',
  legacyRedisRule,
  { messageId: 'banned', data: (at) => ({ module: at.slice(1, -1), advice: REDIS_ADVICE }) },
  {
    valid: [],
    invalid: [
      // Satisfied by what is installed (through pnpm's link), or by every version the declared range allows:
      // the fix rests on the versions, not on the mapping's word.
      { ...at('pnpm-4'), output: FIXED, errors: [{ at: "'redis'" }] },
      { ...at('declared-4'), output: FIXED, errors: [{ at: "'redis'" }] },
      {
        ...at('installed-3'),
        errors: [
          manual(
            "'redis'",
            reason('versionOutsideRange', { bannedModule: 'redis', version: '3.1.2', range: '>=4', note: `: ${NOTE}` }),
            REDIS_ADVICE,
          ),
        ],
      },
      {
        ...at('declared-3'),
        errors: [
          manual(
            "'redis'",
            reason('versionOutsideRange', {
              bannedModule: 'redis',
              version: "declared as '^3.0.0'",
              range: '>=4',
              note: `: ${NOTE}`,
            }),
            REDIS_ADVICE,
          ),
        ],
      },
      {
        ...at('workspace'),
        errors: [
          manual(
            "'redis'",
            reason('versionUnknown', {
              bannedModule: 'redis',
              looked: "not installed, and declared as 'workspace:*', which names no version",
              range: '>=4',
            }),
            REDIS_ADVICE,
          ),
        ],
      },
      {
        ...at('undeclared'),
        errors: [
          manual(
            "'redis'",
            reason('versionUnknown', {
              bannedModule: 'redis',
              looked: 'no node_modules above the file holds it, and its package.json declares no range',
              range: '>=4',
            }),
            REDIS_ADVICE,
          ),
        ],
      },
    ],
  },
);
