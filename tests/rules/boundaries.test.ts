import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { afterEach, describe, expect, it, vi } from 'vitest';
import axiosRule from '../../rules/no-axios.js';
import globalFetchRule from '../../rules/no-global-fetch.js';
import legacyRedisRule from '../../rules/no-legacy-redis.js';
import { notFixedMessageId } from '../../src/fixes/reasons.js';
import plugin from '../../src/index.js';
import { FRESH_MS } from '../../src/project/file-facts.js';
import { runRuleCases } from '../helpers/rule-cases.js';
import { createWorkspace, packageManagerWorkspace } from '../helpers/workspace.js';

// A fix never crosses a boundary: the files that make up a wrapper are never reported or rewritten, a module
// target is written only where the file's package declares it, and a fix never makes a client load itself.

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * A single-package app with its own wrappers, split the way real wrappers are: an index that re-exports an
 * implementation, which loads helpers through a relative path, a tsconfig alias and a package.json import; one
 * helper loads the index back (a cycle).
 */
const app = createWorkspace({
  'package.json': json({
    name: 'app',
    type: 'module',
    imports: { '#http-internal': './src/platform/http/internal.ts' },
    dependencies: { axios: '^1.7.0', ioredis: '^5.0.0' },
  }),
  'tsconfig.json': `{
  // comments and trailing commas, as tsconfig files are written
  "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["src/*"], }, },
}
`,
  'src/platform/http/index.ts': "export * from './client';\nexport { retry } from '@/platform/http/retry';\n",
  'src/platform/http/client.ts':
    "import axios from 'axios';\nimport { backoff } from './backoff.js';\nimport '#http-internal';\n" +
    'export const httpClient = axios.create();\nexport const fetch = (url: string) => globalThis.fetch(url);\n' +
    'export { backoff };\n',
  'src/platform/http/backoff.ts': "import { httpClient } from './index';\nexport const backoff = () => httpClient;\n",
  'src/platform/http/retry.ts': "import { isAxiosError } from 'axios';\nexport const retry = isAxiosError;\n",
  'src/platform/http/internal.ts': "import axios from 'axios';\nexport default axios.defaults;\n",
  'src/platform/http/unused.ts': "import axios from 'axios';\nexport const head = (url: string) => axios.head(url);\n",
  'src/platform/redis/index.ts': "export { RedisClient } from './redis-client';\n",
  'src/platform/redis/redis-client.ts': "import Redis from 'ioredis';\nexport class RedisClient extends Redis {}\n",
});

const appSettings = {
  'standard-clients': {
    root: app,
    http: {
      file: 'src/platform/http/index.ts',
      globals: { fetch: 'fetch' },
      mappings: { axios: { default: 'httpClient', surface: ['get', 'head'] } },
    },
    redis: { file: 'src/platform/redis/index.ts', mappings: { ioredis: { default: 'RedisClient' } } },
  },
};

const USERS = "import axios from 'axios';\nexport const users = axios.get('/users');\n";
const inApp = (file: string) => path.join(app, file);
const fromApp = (file: string, code: string) => ({ code, filename: inApp(file), settings: appSettings });

runRuleCases(
  'no-axios: a file target is its closure',
  axiosRule,
  { messageId: 'banned', data: () => ({ module: 'axios', advice: "use HttpClient from './index'." }) },
  {
    valid: [
      // the target, what it re-exports, a cycle back to the index, a tsconfig alias, a package.json import
      ...['index.ts', 'client.ts', 'backoff.ts', 'retry.ts', 'internal.ts'].map((file) =>
        fromApp(`src/platform/http/${file}`, "import axios from 'axios';\nexport const a = axios.get('/');\n"),
      ),
      // `allow` in the settings exempts files for every rule; a rule's own `allow` adds to it
      ...['src/legacy/old.ts', 'src/vendor/sdk.ts'].map((file) => ({
        code: USERS,
        filename: inApp(file),
        settings: { 'standard-clients': { ...appSettings['standard-clients'], allow: ['src/legacy/**'] } },
        options: [{ allow: ['src/vendor/**'] }],
      })),
      // the Redis wrapper's files are exempt from every rule, not only from its own
      fromApp('src/platform/redis/redis-client.ts', "import axios from 'axios';\naxios.get('/health');\n"),
    ],
    invalid: [
      // a file beside the wrapper that the wrapper does not load is the app's code
      {
        ...fromApp('src/platform/http/unused.ts', "import axios from 'axios';\nexport const head = axios.head('/');\n"),
        output: "import { httpClient } from './index';\nexport const head = httpClient.head('/');\n",
        errors: [{ at: "'axios'" }],
      },
      {
        ...fromApp('src/services/users.ts', "import axios from 'axios';\nexport const users = axios.get('/users');\n"),
        output:
          "import { httpClient } from '../platform/http/index';\nexport const users = httpClient.get('/users');\n",
        errors: [{ at: "'axios'", data: { module: 'axios', advice: "use HttpClient from '../platform/http/index'." } }],
      },
    ],
  },
);

