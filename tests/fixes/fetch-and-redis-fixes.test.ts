import { reason, unaccountedMembers, unmappedMembers, unmappedNames } from '../../src/fixes/reasons.js';
import { describe, expect, it } from 'vitest';
import noLegacyRedis from '../../rules/no-legacy-redis.js';
import noNodeFetch from '../../rules/no-node-fetch.js';
import noRestrictedClients from '../../rules/no-restricted-clients.js';
import plugin from '../../src/index.js';
import { dedent } from '../helpers/dedent.js';
import { isCommonJs, runRuleCases } from '../helpers/rule-cases.js';
import { inWorkspace, workspaceSettings } from '../helpers/workspace.js';
import { HTTP, httpAdvice, maily, manual, REDIS, redisAdvice, UNPROVEN } from './fix-cases.js';
import { consumerLinter } from '../helpers/consumer.js';

const settings = maily;

// The preset states no promises for the fetch family (the platform's own, re-exported): its fixes rest on the
// mapping's word.
runRuleCases(
  'no-node-fetch fixes',
  noNodeFetch,
  { messageId: UNPROVEN, data: (at) => ({ module: at.slice(1, -1), advice: httpAdvice }) },
  {
    valid: [],
    invalid: [
      {
        code: dedent`
          import fetch, { Headers, FetchError } from 'node-fetch';
          const res = await fetch(url, { headers: new Headers() });
          if (e instanceof FetchError) throw e;
        `,
        output: dedent`
          import { fetch, Headers, HttpClientError } from '${HTTP}';
          const res = await fetch(url, { headers: new Headers() });
          if (e instanceof HttpClientError) throw e;
        `,
        errors: [{ at: "'node-fetch'" }],
      },
      // a mapping under a key spelt like the module's name, but not equal to it, is named as the cause
      {
        code: "import fetch from 'node-fetch';\nfetch(url);",
        settings: {
          'standard-clients': {
            http: { ...maily['standard-clients'].http!, mappings: { nodefetch: { default: 'fetch' } } },
          },
        },
        errors: [
          manual(
            "'node-fetch'",
            reason('misspeltMappingKey', { bannedModule: 'node-fetch', target: HTTP, declared: 'nodefetch' }),
          ),
        ],
      },
      // two banned imports that map to one target name become one import
      {
        code: dedent`
          import nodeFetch from 'node-fetch';
          import crossFetch from 'cross-fetch';
          nodeFetch('/a');
          crossFetch('/b');
        `,
        output: dedent`
          import { fetch } from '${HTTP}';
          fetch('/a');
          fetch('/b');
        `,
        errors: [{ at: "'node-fetch'" }, { at: "'cross-fetch'" }],
      },
      // the global fetch stays the global fetch: the import keeps an old local name
      {
        code: dedent`
          import nodeFetch from 'node-fetch';
          import crossFetch from 'cross-fetch';
          nodeFetch('/a');
          crossFetch('/b');
          export const viaGlobal = () => fetch('/c');
        `,
        output: dedent`
          import { fetch as nodeFetch } from '${HTTP}';
          nodeFetch('/a');
          nodeFetch('/b');
          export const viaGlobal = () => fetch('/c');
        `,
        errors: [{ at: "'node-fetch'" }, { at: "'cross-fetch'" }],
      },
      {
        code: dedent`
          const fetch = require('node-fetch');
          const { Response } = require('cross-fetch');
          module.exports = async () => new Response(await fetch('/'));
        `,
        output: dedent`
          const { fetch, Response } = require('${HTTP}');
          module.exports = async () => new Response(await fetch('/'));
        `,
        errors: [{ at: "'node-fetch'" }, { at: "'cross-fetch'" }],
        only: isCommonJs,
      },
      {
        code: "import 'isomorphic-fetch';",
        errors: [manual("'isomorphic-fetch'", reason('sideEffectImport'))],
      },
    ].map((c) => ({ settings, ...c })),
  },
);

