import path from 'node:path';
import json from '@eslint/json';
import { ESLint, type Linter, RuleTester } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-banned-dependencies.js';
import { mailySettings } from '../../src/configs.js';
import plugin from '../../src/index.js';
import { locate } from '../helpers/rule-cases.js';
import { createWorkspace, inWorkspace, packageManagerWorkspace, workspace } from '../helpers/workspace.js';

const tester = new RuleTester({
  plugins: { json },
  language: 'json/json',
  settings: { 'standard-clients': mailySettings },
});
/** For settings of a case's own, which a tester's default settings would be merged into. */
const bareTester = new RuleTester({ plugins: { json }, language: 'json/json' });

const HTTP = '@maily/error-handling';
const REDIS = '@maily/database';
const httpAdvice = `depend on '${HTTP}' and use HttpClient (standardized retries, pooling and error mapping).`;
const redisAdvice = `depend on '${REDIS}' and use RedisClient (modern async API and connection pooling).`;

const manifest = (body: Record<string, unknown>) => `${JSON.stringify(body, null, 2)}\n`;

/** One package, no workspaces: the wrapper lives in the app, whose manifest declares what the wrapper imports. */
const singleApp = createWorkspace({
  'package.json': manifest({ name: 'app', dependencies: { axios: '1', 'node-fetch': '3' } }),
  'src/lib/http.ts': "import axios from 'axios';\nexport const http = axios;\n",
});

/** A folder outside any workspace or package: manifests linted there see only the settings. */
const loose = createWorkspace({});
const looseManifest = path.join(loose, 'package.json');

interface Expected {
  key: string;
  /** The package the key names, when the key carries a version or a path. */
  module?: string;
  section: string;
  nth?: number;
  advice?: string;
  remove: string;
  messageId?: string;
  data?: Record<string, string>;
}

/** A report at the quoted key, with the exact output of its removal suggestion. */
function report(
  code: string,
  { key, module = key, section, nth, advice = httpAdvice, remove, messageId, data }: Expected,
) {
  return {
    messageId: messageId ?? 'banned',
    data: { ...data, module, section, advice },
    ...locate(code, JSON.stringify(key), nth),
    suggestions: [{ messageId: 'remove', data: { module, section }, output: remove }],
  };
}

/** The finding that a target's package is missing beside a client, at the client's quoted key (fixed, or not). */
function missing(
  code: string,
  {
    key,
    section,
    replacement,
    client = 'HttpClient',
    nth,
    reason,
  }: {
    key: string;
    section: string;
    replacement: string;
    client?: string;
    nth?: number;
    reason?: { key: string; data: Record<string, string> };
  },
) {
  return {
    messageId: reason ? `notFixed/${reason.key}` : 'missingTarget',
    data: { ...reason?.data, module: key, section, replacement, client },
    ...locate(code, JSON.stringify(key), nth),
  };
}

/** A companion's report at the quoted key: its kind's message and the removal (companions never add a target). */
function companionReport(
  code: string,
  expected: Omit<Expected, 'module'> & { module: string; kind: string; reason: string; of: string; advice: string },
) {
  const { key, module, section, nth, advice, remove, kind, reason, of } = expected;
  return {
    messageId: `companion/${kind}`,
    data: { module, section, reason, of, advice },
    ...locate(code, JSON.stringify(key), nth),
    suggestions: [{ messageId: 'remove', data: { module, section }, output: remove }],
  };
}

const companions = manifest({
  name: '@maily/billing',
  dependencies: { '@nestjs/axios': '^3.0.0', 'axios-retry': '^4.0.0' },
  devDependencies: { '@types/node-fetch': '^2.6.0', 'ioredis-mock': '^8.0.0' },
  overrides: { 'moxios@0.4': '0.4.0' },
});

const sections = manifest({
  name: '@maily/billing',
  dependencies: { zod: '^3.0.0', axios: '^1.7.0' },
  devDependencies: { 'node-fetch': '^3.3.0', vitest: '^4.0.0' },
  peerDependencies: { ioredis: '^5.0.0' },
  optionalDependencies: { '@redis/client': '^1.6.0' },
});

