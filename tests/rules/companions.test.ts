import { describe, expect, it } from 'vitest';
import axiosRule from '../../rules/no-axios.js';
import legacyRedisRule from '../../rules/no-legacy-redis.js';
import nodeFetchRule from '../../rules/no-node-fetch.js';
import restrictedClientsRule from '../../rules/no-restricted-clients.js';
import {
  BANNED_CLIENTS,
  bannedClient,
  type BannedClient,
  type Companion,
  type CompanionKind,
} from '../../src/ban-data.js';
import { mailySettings } from '../../src/configs.js';
import { notFixedMessageId, reason } from '../../src/fixes/reasons.js';
import { dedent } from '../helpers/dedent.js';
import { isCommonJs, runRuleCases } from '../helpers/rule-cases.js';
import { inWorkspace, workspaceSettings } from '../helpers/workspace.js';
import { loadFormCases, nonLoadCases } from './load-forms.js';

const maily = { 'standard-clients': mailySettings };
const HTTP = "HttpClient from '@maily/error-handling/http-client'";
const HTTP_WHY = 'standardized retries, pooling and error mapping';
const clients: readonly BannedClient[] = BANNED_CLIENTS;
const companion = (module: string): Companion =>
  clients.flatMap((client) => client.companions).find((c) => c.module === module)!;
/** The message id of a companion that code can load (`@types` ones never match in code). */
const messageIdOf = (module: string) =>
  `companion/${companion(module).kind as Exclude<CompanionKind, 'types'>}` as const;

/** The message data of a companion load, given the quoted specifier it is reported at. */
const companionData = (module: string, advice: string) => (at: string) => {
  const { reason, of } = companion(module);
  return { module: at.slice(1, -1), reason, of, advice };
};

/** Every load form of one companion, reported under its kind's message, never as the banned client. */
/** The report on an axios load that a companion in the same file works on: left for a person. */
const axiosBesideCompanion = (companionModule: string) => ({
  at: "'axios'",
  messageId: notFixedMessageId('companionInFile'),
  data: {
    module: 'axios',
    advice: `use ${HTTP} (${HTTP_WHY}).`,
    ...reason('companionInFile', { companion: companionModule, bannedModule: 'axios' }).data,
  },
});

function everyLoadForm(module: string, advice: string, settings?: Record<string, unknown>) {
  return loadFormCases(module).map((c) => ({
    ...c,
    ...(settings && { settings }),
    errors: c.errors.map((e) => ({
      ...e,
      messageId: messageIdOf(module),
      data: companionData(module, advice)(e.at),
    })),
  }));
}

describe('companion data', () => {
  const all = clients.flatMap((client) => client.companions.map((c) => ({ client, companion: c })));
  const banned = new Set(clients.flatMap((client) => client.modules));

  it.each(all.map(({ client, companion: c }) => [c.module, client, c] as const))(
    '%s goes with one of its client modules, has a one-line reason, and is not banned itself',
    (_, client, c) => {
      expect(client.modules).toContain(c.of);
      expect(banned.has(c.module)).toBe(false);
      // The reason completes "'<module>' …" inside a message: a clause, no sentence of its own.
      expect(c.reason).toMatch(/^[a-z][^;:\n]*[^.]$/);
    },
  );

  it('lists each companion once', () => {
    const modules = all.map(({ companion: c }) => c.module);
    expect(new Set(modules).size).toBe(modules.length);
  });
});