runRuleCases(
  'no-legacy-redis fixes',
  noLegacyRedis,
  { messageId: 'banned', data: (at) => ({ module: at.slice(1, -1), advice: redisAdvice }) },
  {
    valid: [],
    invalid: [
      {
        code: dedent`
          import { createClient, type RedisClientType } from 'redis';
          const client: RedisClientType = createClient();
          await client.connect();
        `,
        output: dedent`
          import { createRedisClient, type RedisClient } from '${REDIS}';
          const client: RedisClient = createRedisClient();
          await client.connect();
        `,
        errors: [{ at: "'redis'" }],
      },
      {
        code: dedent`
          import * as redis from 'redis';
          const client = redis.createClient({ url });
          let typed: redis.RedisClientType;
        `,
        output: dedent`
          import { createRedisClient, type RedisClient } from '${REDIS}';
          const client = createRedisClient({ url });
          let typed: RedisClient;
        `,
        errors: [{ at: "'redis'" }],
      },
      {
        code: dedent`
          import redis from 'redis';
          await redis.createClient().connect();
        `,
        output: dedent`
          import { createRedisClient } from '${REDIS}';
          await createRedisClient().connect();
        `,
        errors: [{ at: "'redis'" }],
      },
      {
        code: dedent`
          const redis = require('redis');
          const { createClient: make } = require('@redis/client');
          redis.createClient();
          make();
        `,
        output: dedent`
          const redis = require('${REDIS}');
          const { createRedisClient: make } = require('${REDIS}');
          redis.createRedisClient();
          make();
        `,
        errors: [{ at: "'redis'" }, { at: "'@redis/client'" }],
      },
      {
        code: dedent`
          import Redis, { type RedisOptions } from 'ioredis';
          const options: RedisOptions = {};
          const redis = new Redis(options);
          await redis.get('key');
        `,
        output: dedent`
          import { RedisClient, type RedisClientOptions } from '${REDIS}';
          const options: RedisClientOptions = {};
          const redis = new RedisClient(options);
          await redis.get('key');
        `,
        errors: [{ at: "'ioredis'" }],
      },
      {
        code: dedent`
          import { Redis } from 'ioredis';
          import IORedis from 'ioredis';
          new Redis(); new IORedis();
        `,
        output: dedent`
          import { RedisClient } from '${REDIS}';
          new RedisClient(); new RedisClient();
        `,
        errors: [
          { at: "'ioredis'", nth: 0 },
          { at: "'ioredis'", nth: 1 },
        ],
      },
      {
        code: dedent`
          import Redis, { Cluster } from 'ioredis';
          new Cluster([]);
        `,
        errors: [manual("'ioredis'", unmappedNames(['Cluster'], REDIS), { advice: redisAdvice })],
      },
      {
        code: dedent`
          import * as redis from 'redis';
          async function connect(createRedisClient) {
            await redis.createClient(createRedisClient).connect();
          }
        `,
        errors: [manual("'redis'", reason('nameCaptured', { name: 'createRedisClient' }), { advice: redisAdvice })],
      },
      // ---- CommonJS module objects keep their shape: a stub installed on them after load still intercepts
      {
        code: dedent`
          const redis = require('redis');
          module.exports.connect = () => redis.createClient({ url: process.env.REDIS_URL }).connect();
        `,
        output: dedent`
          const redis = require('${REDIS}');
          module.exports.connect = () => redis.createRedisClient({ url: process.env.REDIS_URL }).connect();
        `,
        errors: [{ at: "'redis'" }],
      },
      {
        code: dedent`
          const redis = require('redis');
          redis['createClient']();
          redis.createClient();
        `,
        output: dedent`
          const redis = require('${REDIS}');
          redis['createRedisClient']();
          redis.createRedisClient();
        `,
        errors: [{ at: "'redis'" }],
      },
      {
        code: dedent`
          const redis = require('redis');
          redis.createClient();
          redis.commandOptions({ isolated: true });
        `,
        errors: [manual("'redis'", unmappedMembers(['commandOptions'], 'redis'), { advice: redisAdvice })],
      },
      {
        code: dedent`
          const redis = require('redis');
          sinon.stub(redis, 'createClient');
        `,
        errors: [manual("'redis'", reason('valueUse', { name: 'redis' }), { advice: redisAdvice })],
      },
      {
        code: dedent`
          let redis = require('redis');
          redis = other;
          redis.createClient();
        `,
        errors: [manual("'redis'", reason('reassigned'), { advice: redisAdvice })],
      },
      {
        code: "const redis = require('redis');",
        errors: [manual("'redis'", reason('nothingUsed'), { advice: redisAdvice })],
      },
      // ioredis' default is the class: its statics are not RedisClient's
      {
        code: dedent`
          import Redis from 'ioredis';
          const cluster = new Redis.Cluster([]);
        `,
        errors: [manual("'ioredis'", unaccountedMembers(['Cluster'], 'Redis', 'RedisClient'), { advice: redisAdvice })],
      },
      {
        code: "import Tedis from 'tedis';",
        errors: [
          manual("'tedis'", reason('noModuleMapping', { bannedModule: 'tedis', target: REDIS }), {
            advice: redisAdvice,
          }),
        ],
      },
    ].map((c) => ({ settings, ...c })),
  },
);