/** The code with `insert` put before `before`, as one more line at the indentation `before` stands at. */
function insertBefore(code: string, before: string, insert: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = code.indexOf(before, at + 1);
  const lineStart = code.lastIndexOf('\n', at) + 1;
  const indent = code.slice(lineStart, at);
  return `${code.slice(0, at)}${insert},\n${indent}${code.slice(at)}`;
}

describe('no-banned-dependencies', () => {
  tester.run('no-banned-dependencies', rule as never, {
    valid: [
      manifest({
        name: 'a',
        // look-alikes that work with other clients too are not companions
        dependencies: { 'redis-lock': '^1.0.0', redlock: '^5.0.0', 'fetch-mock': '^12.0.0', nock: '^14.0.0' },
      }),
      manifest({ name: 'a', dependencies: { '@maily/error-handling': '^1.0.0', '@maily/database': '^1.0.0' } }),
      // the standardized client's own package may wrap the library it replaces
      manifest({ name: '@maily/error-handling', dependencies: { axios: '^1.7.0', 'node-fetch': '^3.0.0' } }),
      manifest({ name: '@maily/database', dependencies: { redis: '^4.0.0', ioredis: '^5.0.0', iovalkey: '^0.3.0' } }),
      // the types @types/node depends on, and Node's own modules, are no clients
      manifest({ name: 'a', dependencies: { 'undici-types': '^6.0.0', http: '0.0.1-security' } }),
      manifest({ name: 'a', scripts: { axios: 'node axios.js' }, keywords: ['axios', 'redis'] }),
      manifest({ name: 'a', overrides: { '.': '1.0.0', 'some-sdk': { zod: '3' } } }),
      '[]',
      '"not an object"',
      // companions: false keeps to the clients themselves
      { code: manifest({ name: 'a', devDependencies: { 'axios-retry': '^4.0.0' } }), options: [{ companions: false }] },
      // the standardized client's own package may build on its companions
      manifest({
        name: '@maily/error-handling',
        dependencies: { 'axios-retry': '^4.0.0', '@types/node-fetch': '^2.0.0' },
      }),
      // a listed client without companions has none
      {
        code: manifest({ name: 'a', dependencies: { 'axios-retry': '1' } }),
        options: [{ clients: [{ modules: ['axios'] }] }],
      },
      {
        code: manifest({ name: 'a', dependencies: { axios: '1' } }),
        filename: 'legacy/package.json',
        options: [{ allow: ['legacy/**'] }],
      },
      // settings-wide `allow` exempts the manifest for this rule as for every other
      {
        code: manifest({ name: 'a', dependencies: { axios: '1' } }),
        filename: 'legacy/package.json',
        settings: { 'standard-clients': { ...mailySettings, allow: ['legacy/**'] } },
      },
      // a single-package app: its manifest keeps what its own wrapper loads
      {
        code: manifest({ name: 'app', dependencies: { axios: '1', '@types/axios': '0.14' } }),
        filename: path.join(singleApp, 'package.json'),
        options: [{ clients: [{ modules: ['axios', 'node-fetch'], target: { file: 'src/lib/http.ts' } }] }],
        settings: { 'standard-clients': { root: singleApp } },
      },
      // the workspace package that publishes a file target wraps the library, whatever its name
      {
        code: manifest({ name: '@fixture/http', dependencies: { axios: '1', 'node-fetch': '3' } }),
        filename: inWorkspace('packages/http/package.json'),
        options: [{ clients: [{ modules: ['axios', 'node-fetch'], target: { file: 'packages/http/src/index.ts' } }] }],
        settings: { 'standard-clients': { root: workspace } },
      },
    ].map((c) => (typeof c === 'string' ? { code: c, filename: looseManifest } : { filename: looseManifest, ...c })),
    invalid: [
      {
        code: companions,
        errors: [
          companionReport(companions, {
            key: '@nestjs/axios',
            module: '@nestjs/axios',
            kind: 'framework',
            reason: "wraps axios in Nest's HttpModule",
            of: 'axios',
            section: 'dependencies',
            advice: `use HttpClient from '${HTTP}/http-client' directly (standardized retries, pooling and error mapping).`,
            remove: companions.replace('"@nestjs/axios": "^3.0.0",\n    ', ''),
          }),
          companionReport(companions, {
            key: 'axios-retry',
            module: 'axios-retry',
            kind: 'plugin',
            reason: 'retries failed axios requests',
            of: 'axios',
            section: 'dependencies',
            advice: `use the retries and caching built into HttpClient from '${HTTP}/http-client' (standardized retries, pooling and error mapping).`,
            remove: companions.replace(',\n    "axios-retry": "^4.0.0"', ''),
          }),
          companionReport(companions, {
            key: '@types/node-fetch',
            module: '@types/node-fetch',
            kind: 'types',
            reason: 'types node-fetch 2 (3 ships its own)',
            of: 'node-fetch',
            section: 'devDependencies',
            advice: `HttpClient from '${HTTP}/http-client' ships its own types.`,
            remove: companions.replace('"@types/node-fetch": "^2.6.0",\n    ', ''),
          }),
          companionReport(companions, {
            key: 'ioredis-mock',
            module: 'ioredis-mock',
            kind: 'mock',
            reason: 'emulates ioredis in memory for tests',
            of: 'ioredis',
            section: 'devDependencies',
            advice: `mock RedisClient with its testing module '${REDIS}/redis/testing'.`,
            remove: companions.replace(',\n    "ioredis-mock": "^8.0.0"', ''),
          }),
          companionReport(companions, {
            key: 'moxios@0.4',
            module: 'moxios',
            kind: 'mock',
            reason: 'mocks axios requests in tests',
            of: 'axios',
            section: 'overrides',
            advice: `mock HttpClient with its testing module '${HTTP}/http-client/testing'.`,
            remove: companions.replace('{\n    "moxios@0.4": "0.4.0"\n  }', '{}'),
          }),
        ],
      },
      (() => {
        // a listed client's own companions, without a target: removal only
        const code = manifest({ name: 'a', devDependencies: { 'got-mock': '1' } });
        return {
          code,
          options: [
            {
              clients: [{ modules: ['got'], companions: [{ module: 'got-mock', kind: 'mock', reason: 'stubs got' }] }],
            },
          ],
          errors: [
            companionReport(code, {
              key: 'got-mock',
              module: 'got-mock',
              kind: 'mock',
              reason: 'stubs got',
              of: 'got',
              section: 'devDependencies',
              advice: 'mock the standardized client instead.',
              remove: code.replace('{\n    "got-mock": "1"\n  }', '{}'),
            }),
          ],
        };
      })(),
      {
        // each target once, in the strongest section its clients stand in: HTTP beside axios in dependencies
        // (last, as the keys are not sorted; not also in devDependencies beside node-fetch), Redis beside the peer
        // ioredis and, to be installed for the package's own use, in devDependencies
        code: sections,
        output: insertBefore(
          insertBefore(
            sections.replace('"axios": "^1.7.0"', `"axios": "^1.7.0",\n    "${HTTP}": "^1.0.0"`),
            '"node-fetch"',
            `"${REDIS}": "^1.0.0"`,
          ),
          '"ioredis"',
          `"${REDIS}": "^1.0.0"`,
        ),
        errors: [
          report(sections, {
            key: 'axios',
            section: 'dependencies',
            remove: sections.replace(',\n    "axios": "^1.7.0"', ''),
          }),
          missing(sections, { key: 'axios', section: 'dependencies', replacement: '@maily/error-handling' }),
          report(sections, {
            key: 'node-fetch',
            section: 'devDependencies',
            remove: sections.replace('"node-fetch": "^3.3.0",\n    ', ''),
          }),
          report(sections, {
            key: 'ioredis',
            section: 'peerDependencies',
            advice: redisAdvice,
            remove: sections.replace('{\n    "ioredis": "^5.0.0"\n  }', '{}'),
          }),
          missing(sections, {
            key: 'ioredis',
            section: 'peerDependencies',
            replacement: '@maily/database',
            client: 'RedisClient',
          }),
          report(sections, {
            key: '@redis/client',
            section: 'optionalDependencies',
            advice: redisAdvice,
            remove: sections.replace('{\n    "@redis/client": "^1.6.0"\n  }', '{}'),
          }),
        ],
      },
      (() => {
        // overrides pin banned packages at any depth, but declare nothing: no target is added for them
        const code = manifest({
          name: 'a',
          dependencies: { '@maily/error-handling': '^1.0.0' },
          overrides: { 'axios@1': '1.7.2', 'some-sdk': { 'node-fetch': '2.7.0' } },
          resolutions: { '**/cross-fetch': '4.0.0', 'parent/@redis/client': '1.6.0' },
          pnpm: { overrides: { 'sdk>isomorphic-fetch': '3.0.0' } },
        });
        return {
          code,
          errors: [
            report(code, {
              key: 'axios@1',
              module: 'axios',
              section: 'overrides',
              remove: code.replace('"axios@1": "1.7.2",\n    ', ''),
            }),
            report(code, {
              key: 'node-fetch',
              section: 'overrides',
              remove: code.replace('{\n      "node-fetch": "2.7.0"\n    }', '{}'),
            }),
            report(code, {
              key: '**/cross-fetch',
              module: 'cross-fetch',
              section: 'resolutions',
              remove: code.replace('"**/cross-fetch": "4.0.0",\n    ', ''),
            }),
            report(code, {
              key: 'parent/@redis/client',
              module: '@redis/client',
              section: 'resolutions',
              advice: redisAdvice,
              remove: code.replace(',\n    "parent/@redis/client": "1.6.0"', ''),
            }),
            report(code, {
              key: 'sdk>isomorphic-fetch',
              module: 'isomorphic-fetch',
              section: 'pnpm.overrides',
              remove: code.replace('{\n      "sdk>isomorphic-fetch": "3.0.0"\n    }', '{}'),
            }),
          ],
        };
      })(),
      (() => {
        // undici joins the HTTP bans, iovalkey and valkey-glide the Redis bans; both targets go before the
        // first key, in one --fix pass each (insertions at one place are applied one per pass)
        const code = manifest({
          name: 'a',
          dependencies: { '@valkey/valkey-glide': '^2.0.0', iovalkey: '^0.3.0', undici: '^7.0.0' },
        });
        return {
          code,
          output: insertBefore(code, '"@valkey', `"${REDIS}": "^1.0.0"`),
          errors: [
            report(code, {
              key: '@valkey/valkey-glide',
              section: 'dependencies',
              advice: redisAdvice,
              remove: code.replace('"@valkey/valkey-glide": "^2.0.0",\n    ', ''),
            }),
            missing(code, {
              key: '@valkey/valkey-glide',
              section: 'dependencies',
              replacement: '@maily/database',
              client: 'RedisClient',
            }),
            report(code, {
              key: 'iovalkey',
              section: 'dependencies',
              advice: redisAdvice,
              remove: code.replace('"iovalkey": "^0.3.0",\n    ', ''),
            }),
            report(code, {
              key: 'undici',
              section: 'dependencies',
              remove: code.replace(',\n    "undici": "^7.0.0"', ''),
            }),
            missing(code, { key: 'undici', section: 'dependencies', replacement: '@maily/error-handling' }),
          ],
        };
      })(),
      (() => {
        // tabs and CRLF are kept; the target joins the client's own section
        const code = '{\r\n\t"name": "a",\r\n\t"devDependencies": {\r\n\t\t"axios": "1"\r\n\t}\r\n}\r\n';
        return {
          code,
          output: `{\r\n\t"name": "a",\r\n\t"devDependencies": {\r\n\t\t"${HTTP}": "^1.0.0",\r\n\t\t"axios": "1"\r\n\t}\r\n}\r\n`,
          errors: [
            report(code, {
              key: 'axios',
              section: 'devDependencies',
              remove: '{\r\n\t"name": "a",\r\n\t"devDependencies": {}\r\n}\r\n',
            }),
            missing(code, { key: 'axios', section: 'devDependencies', replacement: '@maily/error-handling' }),
          ],
        };
      })(),
      (() => {
        // a section written on one line stays on one line
        const code = '{\n  "name": "a",\n  "dependencies": { "axios": "^1.7.0" }\n}\n';
        return {
          code,
          output: `{\n  "name": "a",\n  "dependencies": { "${HTTP}": "^1.0.0", "axios": "^1.7.0" }\n}\n`,
          errors: [
            report(code, {
              key: 'axios',
              section: 'dependencies',
              remove: '{\n  "name": "a",\n  "dependencies": {}\n}\n',
            }),
            missing(code, { key: 'axios', section: 'dependencies', replacement: '@maily/error-handling' }),
          ],
        };
      })(),
      (() => {
        // a peer client in a manifest without devDependencies: the section is created, laid out like the others
        const code = '{\n  "name": "a",\n  "peerDependencies": {\n    "axios": "^1.7.0"\n  }\n}\n';
        return {
          code,
          output: `{\n  "name": "a",\n  "peerDependencies": {\n    "${HTTP}": "^1.0.0",\n    "axios": "^1.7.0"\n  },\n  "devDependencies": {\n    "${HTTP}": "^1.0.0"\n  }\n}\n`,
          errors: [
            report(code, {
              key: 'axios',
              section: 'peerDependencies',
              remove: '{\n  "name": "a",\n  "peerDependencies": {}\n}\n',
            }),
            missing(code, { key: 'axios', section: 'peerDependencies', replacement: '@maily/error-handling' }),
          ],
        };
      })(),
      (() => {
        // custom lists through `clients`, in the shape no-restricted-clients takes; a module target without a
        // version cannot be declared, and says so
        const code = manifest({ name: 'a', dependencies: { got: '^14.0.0', request: '^2.0.0' } });
        return {
          code,
          options: [
            {
              clients: [
                {
                  modules: ['got'],
                  name: 'HttpClient',
                  target: { module: '@org/http/client', advice: 'one client', guide: 'https://wiki.example.com/http' },
                },
                { modules: ['request'], message: 'request is deprecated.' },
              ],
            },
          ],
          errors: [
            report(code, {
              key: 'got',
              section: 'dependencies',
              advice:
                "depend on '@org/http' and use HttpClient (one client). See https://wiki.example.com/http for the migration guide.",
              remove: code.replace('"got": "^14.0.0",\n    ', ''),
            }),
            missing(code, {
              key: 'got',
              section: 'dependencies',
              replacement: '@org/http',
              reason: { key: 'noTargetVersion', data: { package: '@org/http' } },
            }),
            report(code, {
              key: 'request',
              section: 'dependencies',
              advice: 'request is deprecated.',
              remove: code.replace(',\n    "request": "^2.0.0"', ''),
            }),
          ],
        };
      })(),
      (() => {
        // a file target is named by its path from the root, with the target's advice and guide
        const code = manifest({ name: '@fixture/billing', dependencies: { axios: '1' } });
        const target = {
          file: 'packages/http/src/index.ts',
          advice: 'retries built in',
          guide: 'https://wiki.example.com/http',
        };
        return {
          code,
          filename: inWorkspace('apps/billing/package.json'),
          options: [{ clients: [{ modules: ['axios'], name: 'HttpClient', target }] }],
          settings: { 'standard-clients': { root: workspace } },
          errors: [
            report(code, {
              key: 'axios',
              section: 'dependencies',
              advice:
                "use HttpClient from 'packages/http/src/index.ts' (retries built in). See https://wiki.example.com/http for the migration guide.",
              remove: code.replace('{\n    "axios": "1"\n  }', '{}'),
            }),
          ],
        };
      })(),
    ].map((c) => ({ filename: looseManifest, ...c })),
  });
});

