import * as tsParser from '@typescript-eslint/parser';
import { type InvalidTestCase, RuleTester } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import { ESLint } from 'eslint';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, it } from 'vitest';
import noAxios from '../../rules/no-axios.js';
import noLegacyRedis from '../../rules/no-legacy-redis.js';
import noNodeFetch from '../../rules/no-node-fetch.js';
import plugin from '../../src/index.js';
import { locate } from '../helpers/rule-cases.js';

/**
 * A project linted with type information: src/ holds the files under test, whose banned clients are the installed
 * axios, redis and ioredis and an ambient `declare module 'cross-fetch'` (types/legacy.d.ts). The HTTP target is a
 * workspace package with `exports` and `types` (packages/http), linked as a package manager would; the Redis
 * target is a file of the project (lib/redis.ts). The mappings state no promises: the types are the proof.
 */
const FIXTURE = fileURLToPath(new URL('../fixtures/typed', import.meta.url));
mkdirSync(path.join(FIXTURE, 'node_modules/@fixture'), { recursive: true });
try {
  symlinkSync('../../packages/http', path.join(FIXTURE, 'node_modules/@fixture/http'), 'dir');
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
}

const HTTP = '@fixture/http/client';
const REDIS = '../lib/redis.js';
const axios = { default: 'httpClient', named: { AxiosError: 'HttpClientError' } };
const targets = (http: Record<string, unknown> = {}) => ({
  'standard-clients': {
    root: FIXTURE,
    http: {
      module: HTTP,
      mappings: {
        axios,
        'cross-fetch': { default: 'fetch', named: { Headers: 'Headers' } },
        'isomorphic-unfetch': { default: 'fetch' },
      },
      ...http,
    },
    redis: {
      file: 'lib/redis.ts',
      extension: 'js',
      mappings: {
        redis: { named: { createClient: 'createRedisClient', RedisClientType: 'RedisClient' } },
        ioredis: { default: 'RedisClient', named: { Redis: 'RedisClient' } },
      },
    },
  },
});
const settings = targets();

const typed = new RuleTester({
  languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['*.ts*'] }, tsconfigRootDir: FIXTURE } },
});
const untyped = new RuleTester({ languageOptions: { parserOptions: { tsconfigRootDir: FIXTURE } } });

const source = (file: string) => {
  const filename = path.join(FIXTURE, 'src', file);
  return { filename, code: readFileSync(filename, 'utf8') };
};

const advice = (module: string) =>
  module === 'redis' || module === 'ioredis' ? `use RedisClient from '${REDIS}'.` : `use HttpClient from '${HTTP}'.`;

type Case = InvalidTestCase<string, readonly unknown[]>;

/** The file's one load of `module`, left for a person for `key` (with `data`). */
function manual(file: string, module: string, key: string, data: Record<string, string>): Case {
  const { filename, code } = source(file);
  return {
    filename,
    code,
    settings,
    output: null,
    errors: [
      {
        messageId: `notFixed/${key}`,
        data: { module, advice: advice(module), ...data },
        ...locate(code, `'${module}'`),
        suggestions: [],
      },
    ],
  };
}

/** What the untyped planner says of `axios.get` and `axios.post` outside any stated surface. */
const getAndPostUnaccounted = {
  members: "members 'get', 'post'",
  object: 'axios',
  are: 'are',
  surface: 'httpClient',
};

const mismatch = (file: string, module: string, line: number, problem: string) =>
  manual(file, module, 'typeMismatch', { line: String(line), problem });

/** The file's one load of `module`, fixed (`banned`: proven; `banned/unproven`: on the mapping's word). */
function fixed(file: string, module: string, output: string, messageId = 'banned'): Case {
  const { filename, code } = source(file);
  return {
    filename,
    code,
    settings,
    output,
    errors: [{ messageId, data: { module, advice: advice(module) }, ...locate(code, `'${module}'`) }],
  };
}

const run = (tester: RuleTester, name: string, rule: TSESLint.RuleModule<string, readonly unknown[]>, cases: Case[]) =>
  tester.run(name, rule, { valid: [], invalid: cases });