// no-axios: every load form of a plugin (no target), a mock (maily, with its testing module), a framework binding.
runRuleCases(
  'no-axios companions',
  axiosRule,
  {
    messageId: 'companion/plugin',
    data: companionData('axios-retry', 'use the retries and caching built into HttpClient.'),
  },
  {
    valid: [
      ...nonLoadCases('axios-retry'),
      // look-alikes that are not companions, and `@types` packages, which code cannot load
      ...['axios-hooks', 'axios-auth-refresh', 'nock', 'fetch-mock', '@types/axios', '@types/moxios'].map((m) => ({
        code: `import client from '${m}';`,
      })),
      { code: "import type { AxiosStatic } from '@types/axios';", settings: maily },
      // companions: false, and a module list without axios, drop them
      { code: "import axiosRetry from 'axios-retry';", options: [{ companions: false }] },
      { code: "import MockAdapter from 'axios-mock-adapter';", options: [{ modules: ['superagent'] }] },
      // allowTypeImports and checkMocks apply to companions as to the client
      { code: "import type { IAxiosRetryConfig } from 'axios-retry';", options: [{ allowTypeImports: true }] },
      ...[undefined, maily].map((settings) => ({
        code: "jest.mock('axios-mock-adapter');",
        options: [{ checkMocks: false }],
        ...(settings && { settings }),
      })),
      // the standardized client's own package may build on them
      {
        code: "import axiosRetry from 'axios-retry';",
        settings: workspaceSettings({ http: { module: '@fixture/redis' } }),
        filename: inWorkspace('packages/redis/src/http.ts'),
      },
    ],
    invalid: [
      ...loadFormCases('axios-retry'),
      ...everyLoadForm(
        'axios-mock-adapter',
        "mock HttpClient with its testing module '@maily/error-handling/http-client/testing'.",
        maily,
      ),
      ...everyLoadForm('@nestjs/axios', `use ${HTTP} directly (${HTTP_WHY}).`, maily),
      // every loadable companion in the data, with the advice of its kind
      ...bannedClient('no-axios')
        .companions.filter((c) => c.kind !== 'types')
        .map(({ module, kind }) => ({
          code: `const loaded = require('${module}');`,
          settings: maily,
          errors: [
            {
              at: `'${module}'`,
              messageId: messageIdOf(module),
              data: companionData(
                module,
                {
                  mock: "mock HttpClient with its testing module '@maily/error-handling/http-client/testing'.",
                  plugin: `use the retries and caching built into ${HTTP} (${HTTP_WHY}).`,
                  framework: `use ${HTTP} directly (${HTTP_WHY}).`,
                }[kind as Exclude<CompanionKind, 'types'>],
              )(`'${module}'`),
            },
          ],
        })),
      // a companion works on the client itself: renaming the client under it would hand it the target, so the
      // client's loads in that file are left for a person, who migrates both together
      {
        code: dedent`
          import axios from 'axios';
          import axiosRetry from 'axios-retry';
          axiosRetry(axios, { retries: 3 });
          export const get = (url: string) => axios.get(url);
        `,
        settings: maily,
        errors: [
          axiosBesideCompanion('axios-retry'),
          {
            at: "'axios-retry'",
            data: companionData(
              'axios-retry',
              `use the retries and caching built into ${HTTP} (${HTTP_WHY}).`,
            )("'axios-retry'"),
          },
        ],
      },
      {
        code: dedent`
          const axios = require('axios');
          const MockAdapter = require('axios-mock-adapter');
          const mock = new MockAdapter(axios);
        `,
        settings: maily,
        only: isCommonJs,
        errors: [
          axiosBesideCompanion('axios-mock-adapter'),
          {
            at: "'axios-mock-adapter'",
            messageId: 'companion/mock',
            data: companionData(
              'axios-mock-adapter',
              "mock HttpClient with its testing module '@maily/error-handling/http-client/testing'.",
            )("'axios-mock-adapter'"),
          },
        ],
      },
      // companions in a require() and in a test mock
      {
        code: dedent`
          const MockAdapter = require('axios-mock-adapter');
          jest.mock('moxios');
        `,
        only: isCommonJs,
        errors: [
          {
            at: "'axios-mock-adapter'",
            messageId: 'companion/mock',
            data: companionData('axios-mock-adapter', 'mock HttpClient instead.')("'axios-mock-adapter'"),
          },
          {
            at: "'moxios'",
            messageId: 'companion/mock',
            data: companionData('moxios', 'mock HttpClient instead.')("'moxios'"),
          },
        ],
      },
      // a target without a testing module is named by its module, a file target by this file's path to it
      {
        code: "import MockAdapter from 'axios-mock-adapter';",
        settings: { 'standard-clients': { http: { module: '@org/http', guide: 'https://wiki.example.com/http' } } },
        errors: [
          {
            at: "'axios-mock-adapter'",
            messageId: 'companion/mock',
            data: companionData(
              'axios-mock-adapter',
              "mock HttpClient from '@org/http' instead. See https://wiki.example.com/http for the migration guide.",
            )("'axios-mock-adapter'"),
          },
        ],
      },
      {
        code: "import axiosRetry from 'axios-retry';",
        settings: workspaceSettings({}),
        filename: inWorkspace('services/api/src/client.ts'),
        options: [{ target: { file: 'packages/http/src/index.ts', name: 'Http', advice: 'retries built in' } }],
        errors: [
          {
            at: "'axios-retry'",
            data: companionData(
              'axios-retry',
              "use the retries and caching built into Http from '../../../packages/http/src/index' (retries built in).",
            )("'axios-retry'"),
          },
        ],
      },
      // a rule's message replaces the advice of its companions too
      {
        code: "import axiosRetry from 'axios-retry';",
        options: [{ message: 'see docs/http.md.' }],
        errors: [{ at: "'axios-retry'", data: companionData('axios-retry', 'see docs/http.md.')("'axios-retry'") }],
      },
      // a companion listed in modules is banned outright, not a companion any more
      {
        code: "import axiosRetry from 'axios-retry';",
        options: [{ modules: ['axios', 'axios-retry'] }],
        errors: [
          {
            at: "'axios-retry'",
            messageId: 'banned',
            data: { module: 'axios-retry', advice: 'use HttpClient instead.' },
          },
        ],
      },
    ],
  },
);