describe('no-banned-dependencies in a single-package app with its own wrapper', () => {
  bareTester.run('no-banned-dependencies', rule as never, {
    valid: [],
    invalid: [
      (() => {
        // a single-package app with wrappers: only what the wrappers load is kept (axios and its @types)
        const code = manifest({
          name: 'app',
          dependencies: { axios: '1', 'node-fetch': '3', 'axios-retry': '4' },
          devDependencies: { '@types/axios': '0.14', '@types/node-fetch': '2' },
        });
        const advice = "use HttpClient from 'src/lib/http.ts'.";
        return {
          code,
          filename: path.join(singleApp, 'package.json'),
          settings: { 'standard-clients': { root: singleApp, http: { file: 'src/lib/http.ts' } } },
          errors: [
            report(code, {
              key: 'node-fetch',
              section: 'dependencies',
              advice,
              remove: code.replace('"node-fetch": "3",\n    ', ''),
            }),
            companionReport(code, {
              key: 'axios-retry',
              module: 'axios-retry',
              kind: 'plugin',
              reason: 'retries failed axios requests',
              of: 'axios',
              section: 'dependencies',
              advice: `use the retries and caching built into ${advice.slice(4, -1)}.`,
              remove: code.replace(',\n    "axios-retry": "4"', ''),
            }),
            companionReport(code, {
              key: '@types/node-fetch',
              module: '@types/node-fetch',
              kind: 'types',
              reason: 'types node-fetch 2 (3 ships its own)',
              of: 'node-fetch',
              section: 'devDependencies',
              advice: "HttpClient from 'src/lib/http.ts' ships its own types.",
              remove: code.replace(',\n    "@types/node-fetch": "2"', ''),
            }),
          ],
        };
      })(),
    ],
  });
});