const PAGE_TITLE_FIXED = `import { httpClient, HttpClientError } from '${HTTP}';

export async function pageTitle(url: string): Promise<string | undefined> {
  try {
    const { data, status } = await httpClient.get<string>(url, { timeout: 1000 });
    await httpClient.post('/seen', { url, status });
    return status === 200 ? data : undefined;
  } catch (error) {
    if (error instanceof HttpClientError) return error.message;
    throw error;
  }
}
`;

run(typed, 'type proof: axios onto a module target (exports and types)', noAxios, [
  // Proven without a stated surface: `get` and `post` (a generic body) fit HttpClient's, and the destructured
  // response has `data` and `status`.
  fixed('page-title.ts', 'axios', PAGE_TITLE_FIXED),
  // Narrowed by instanceof, read through optional chaining: HttpClientError has no `response`.
  mismatch('error-status.ts', 'axios', 4, "'HttpClientError' has no member 'response' (read on 'AxiosError')"),
  // Narrowed by the guard to AxiosError, which this mapping does not map.
  {
    ...mismatch('error-code.ts', 'axios', 4, `'AxiosError' has no counterpart in '${HTTP}' ('code' read on it)`),
    settings: targets({
      mappings: { axios: { default: 'httpClient', members: { isAxiosError: 'isHttpClientError' } } },
    }),
  },
  // require() in a TypeScript file is `any`: its uses escape the types, and the untyped planner decides.
  manual('required.ts', 'axios', 'unaccountedMembers', {
    members: "member 'get'",
    object: 'axios',
    are: 'is',
    surface: 'httpClient',
  }),
  // A target the program cannot resolve proves nothing either.
  {
    ...manual('page-title.ts', 'axios', 'unaccountedMembers', {
      ...getAndPostUnaccounted,
      advice: "use HttpClient from '@fixture/http/absent'.",
    }),
    settings: targets({ module: '@fixture/http/absent' }),
  },
]);

run(typed, 'type proof: redis and ioredis onto a file target', noLegacyRedis, [
  fixed(
    'sessions.ts',
    'ioredis',
    `import { RedisClient } from '${REDIS}';

const redis = new RedisClient('redis://localhost:6379');

export const session = (id: string) => redis.get(\`session:\${id}\`);
`,
  ),
  // A namespace import: the factory's client is what the target's factory returns. The client is exported: the
  // types prove this file's uses, not those of the files that import it, so the fix rests on the mapping's word.
  fixed(
    'publisher.ts',
    'redis',
    `import { createRedisClient } from '${REDIS}';

export const publisher = createRedisClient({ url: 'redis://localhost:6379' });

export const remember = (key: string, value: string) => publisher.set(key, value);
`,
    'banned/unproven',
  ),
  // Where the mapping states what the client has, an exported client is left for a person, types or not.
  {
    ...manual('publisher.ts', 'redis', 'valueEscapes', {
      value: "the value 'redis.createClient()' returns",
      line: '3',
      how: 'is exported',
    }),
    settings: {
      'standard-clients': {
        ...settings['standard-clients'],
        redis: {
          ...settings['standard-clients'].redis,
          mappings: {
            redis: {
              named: { createClient: 'createRedisClient' },
              promises: { createClient: { returns: ['set', 'get'] } },
            },
          },
        },
      },
    },
  },
  // The awaited import() of a CommonJS package (typed by an anonymous copy of its namespace): the factory's own
  // type maps it, and its options literal names a property the target's options lack.
  mismatch(
    'lazy-client.ts',
    'redis',
    3,
    "no signature of 'createRedisClient' takes ({ url: string; database: number })",
  ),
  // The client of a mapped factory: redis 3's callback call fits no signature of the promise client.
  mismatch(
    'callback-cache.ts',
    'redis',
    6,
    "no signature of 'RedisClient.get' takes (string, (error: any, value: any) => void)",
  ),
  mismatch('rate-limit.ts', 'ioredis', 6, "'RedisClient' has no member 'multi' (read on 'Redis')"),
]);