runRuleCases(
  'no-global-fetch: the HTTP wrapper may use the global fetch',
  globalFetchRule,
  {
    messageId: 'banned',
    data: () => ({ global: 'fetch', advice: "use HttpClient from '../platform/http/index'." }),
  },
  {
    valid: [fromApp('src/platform/http/client.ts', 'export const get = (url: string) => fetch(url);\n')],
    invalid: [
      {
        ...fromApp('src/services/ping.ts', "export const ping = () => fetch('/ping');\n"),
        output: "import { fetch } from '../platform/http/index';\n\nexport const ping = () => fetch('/ping');\n",
        errors: [{ at: 'fetch' }],
      },
    ],
  },
);

runRuleCases(
  'no-legacy-redis: the Redis wrapper extends ioredis',
  legacyRedisRule,
  {
    messageId: 'banned',
    data: () => ({ module: 'ioredis', advice: "use RedisClient from '../platform/redis/index'." }),
  },
  {
    valid: [
      fromApp(
        'src/platform/redis/redis-client.ts',
        "import Redis from 'ioredis';\nexport class RedisClient extends Redis {}\n",
      ),
    ],
    invalid: [
      {
        ...fromApp('src/jobs/cache.ts', "import Redis from 'ioredis';\nexport const cache = new Redis();\n"),
        output: "import { RedisClient } from '../platform/redis/index';\nexport const cache = new RedisClient();\n",
        // The mapping states no promises for the class: the fix rests on its word.
        errors: [{ at: "'ioredis'", messageId: 'banned/unproven' }],
      },
    ],
  },
);

/**
 * A wrapper whose index loads what no resolution the plugin knows can find (a bundler's own alias): the file it
 * may name is not in the closure, so it is reported, but a fix importing the index there could make a cycle.
 */
const aliased = createWorkspace({
  'package.json': json({ name: 'aliased', dependencies: { axios: '1' } }),
  'src/http/index.ts': "export * from '~generated/client';\n",
  'src/generated/client.ts': "import axios from 'axios';\nexport const httpClient = axios.create();\n",
  'src/http/loop.ts': '',
});
// A symlink loop among the wrapper's files: what it loads is unknown.
const looped = createWorkspace({
  'package.json': json({ name: 'looped', dependencies: { axios: '1' } }),
  'src/http/index.ts': "export * from './loop';\n",
  'src/users.ts': '',
});
symlinkSync(path.join(looped, 'src/http/loop.ts'), path.join(looped, 'src/http/loop.ts'));

const guarded = (root: string) => ({
  'standard-clients': {
    root,
    http: { file: 'src/http/index.ts', mappings: { axios: { default: 'httpClient', surface: ['get'] } } },
  },
});

runRuleCases(
  'no-axios: the last guard',
  axiosRule,
  { messageId: 'banned', data: () => ({}) },
  {
    valid: [],
    invalid: [
      {
        code: "import axios from 'axios';\nexport const client = axios.get('/');\n",
        filename: path.join(aliased, 'src/generated/client.ts'),
        settings: guarded(aliased),
        errors: [
          {
            at: "'axios'",
            messageId: notFixedMessageId('targetMayLoadFile'),
            data: {
              module: 'axios',
              advice: "use HttpClient from '../http/index'.",
              specifier: '~generated/client',
              from: 'src/http/index.ts',
            },
          },
        ],
      },
      {
        code: "import axios from 'axios';\nexport const users = axios.get('/users');\n",
        filename: path.join(looped, 'src/users.ts'),
        settings: guarded(looped),
        errors: [
          {
            at: "'axios'",
            messageId: notFixedMessageId('unreadableFile'),
            data: {
              module: 'axios',
              advice: "use HttpClient from './http/index'.",
              file: 'src/http/loop.ts',
              problem: 'a symlink loop',
            },
          },
        ],
      },
    ],
  },
);

const moduleTarget = (root: string) => ({
  'standard-clients': {
    root,
    http: { module: '@acme/http', version: '^1.2.0', mappings: { axios: { default: 'httpClient', surface: ['get'] } } },
  },
});
const advice = "use HttpClient from '@acme/http'.";

