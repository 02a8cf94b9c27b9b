import rule from '../../rules/no-legacy-redis.js';
import { runRuleCases } from '../helpers/rule-cases.js';
import { inWorkspace, workspaceSettings } from '../helpers/workspace.js';
import { loadFormCases, nonLoadCases } from './load-forms.js';

const advice = 'use RedisClient instead.';
const others = [
  'ioredis',
  'async-redis',
  'handy-redis',
  'then-redis',
  'promise-redis',
  'tedis',
  'iovalkey',
  '@valkey/valkey-glide',
];

runRuleCases(
  'no-legacy-redis',
  rule,
  { messageId: 'banned', data: (at) => ({ module: at.slice(1, -1), advice }) },
  {
    valid: [
      ...nonLoadCases('redis'),
      ...nonLoadCases('@redis/client'),
      ...nonLoadCases('iovalkey'),
      ...nonLoadCases('@valkey/valkey-glide'),
      ...['redis-lock', '@redis/json', '@redis/search', 'connect-redis', 'redis-om', '@types/redis'].map((m) => ({
        code: `import client from '${m}';`,
      })),
      { code: "import { createRedisClient } from '@maily/database/redis';" },
      {
        code: "import { createClient } from 'redis';",
        settings: { 'standard-clients': { redis: { module: '@maily/database/redis' } } },
        filename: 'packages/database/src/redis.ts',
        options: [{ allow: ['packages/database/**'] }],
      },
      // another client's own package (one that publishes a file target) is exempt from every rule
      {
        code: "import { createClient } from 'redis';",
        settings: workspaceSettings({
          redis: { module: '@fixture/redis' },
          http: { file: 'packages/http/src/index.ts' },
        }),
        filename: inWorkspace('packages/http/src/cache.ts'),
      },
      // a module target's own workspace package (linked into node_modules) wraps the library: no allow needed
      {
        code: "import { createClient } from 'redis';",
        settings: workspaceSettings({ redis: { module: '@fixture/redis' } }),
        filename: inWorkspace('packages/redis/src/client.ts'),
      },
    ],
    invalid: [
      // a target in the project's own package does not exempt the project
      {
        code: "import { createClient } from 'redis';",
        settings: workspaceSettings({ redis: { module: 'fixture-monorepo/redis' } }),
        filename: inWorkspace('src/cache.ts'),
        errors: [
          {
            at: "'redis'",
            messageId: 'notFixed/noModuleMapping',
            data: {
              module: 'redis',
              advice: "use RedisClient from 'fixture-monorepo/redis'.",
              bannedModule: 'redis',
              target: 'fixture-monorepo/redis',
            },
          },
        ],
      },
      ...loadFormCases('redis'),
      ...loadFormCases('@redis/client'),
      {
        code: "import { RedisClient } from '@redis/client/dist/lib/client';",
        errors: [{ at: "'@redis/client/dist/lib/client'" }],
      },
      ...others.flatMap((m) => [
        { code: `import Redis from '${m}';`, errors: [{ at: `'${m}'` }] },
        { code: `import { Cluster } from '${m}';`, errors: [{ at: `'${m}'` }] },
        { code: `const Redis = require('${m}');`, errors: [{ at: `'${m}'` }] },
        { code: `import Redis = require('${m}');`, errors: [{ at: `'${m}'` }] },
        { code: `jest.mock('${m}');`, errors: [{ at: `'${m}'` }] },
      ]),
      {
        code: "import { createClient } from 'redis';",
        settings: { 'standard-clients': { redis: { module: '@maily/database/redis' } } },
        errors: [
          {
            at: "'redis'",
            messageId: 'notFixed/noModuleMapping',
            data: {
              module: 'redis',
              advice: "use RedisClient from '@maily/database/redis'.",
              bannedModule: 'redis',
              target: '@maily/database/redis',
            },
          },
        ],
      },
    ],
  },
);