runRuleCases(
  'no-legacy-redis companions',
  legacyRedisRule,
  {
    messageId: 'companion/mock',
    data: companionData('ioredis-mock', "mock RedisClient with its testing module '@maily/database/redis/testing'."),
  },
  {
    valid: [
      ...nonLoadCases('ioredis-mock'),
      ...['redis-lock', 'redlock', 'connect-redis', 'bull', '@types/ioredis', '@types/redis-mock'].map((m) => ({
        code: `import client from '${m}';`,
        settings: maily,
      })),
      { code: "import RedisMock from 'ioredis-mock';", options: [{ modules: ['redis'] }] },
      // the standardized client's own workspace package may use the mock in its tests
      {
        code: "import RedisMock from 'ioredis-mock';",
        settings: workspaceSettings({ redis: { module: '@fixture/redis' } }),
        filename: inWorkspace('packages/redis/src/client.test.ts'),
      },
    ],
    invalid: [
      ...loadFormCases('ioredis-mock').map((c) => ({ ...c, settings: maily })),
      {
        code: "const redis = require('redis-mock');",
        errors: [
          {
            at: "'redis-mock'",
            data: companionData('redis-mock', 'mock RedisClient instead.')("'redis-mock'"),
          },
        ],
      },
    ],
  },
);

// node-fetch's companions are all `@types`: silent in code.
runRuleCases(
  'no-node-fetch companions',
  nodeFetchRule,
  { messageId: 'banned', data: () => ({}) },
  {
    valid: [
      { code: "import type { RequestInit } from '@types/node-fetch';", settings: maily },
      { code: "type Fetch = typeof import('@types/isomorphic-fetch');", settings: maily },
    ],
    invalid: [],
  },
);

// no-restricted-clients: a client lists its own companions; `of` defaults to its first module.
const restricted = [
  {
    clients: [
      {
        modules: ['got', 'got-cjs'],
        name: 'HttpClient',
        target: { module: '@org/http', testing: '@org/http/testing' },
        companions: [
          { module: 'got-mock', kind: 'mock', reason: 'stubs got in tests' },
          { module: 'got-cache', kind: 'plugin', reason: 'caches got-cjs responses', of: 'got-cjs' },
          { module: '@types/got', kind: 'types', reason: 'types got' },
        ],
      },
    ],
  },
] as const;

runRuleCases(
  'no-restricted-clients companions',
  restrictedClientsRule,
  { messageId: 'companion/mock', data: () => ({}) },
  {
    valid: [
      { code: "import type { Got } from '@types/got';", options: restricted },
      { code: "import mock from 'got-mock';", options: [{ clients: [{ modules: ['got'] }] }] },
    ],
    invalid: [
      {
        code: "import mock from 'got-mock';\nimport cache from 'got-cache';",
        options: restricted,
        errors: [
          {
            at: "'got-mock'",
            data: {
              module: 'got-mock',
              reason: 'stubs got in tests',
              of: 'got',
              advice: "mock HttpClient with its testing module '@org/http/testing'.",
            },
          },
          {
            at: "'got-cache'",
            messageId: 'companion/plugin',
            data: {
              module: 'got-cache',
              reason: 'caches got-cjs responses',
              of: 'got-cjs',
              advice: "use the retries and caching built into HttpClient from '@org/http'.",
            },
          },
        ],
      },
    ],
  },
);