run(typed, 'type proof: a banned package declared ambiently', noNodeFetch, [
  // The response is returned to callers the types of this file do not see: fixed on the mapping's word.
  fixed(
    'ping.ts',
    'cross-fetch',
    `import { fetch } from '${HTTP}';\n\nexport const ping = (url: string) => fetch(url, { method: 'HEAD' });\n`,
    'banned/unproven',
  ),
  mismatch('raw-headers.ts', 'cross-fetch', 6, "'Headers' has no member 'raw' (read on 'Headers')"),
  // A default export typed by the DOM's fetch is known by its binding: its members are still checked.
  mismatch('polyfill-flag.ts', 'isomorphic-unfetch', 3, "'fetch' has no member 'polyfill' (read on 'fetch')"),
]);

// Before a migration no file imports the target, so the project's program does not hold it (migrating/ has a
// tsconfig of its own, without lib/ and packages/): the proof reads the target into the same program, and the
// types judge as before.
const inMigrating = (c: Case): Case => {
  const filename = path.join(FIXTURE, 'migrating', path.basename(c.filename!));
  return { ...c, filename };
};
run(typed, 'type proof: targets outside the program (module target)', noAxios, [
  inMigrating(fixed('page-title.ts', 'axios', PAGE_TITLE_FIXED)),
  inMigrating(
    mismatch('error-status.ts', 'axios', 4, "'HttpClientError' has no member 'response' (read on 'AxiosError')"),
  ),
]);
run(typed, 'type proof: targets outside the program (file target)', noLegacyRedis, [
  inMigrating(mismatch('rate-limit.ts', 'ioredis', 6, "'RedisClient' has no member 'multi' (read on 'Redis')")),
  inMigrating(
    mismatch(
      'callback-cache.ts',
      'redis',
      6,
      "no signature of 'RedisClient.get' takes (string, (error: any, value: any) => void)",
    ),
  ),
]);

// Without type information, the same files get what the untyped evidence gives: a default's member outside any
// stated surface stays manual, and a fix with nothing stated rests on the mapping's word.
run(untyped, 'type proof: the same files without type information', noAxios, [
  manual('page-title.ts', 'axios', 'unaccountedMembers', getAndPostUnaccounted),
  fixed(
    'error-status.ts',
    'axios',
    `import { HttpClientError } from '${HTTP}';

export function statusOf(error: unknown): number | undefined {
  if (error instanceof HttpClientError) return error.response?.status;
  return undefined;
}
`,
    'banned/unproven',
  ),
]);

// What the proof is for: every file it lets `--fix` rewrite still type-checks against the target.
it('type proof: every file a typed --fix rewrites still type-checks', async () => {
  const eslint = new ESLint({
    cwd: FIXTURE,
    overrideConfigFile: true,
    overrideConfig: {
      files: ['**/*.ts'],
      plugins: { 'standard-clients': plugin },
      languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: FIXTURE } },
      settings,
      rules: {
        'standard-clients/no-axios': 'error',
        'standard-clients/no-legacy-redis': 'error',
        'standard-clients/no-node-fetch': 'error',
      },
    },
    fix: true,
  });
  const results = await eslint.lintFiles(['src']);
  const fixed = new Map(results.flatMap((r) => (r.output === undefined ? [] : [[r.filePath, r.output] as const])));
  expect([...fixed.keys()].map((file) => path.basename(file)).sort()).toEqual([
    'page-title.ts',
    'ping.ts',
    'publisher.ts',
    'sessions.ts',
  ]);
  const { options, fileNames } = ts.parseJsonConfigFileContent(
    ts.readConfigFile(path.join(FIXTURE, 'tsconfig.json'), ts.sys.readFile).config,
    ts.sys,
    FIXTURE,
  );
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => fixed.get(path.resolve(file)) ?? readFile(file);
  const program = ts.createProgram(fileNames, options, host);
  for (const [file, output] of fixed) expect(program.getSourceFile(file)?.text).toBe(output);
  const problems = [...fixed.keys()].flatMap((file) =>
    ts
      .getPreEmitDiagnostics(program, program.getSourceFile(file))
      .map((d) => `${path.basename(file)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`),
  );
  expect(problems).toEqual([]);
});