// A workspace file as target: the fix writes a relative specifier from the linted file, resolved against the
// root the settings name, and the message names that specifier.
const fileTarget = (extension?: 'js' | 'keep', file = 'packages/http-client/src/index.ts') => [
  {
    clients: [
      {
        modules: ['got'],
        name: 'HttpClient',
        target: {
          file,
          ...(extension && { extension }),
          mappings: { got: { default: 'httpClient', named: { HTTPError: 'HttpClientError' } } },
        },
      },
    ],
  },
];
const gotData = (target: string) => (at: string) => ({
  module: at.slice(1, -1),
  advice: `use HttpClient from '${target}'.`,
});
const SEND = inWorkspace('packages/billing/src/invoices/send.ts');

runRuleCases(
  'no-restricted-clients file targets',
  noRestrictedClients,
  { messageId: UNPROVEN, data: gotData('../../../http-client/src/index') },
  {
    valid: [
      // the target file and the workspace package that holds it wrap the banned client
      ...['packages/http-client/src/index.ts', 'packages/http-client/src/legacy.cts'].map((file) => ({
        code: "const got = require('got');",
        filename: inWorkspace(file),
        options: fileTarget(),
        settings: workspaceSettings(),
      })),
      {
        code: "import got from 'got';",
        filename: inWorkspace('packages/http-client/src/index.ts'),
        options: fileTarget('js', 'packages/http-client/src/index'),
        settings: workspaceSettings(),
      },
      {
        code: "import got from 'got';",
        filename: inWorkspace('libs/http/index.ts'),
        options: fileTarget(undefined, 'libs/http/index.ts'),
        settings: workspaceSettings(),
      },
    ],
    invalid: [
      {
        code: dedent`
          import got, { HTTPError } from 'got';
          got('/');
        `,
        filename: SEND,
        options: fileTarget(),
        settings: workspaceSettings(),
        output: dedent`
          import { httpClient, HttpClientError } from '../../../http-client/src/index';
          httpClient('/');
        `,
        errors: [{ at: "'got'" }],
      },
      // an absolute file needs no root
      {
        code: dedent`
          import got from 'got';
          got('/');
        `,
        filename: SEND,
        options: fileTarget(undefined, inWorkspace('packages/http-client/src/index.ts')),
        output: dedent`
          import { httpClient } from '../../../http-client/src/index';
          httpClient('/');
        `,
        errors: [{ at: "'got'" }],
      },
      {
        code: dedent`
          import got from 'got';
          got('/');
        `,
        filename: inWorkspace('packages/billing/src/invoices/send.mts'),
        options: fileTarget('js'),
        settings: workspaceSettings(),
        output: dedent`
          import { httpClient } from '../../../http-client/src/index.js';
          httpClient('/');
        `,
        errors: [{ at: "'got'", data: gotData('../../../http-client/src/index.js')("'got'") }],
      },
      // A JavaScript file cannot load a TypeScript source's `.js` twin before compiling (NodeNext): not fixed.
      ...['packages/billing/warm-cache.cjs', 'packages/billing/warm-cache.mjs'].map((file) => ({
        code: "const got = require('got');\ngot('/');",
        filename: inWorkspace(file),
        options: fileTarget('js', 'packages/http-client/src/index'),
        settings: workspaceSettings(),
        errors: [
          manual("'got'", reason('uncompiledTarget', { target: '../http-client/src/index.js' }), {
            advice: "use HttpClient from '../http-client/src/index.js'.",
          }),
        ],
      })),
      // Bundler resolution ('none') loads the source itself, and 'keep' names the source as TypeScript files do.
      {
        code: "const got = require('got');\ngot('/');",
        filename: inWorkspace('packages/billing/warm-cache.cjs'),
        options: fileTarget(),
        settings: workspaceSettings(),
        output: "const { httpClient } = require('../http-client/src/index');\nhttpClient('/');",
        errors: [{ at: "'got'", data: gotData('../http-client/src/index')("'got'") }],
      },
      {
        code: "import got from 'got';\ngot('/');",
        filename: inWorkspace('packages/billing/warm-cache.mjs'),
        options: fileTarget('keep'),
        settings: workspaceSettings(),
        output: "import { httpClient } from '../http-client/src/index.ts';\nhttpClient('/');",
        errors: [{ at: "'got'", data: gotData('../http-client/src/index.ts')("'got'") }],
      },
      // A JavaScript target has its `.js` file already.
      {
        code: "const got = require('got');\ngot('/');",
        filename: inWorkspace('packages/billing/warm-cache.cjs'),
        options: fileTarget('js', 'packages/redis/index'),
        settings: workspaceSettings(),
        output: "const { httpClient } = require('../redis/index.js');\nhttpClient('/');",
        errors: [{ at: "'got'", data: gotData('../redis/index.js')("'got'") }],
      },
      // A target written without its extension: the policy applies to the real file's, completed.
      {
        code: "import got from 'got';\ngot('/');",
        filename: SEND,
        options: fileTarget('js', 'packages/http-client/src/index'),
        settings: workspaceSettings(),
        output: "import { httpClient } from '../../../http-client/src/index.js';\nhttpClient('/');",
        errors: [{ at: "'got'", data: gotData('../../../http-client/src/index.js')("'got'") }],
      },
      {
        code: "import got from 'got';\ngot('/');",
        filename: SEND,
        options: fileTarget('keep', 'packages/http-client/src/index'),
        settings: workspaceSettings(),
        output: "import { httpClient } from '../../../http-client/src/index.ts';\nhttpClient('/');",
        errors: [{ at: "'got'", data: gotData('../../../http-client/src/index.ts')("'got'") }],
      },
      {
        code: "import { httpClient } from '../../../http-client/src/index.js';\nimport got from 'got';\ngot('/');",
        filename: SEND,
        options: fileTarget('js', 'packages/http-client/src/index'),
        settings: workspaceSettings(),
        output: "import { httpClient } from '../../../http-client/src/index.js';\nhttpClient('/');",
        errors: [{ at: "'got'", data: gotData('../../../http-client/src/index.js')("'got'") }],
      },
      {
        code: dedent`
          const got = require('got');
          got('/');
        `,
        filename: inWorkspace('packages/billing/legacy.cts'),
        options: fileTarget('keep'),
        settings: workspaceSettings(),
        output: dedent`
          const { httpClient } = require('../http-client/src/index.ts');
          httpClient('/');
        `,
        errors: [{ at: "'got'", data: gotData('../http-client/src/index.ts')("'got'") }],
      },
      {
        code: dedent`
          import { httpClient } from '../../../http-client/src/index.js';
          import got from 'got';
          got('/');
        `,
        filename: SEND,
        options: fileTarget('js'),
        settings: workspaceSettings(),
        output: dedent`
          import { httpClient } from '../../../http-client/src/index.js';
          httpClient('/');
        `,
        errors: [{ at: "'got'", data: gotData('../../../http-client/src/index.js')("'got'") }],
      },
      // a file in the root package is no client's package: only the target file itself is exempt
      {
        code: dedent`
          import got from 'got';
          got('/');
        `,
        filename: inWorkspace('libs/http/retry.ts'),
        options: fileTarget(undefined, 'libs/http/index.ts'),
        settings: workspaceSettings(),
        output: dedent`
          import { httpClient } from './index';
          httpClient('/');
        `,
        errors: [{ at: "'got'", data: gotData('./index')("'got'") }],
      },
    ],
  },
);