describe('no-banned-dependencies adds a workspace target by the range its package manager takes', () => {
  const ADMIN = manifest({ name: 'admin', dependencies: { axios: '^1.7.0' } });
  const settings = (root: string) => ({
    'standard-clients': {
      root,
      http: { module: '@acme/http', version: '^9.9.9', advice: 'one client', mappings: { axios: {} } },
    },
  });
  const advice = "depend on '@acme/http' and use HttpClient (one client).";
  const cases = (
    [
      // npm and yarn 1 reject the workspace protocol: the local package's own version
      ['npm', '^1.2.0'],
      ['yarn-classic', '^1.2.0'],
      ['yarn-berry', 'workspace:^'],
      ['bun', 'workspace:^'],
      ['pnpm', 'workspace:^'],
    ] as const
  ).map(([layout, range]) => {
    const root = packageManagerWorkspace(layout);
    return {
      name: `${layout}: ${range}`,
      code: ADMIN,
      filename: path.join(root, 'apps/admin/package.json'),
      settings: settings(root),
      output: ADMIN.replace('{\n    "axios"', `{\n    "@acme/http": "${range}",\n    "axios"`),
      errors: [
        report(ADMIN, {
          key: 'axios',
          section: 'dependencies',
          advice,
          remove: ADMIN.replace('{\n    "axios": "^1.7.0"\n  }', '{}'),
        }),
        missing(ADMIN, { key: 'axios', section: 'dependencies', replacement: '@acme/http' }),
      ],
    };
  });
  const broken = createWorkspace({
    'pnpm-workspace.yaml': 'packages: { apps: 1 }\n',
    'package.json': manifest({ name: 'mono' }),
  });
  tester.run('no-banned-dependencies', rule as never, {
    valid: [
      // the client's own workspace package, found by its name
      {
        code: manifest({ name: '@acme/http', dependencies: { axios: '^1.7.0' } }),
        filename: path.join(packageManagerWorkspace('pnpm'), 'packages/http/package.json'),
        settings: settings(broken),
      },
    ],
    invalid: [
      ...cases,
      {
        // a workspace file that cannot be read: the manifest is reported, not fixed, naming the file
        code: ADMIN,
        filename: path.join(broken, 'apps/admin/package.json'),
        settings: settings(broken),
        errors: [
          report(ADMIN, {
            key: 'axios',
            section: 'dependencies',
            advice,
            remove: ADMIN.replace('{\n    "axios": "^1.7.0"\n  }', '{}'),
          }),
          missing(ADMIN, {
            key: 'axios',
            section: 'dependencies',
            replacement: '@acme/http',
            reason: {
              key: 'unreadableFile',
              data: { file: 'pnpm-workspace.yaml', problem: "'packages' is neither a list nor [ … ]" },
            },
          }),
        ],
      },
    ],
  });
});

describe('no-banned-dependencies through the presets and the ESLint API', () => {
  async function lintManifest(text: string, config: Linter.Config[] = plugin.configs.maily) {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: config });
    const [result] = await eslint.lintText(text, { filePath: 'services/billing/package.json' });
    return result!.messages;
  }

  it('reports through configs.maily without any other setup', async () => {
    const messages = await lintManifest(manifest({ name: 'x', dependencies: { axios: '1' } }));
    expect(messages.map((m) => [m.ruleId, m.messageId, m.line, m.column])).toEqual([
      ['standard-clients/no-banned-dependencies', 'banned', 4, 5],
      ['standard-clients/no-banned-dependencies', 'missingTarget', 4, 5],
    ]);
  });

  it('reports a malformed package.json as a parse error, without crashing', async () => {
    const messages = await lintManifest('{\n  "name": "x",\n  "dependencies": { "axios": }\n}\n');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: null, fatal: true, line: 3 });
  });
});
