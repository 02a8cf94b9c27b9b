import { reason, unaccountedMembers, unmappedMembers, unmappedNames } from '../../src/fixes/reasons.js';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import noLegacyRedis from '../../rules/no-legacy-redis.js';
import noNodeFetch from '../../rules/no-node-fetch.js';
import noRestrictedClients from '../../rules/no-restricted-clients.js';
import plugin from '../../src/index.js';
import { isCommonJs, runRuleCases } from '../helpers/rule-cases.js';
import { inWorkspace, workspaceSettings } from '../helpers/workspace.js';
import { HTTP, httpAdvice, maily, manual, REDIS, redisAdvice } from './fix-cases.js';

const settings = maily;

runRuleCases(
  'no-node-fetch fixes',
  noNodeFetch,
  { messageId: 'banned', data: (at) => ({ module: at.slice(1, -1), advice: httpAdvice }) },
  {
    valid: [],
    invalid: [
      {
        code: "import fetch, { Headers, FetchError } from 'node-fetch';\nconst res = await fetch(url, { headers: new Headers() });\nif (e instanceof FetchError) throw e;",
        output: `import { fetch, Headers, HttpClientError } from '${HTTP}';\nconst res = await fetch(url, { headers: new Headers() });\nif (e instanceof HttpClientError) throw e;`,
        errors: [{ at: "'node-fetch'" }],
      },
      // two banned imports that map to one target name become one import
      {
        code: "import nodeFetch from 'node-fetch';\nimport crossFetch from 'cross-fetch';\nnodeFetch('/a');\ncrossFetch('/b');",
        output: `import { fetch } from '${HTTP}';\nfetch('/a');\nfetch('/b');`,
        errors: [{ at: "'node-fetch'" }, { at: "'cross-fetch'" }],
      },
      // the global fetch stays the global fetch: the import keeps an old local name
      {
        code: "import nodeFetch from 'node-fetch';\nimport crossFetch from 'cross-fetch';\nnodeFetch('/a');\ncrossFetch('/b');\nexport const viaGlobal = () => fetch('/c');",
        output: `import { fetch as nodeFetch } from '${HTTP}';\nnodeFetch('/a');\nnodeFetch('/b');\nexport const viaGlobal = () => fetch('/c');`,
        errors: [{ at: "'node-fetch'" }, { at: "'cross-fetch'" }],
      },
      {
        code: "const fetch = require('node-fetch');\nconst { Response } = require('cross-fetch');\nmodule.exports = async () => new Response(await fetch('/'));",
        output: `const { fetch, Response } = require('${HTTP}');\nmodule.exports = async () => new Response(await fetch('/'));`,
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
        code: "import { createClient, type RedisClientType } from 'redis';\nexport const client: RedisClientType = createClient();",
        output: `import { createRedisClient, type RedisClient } from '${REDIS}';\nexport const client: RedisClient = createRedisClient();`,
        errors: [{ at: "'redis'" }],
      },
      {
        code: "import * as redis from 'redis';\nconst client = redis.createClient({ url });\nlet typed: redis.RedisClientType;",
        output: `import { createRedisClient, type RedisClient } from '${REDIS}';\nconst client = createRedisClient({ url });\nlet typed: RedisClient;`,
        errors: [{ at: "'redis'" }],
      },
      {
        code: "import redis from 'redis';\nexport default redis.createClient();",
        output: `import { createRedisClient } from '${REDIS}';\nexport default createRedisClient();`,
        errors: [{ at: "'redis'" }],
      },
      {
        code: "const redis = require('redis');\nconst { createClient: make } = require('@redis/client');\nredis.createClient();\nmake();",
        output: `const redis = require('${REDIS}');\nconst { createRedisClient: make } = require('${REDIS}');\nredis.createRedisClient();\nmake();`,
        errors: [{ at: "'redis'" }, { at: "'@redis/client'" }],
      },
      {
        code: "import Redis, { type RedisOptions } from 'ioredis';\nconst options: RedisOptions = {};\nexport const redis = new Redis(options);",
        output: `import { RedisClient, type RedisClientOptions } from '${REDIS}';\nconst options: RedisClientOptions = {};\nexport const redis = new RedisClient(options);`,
        errors: [{ at: "'ioredis'" }],
      },
      {
        code: "import { Redis } from 'ioredis';\nimport IORedis from 'ioredis';\nnew Redis(); new IORedis();",
        output: `import { RedisClient } from '${REDIS}';\nnew RedisClient(); new RedisClient();`,
        errors: [
          { at: "'ioredis'", nth: 0 },
          { at: "'ioredis'", nth: 1 },
        ],
      },
      {
        code: "import Redis, { Cluster } from 'ioredis';\nnew Cluster([]);",
        errors: [manual("'ioredis'", unmappedNames(['Cluster'], REDIS), { advice: redisAdvice })],
      },
      {
        code: "import * as redis from 'redis';\nfunction connect(createRedisClient) {\n  return redis.createClient(createRedisClient);\n}",
        errors: [manual("'redis'", reason('nameCaptured', { name: 'createRedisClient' }), { advice: redisAdvice })],
      },
      // ---- CommonJS module objects keep their shape: a stub installed on them after load still intercepts
      {
        code: "const redis = require('redis');\nmodule.exports.connect = () => redis.createClient({ url: process.env.REDIS_URL });",
        output: `const redis = require('${REDIS}');\nmodule.exports.connect = () => redis.createRedisClient({ url: process.env.REDIS_URL });`,
        errors: [{ at: "'redis'" }],
      },
      {
        code: "const redis = require('redis');\nredis['createClient']();\nredis.createClient();",
        output: `const redis = require('${REDIS}');\nredis['createRedisClient']();\nredis.createRedisClient();`,
        errors: [{ at: "'redis'" }],
      },
      {
        code: "const redis = require('redis');\nredis.createClient();\nredis.commandOptions({ isolated: true });",
        errors: [manual("'redis'", unmappedMembers(['commandOptions'], 'redis'), { advice: redisAdvice })],
      },
      {
        code: "const redis = require('redis');\nsinon.stub(redis, 'createClient');",
        errors: [manual("'redis'", reason('valueUse', { name: 'redis' }), { advice: redisAdvice })],
      },
      {
        code: "let redis = require('redis');\nredis = other;\nredis.createClient();",
        errors: [manual("'redis'", reason('reassigned'), { advice: redisAdvice })],
      },
      {
        code: "const redis = require('redis');",
        errors: [manual("'redis'", reason('nothingUsed'), { advice: redisAdvice })],
      },
      // ioredis' default is the class: its statics are not RedisClient's
      {
        code: "import Redis from 'ioredis';\nconst cluster = new Redis.Cluster([]);",
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
  { messageId: 'banned', data: gotData('../../../http-client/src/index') },
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
        code: "import got, { HTTPError } from 'got';\ngot('/');",
        filename: SEND,
        options: fileTarget(),
        settings: workspaceSettings(),
        output: "import { httpClient, HttpClientError } from '../../../http-client/src/index';\nhttpClient('/');",
        errors: [{ at: "'got'" }],
      },
      // an absolute file needs no root
      {
        code: "import got from 'got';\ngot('/');",
        filename: SEND,
        options: fileTarget(undefined, inWorkspace('packages/http-client/src/index.ts')),
        output: "import { httpClient } from '../../../http-client/src/index';\nhttpClient('/');",
        errors: [{ at: "'got'" }],
      },
      {
        code: "import got from 'got';\ngot('/');",
        filename: inWorkspace('packages/billing/src/invoices/send.mts'),
        options: fileTarget('js'),
        settings: workspaceSettings(),
        output: "import { httpClient } from '../../../http-client/src/index.js';\nhttpClient('/');",
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
        code: "const got = require('got');\ngot('/');",
        filename: inWorkspace('packages/billing/legacy.cts'),
        options: fileTarget('keep'),
        settings: workspaceSettings(),
        output: "const { httpClient } = require('../http-client/src/index.ts');\nhttpClient('/');",
        errors: [{ at: "'got'", data: gotData('../http-client/src/index.ts')("'got'") }],
      },
      {
        code: "import { httpClient } from '../../../http-client/src/index.js';\nimport got from 'got';\ngot('/');",
        filename: SEND,
        options: fileTarget('js'),
        settings: workspaceSettings(),
        output: "import { httpClient } from '../../../http-client/src/index.js';\nhttpClient('/');",
        errors: [{ at: "'got'", data: gotData('../../../http-client/src/index.js')("'got'") }],
      },
      // a file in the root package is no client's package: only the target file itself is exempt
      {
        code: "import got from 'got';\ngot('/');",
        filename: inWorkspace('libs/http/retry.ts'),
        options: fileTarget(undefined, 'libs/http/index.ts'),
        settings: workspaceSettings(),
        output: "import { httpClient } from './index';\nhttpClient('/');",
        errors: [{ at: "'got'", data: gotData('./index')("'got'") }],
      },
    ],
  },
);