describe('a CommonJS module object after the fix', () => {
  it('still sees a stub installed on it after load, as sinon.stub(module, name) does', () => {
    const code = "const redis = require('redis');\nmodule.exports.connect = () => redis.createClient().connect();\n";
    const config = [...plugin.configs.maily, { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } }];
    const { output } = consumerLinter().verifyAndFix(code, config, 'src/connect.cjs');
    const client = (name: string) => ({ connect: () => name });
    const target = { createRedisClient: () => client('real client') };
    const loaded = { exports: {} as { connect?: () => string } };
    const load = (specifier: string) => (specifier === REDIS ? target : undefined);
    new Function('require', 'module', output)(load, loaded);
    target.createRedisClient = () => client('stubbed client');
    expect(loaded.exports.connect!()).toBe('stubbed client');
  });
});

// The mapping value 'default' names the target's default export: a default import, `default:` in CommonJS.
const defaultExportTarget = [
  {
    clients: [
      {
        modules: ['got'],
        name: 'HttpClient',
        target: {
          module: '@org/http',
          mappings: {
            got: {
              default: 'default',
              named: { HTTPError: 'HttpError' },
              members: { isHTTPError: 'isHttpError' },
              surface: ['get', 'post'],
            },
          },
        },
      },
    ],
  },
];