for (const layout of ['npm', 'yarn-berry', 'pnpm'] as const) {
  const root = packageManagerWorkspace(layout);
  const at = (file: string) => ({ filename: path.join(root, file), settings: moduleTarget(root) });
  runRuleCases(
    `no-axios: a module target in a ${layout} workspace`,
    axiosRule,
    { messageId: 'banned', data: () => ({ module: 'axios', advice }) },
    {
      valid: [
        // every file of the target's own package, its tests too, found by its name without any link
        { code: USERS, ...at('packages/http/src/index.ts') },
        { code: "import axios from 'axios';\nvi.mock('axios');\n", ...at('packages/http/test/index.test.ts') },
      ],
      invalid: [
        // declared with the workspace protocol: fixed
        {
          code: USERS,
          ...at('apps/web/src/users.ts'),
          output: "import { httpClient } from '@acme/http';\nexport const users = httpClient.get('/users');\n",
          errors: [{ at: "'axios'" }],
        },
        // not declared: the import would not resolve under pnpm
        {
          code: USERS,
          ...at('apps/admin/src/users.ts'),
          errors: [
            {
              at: "'axios'",
              messageId: notFixedMessageId('undeclaredTarget'),
              data: { module: 'axios', advice, manifest: 'apps/admin/package.json', package: '@acme/http' },
            },
          ],
        },
        // the root's own manifest counts: a file under it imports only what it declares
        {
          code: USERS,
          ...at('tools/seed.ts'),
          errors: [
            {
              at: "'axios'",
              messageId: notFixedMessageId('undeclaredTarget'),
              data: { module: 'axios', advice, manifest: 'package.json', package: '@acme/http' },
            },
          ],
        },
        // a manifest that does not parse is named, and nothing crashes
        {
          code: USERS,
          ...at('apps/broken/src/users.ts'),
          errors: [
            {
              at: "'axios'",
              messageId: notFixedMessageId('unreadableFile'),
              data: {
                module: 'axios',
                advice,
                file: 'apps/broken/package.json',
                problem: 'not valid JSON',
              },
            },
          ],
        },
      ],
    },
  );
}

// Without any manifest between a file and the root, a loose script may import the target.
const scripts = createWorkspace({ 'scripts/upload.ts': '' });
runRuleCases(
  'no-axios: a loose script',
  axiosRule,
  { messageId: 'banned', data: () => ({ module: 'axios', advice }) },
  {
    valid: [],
    invalid: [
      {
        code: USERS,
        filename: path.join(scripts, 'scripts/upload.ts'),
        settings: moduleTarget(scripts),
        output: "import { httpClient } from '@acme/http';\nexport const users = httpClient.get('/users');\n",
        errors: [{ at: "'axios'" }],
      },
    ],
  },
);

describe('an editor session sees the project change without a restart', () => {
  const config = (root: string): Linter.Config[] => [
    { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
    {
      plugins: { 'standard-clients': plugin },
      settings: moduleTarget(root),
      rules: { 'standard-clients/no-axios': 'error' },
    },
  ];
  const messageIds = (root: string, file: string) =>
    new Linter({ configType: 'flat', cwd: root })
      .verify(USERS, config(root), path.join(root, file))
      .map((message) => message.messageId);

  afterEach(() => vi.useRealTimers());

  it('an edited manifest: a dependency added while the editor runs makes the load fixable', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const root = packageManagerWorkspace('pnpm');
    expect(messageIds(root, 'apps/admin/src/users.ts')).toEqual(['notFixed/undeclaredTarget']);
    writeFileSync(
      path.join(root, 'apps/admin/package.json'),
      JSON.stringify({ name: 'admin', dependencies: { '@acme/http': 'workspace:^', axios: '^1.7.0' } }),
    );
    // Read facts are kept for a moment, so that a CLI run does not stat them for every file.
    vi.advanceTimersByTime(FRESH_MS + 1);
    expect(messageIds(root, 'apps/admin/src/users.ts')).toEqual(['banned']);
  });

  it('a wrapper that starts loading a file: the file becomes the client', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const root = createWorkspace({
      'src/http/index.ts': 'export {};\n',
      'src/http/legacy.ts': '',
    });
    const settings = guarded(root);
    const lint = () =>
      new Linter({ configType: 'flat', cwd: root })
        .verify(
          USERS,
          [
            { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
            { plugins: { 'standard-clients': plugin }, settings, rules: { 'standard-clients/no-axios': 'error' } },
          ],
          path.join(root, 'src/http/legacy.ts'),
        )
        .map((message) => message.messageId);
    expect(lint()).toEqual(['banned']);
    writeFileSync(path.join(root, 'src/http/index.ts'), "export * from './legacy';\n");
    vi.advanceTimersByTime(FRESH_MS + 1);
    expect(lint()).toEqual([]);
  });
});