describe('a CommonJS module object after the fix', () => {
  it('still sees a stub installed on it after load, as sinon.stub(module, name) does', () => {
    const code = "const redis = require('redis');\nmodule.exports.connect = () => redis.createClient();\n";
    const config = [...plugin.configs.maily, { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } }];
    const { output } = new Linter({ configType: 'flat' }).verifyAndFix(code, config, 'src/connect.cjs');
    const target = { createRedisClient: () => 'real client' };
    const loaded = { exports: {} as { connect?: () => string } };
    const load = (specifier: string) => (specifier === REDIS ? target : undefined);
    new Function('require', 'module', output)(load, loaded);
    target.createRedisClient = () => 'stubbed client';
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
        code: "import got from 'got';\ngot.get('/');",
        output: "import got from '@org/http';\ngot.get('/');",
        errors: [{ at: "'got'" }],
      },
      {
        code: "import client, { HTTPError } from 'got';\nclient.post('/').catch((e) => e instanceof HTTPError || client.isHTTPError(e));",
        output:
          "import client, { isHttpError, HttpError } from '@org/http';\nclient.post('/').catch((e) => e instanceof HttpError || isHttpError(e));",
        errors: [{ at: "'got'" }],
      },
      {
        code: "import type Got from 'got';\nlet instance: Got;",
        output: "import type { default as Got } from '@org/http';\nlet instance: Got;",
        errors: [{ at: "'got'" }],
      },
      {
        code: "import * as got from 'got';\ngot.default('/');",
        output: "import got from '@org/http';\ngot('/');",
        errors: [{ at: "'got'" }],
      },
      {
        code: "const got = require('got');\nmodule.exports = () => got('/');",
        output: "const { default: got } = require('@org/http');\nmodule.exports = () => got('/');",
        errors: [{ at: "'got'" }],
      },
      {
        code: "const clients = [require('got')];",
        output: "const clients = [require('@org/http').default];",
        errors: [{ at: "'got'" }],
      },
      {
        code: "const { default: got } = await import('got');\ngot('/');",
        output: "const { default: got } = await import('@org/http');\ngot('/');",
        errors: [{ at: "'got'" }],
      },
      {
        code: "export { default, HTTPError } from 'got';",
        output: "export { default, HttpError as HTTPError } from '@org/http';",
        errors: [{ at: "'got'" }],
      },
      // merges: into an existing default import, or next to its named ones
      {
        code: "import http from '@org/http';\nimport got from 'got';\ngot('/');",
        output: "import http from '@org/http';\nhttp('/');",
        errors: [{ at: "'got'" }],
      },
      {
        code: "import { HttpError } from '@org/http';\nimport got from 'got';\ngot('/');",
        output: "import { HttpError, default as got } from '@org/http';\ngot('/');",
        errors: [{ at: "'got'" }],
      },
      {
        code: "const { HttpError } = require('@org/http');\nconst got = require('got');\ngot('/');",
        output: "const { HttpError, default: got } = require('@org/http');\ngot('/');",
        errors: [{ at: "'got'" }],
      },
      {
        code: "import got from 'got';\ngot.stream('/');",
        errors: [
          manual("'got'", unaccountedMembers(['stream'], 'got', 'default'), {
            advice: "use HttpClient from '@org/http'.",
          }),
        ],
      },
    ].map((c) => ({ options: defaultExportTarget, ...c })),
  },
);