runRuleCases(
  "no-restricted-clients: mapping to the target's default export",
  noRestrictedClients,
  { messageId: 'banned', data: gotData('@org/http') },
  {
    valid: [],
    invalid: [
      {
        code: dedent`
          import got from 'got';
          got.get('/');
        `,
        output: dedent`
          import got from '@org/http';
          got.get('/');
        `,
        errors: [{ at: "'got'" }],
      },
      {
        code: dedent`
          import client, { HTTPError } from 'got';
          client.post('/').catch((e) => e instanceof HTTPError || client.isHTTPError(e));
        `,
        output: dedent`
          import client, { isHttpError, HttpError } from '@org/http';
          client.post('/').catch((e) => e instanceof HttpError || isHttpError(e));
        `,
        // HTTPError and isHTTPError have no promises: the fix rests on the mapping's word.
        errors: [{ at: "'got'", messageId: UNPROVEN }],
      },
      {
        code: dedent`
          import type Got from 'got';
          let instance: Got;
        `,
        output: dedent`
          import type { default as Got } from '@org/http';
          let instance: Got;
        `,
        errors: [{ at: "'got'" }],
      },
      {
        code: dedent`
          import * as got from 'got';
          got.default('/');
        `,
        output: dedent`
          import got from '@org/http';
          got('/');
        `,
        errors: [{ at: "'got'" }],
      },
      {
        code: dedent`
          const got = require('got');
          module.exports = () => got('/');
        `,
        output: dedent`
          const { default: got } = require('@org/http');
          module.exports = () => got('/');
        `,
        errors: [{ at: "'got'", messageId: UNPROVEN }],
      },
      {
        code: "const clients = [require('got')];",
        output: "const clients = [require('@org/http').default];",
        errors: [{ at: "'got'", messageId: UNPROVEN }],
      },
      {
        code: dedent`
          const { default: got } = await import('got');
          got('/');
        `,
        output: dedent`
          const { default: got } = await import('@org/http');
          got('/');
        `,
        errors: [{ at: "'got'" }],
      },
      {
        code: "export { default, HTTPError } from 'got';",
        output: "export { default, HttpError as HTTPError } from '@org/http';",
        errors: [{ at: "'got'", messageId: UNPROVEN }],
      },
      // merges: into an existing default import, or next to its named ones
      {
        code: dedent`
          import http from '@org/http';
          import got from 'got';
          got('/');
        `,
        output: dedent`
          import http from '@org/http';
          http('/');
        `,
        errors: [{ at: "'got'" }],
      },
      {
        code: dedent`
          import { HttpError } from '@org/http';
          import got from 'got';
          got('/');
        `,
        output: dedent`
          import { HttpError, default as got } from '@org/http';
          got('/');
        `,
        errors: [{ at: "'got'" }],
      },
      {
        code: dedent`
          const { HttpError } = require('@org/http');
          const got = require('got');
          got('/');
        `,
        output: dedent`
          const { HttpError, default: got } = require('@org/http');
          got('/');
        `,
        errors: [{ at: "'got'" }],
      },
      {
        code: dedent`
          import got from 'got';
          got.stream('/');
        `,
        errors: [
          manual("'got'", unaccountedMembers(['stream'], 'got', 'default'), {
            advice: "use HttpClient from '@org/http'.",
          }),
        ],
      },
    ].map((c) => ({ options: defaultExportTarget, ...c })),
  },
);
