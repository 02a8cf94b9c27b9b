import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { BANNED_CLIENTS } from '../src/ban-data.js';
import { builtRuleName, createRule } from '../src/create-rule.js';
import plugin from '../src/index.js';
import { docsUrl } from '../src/package-meta.js';
import { CONSUMER } from './helpers/consumer.js';
import { inWorkspace, workspace } from './helpers/workspace.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function lint(code: string, config: Linter.Config | Linter.Config[], filePath = 'src/service.js') {
  const eslint = new ESLint({
    cwd: CONSUMER,
    overrideConfigFile: true,
    overrideConfig: [{ plugins: { 'standard-clients': plugin } }, ...[config].flat()],
  });
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages;
}

const axiosRule = (options: unknown): Linter.Config => ({
  rules: { 'standard-clients/no-axios': ['error', options] as Linter.RuleEntry },
});

describe('plugin object', () => {
  it('carries the name, version and namespace of package.json', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(plugin.meta).toEqual({ name: manifest.name, version: manifest.version, namespace: 'standard-clients' });
  });

  it('has presets with named blocks that point back at this very plugin', () => {
    const [code, packageJson] = plugin.configs.recommended;
    expect(plugin.configs.recommended.map((c) => c.name)).toEqual([
      'standard-clients/recommended',
      'standard-clients/recommended/package-json',
    ]);
    expect(plugin.configs.maily.map((c) => c.name)).toEqual([
      'standard-clients/maily',
      'standard-clients/maily/package-json',
    ]);
    expect(code!.plugins?.['standard-clients']).toBe(plugin);
    expect(code!.rules).toEqual({
      'standard-clients/no-axios': 'error',
      'standard-clients/no-node-fetch': 'error',
      'standard-clients/no-legacy-redis': 'error',
      'standard-clients/no-global-fetch': 'error',
      'standard-clients/no-node-http-requests': 'error',
    });
    expect(plugin.configs.maily[0]!.rules).toEqual(code!.rules);
    expect(packageJson).toMatchObject({ files: ['**/package.json'], language: 'json/json' });
    expect(packageJson!.rules).toEqual({
      'standard-clients/no-axios': 'off',
      'standard-clients/no-node-fetch': 'off',
      'standard-clients/no-legacy-redis': 'off',
      'standard-clients/no-global-fetch': 'off',
      'standard-clients/no-node-http-requests': 'off',
      'standard-clients/no-banned-dependencies': 'error',
    });
  });
});

describe('rules', () => {
  it.each(Object.entries(plugin.rules))('%s is built by createRule under its own name', (name, rule) => {
    expect(builtRuleName(rule)).toBe(name);
    expect(rule.meta?.docs?.url).toBe(docsUrl(name));
  });

  it('tells a rule built outside the factory', () => {
    const handmade = { meta: { docs: { description: 'x', url: docsUrl('no-axios') } }, create: () => ({}) };
    expect(builtRuleName(handmade)).toBeUndefined();
    expect(builtRuleName(createRule({ ...handmade, name: 'no-axios' }))).toBe('no-axios');
  });

  it.each(BANNED_CLIENTS)('$rule: its data entry is the rule, in both presets', ({ rule, description, modules }) => {
    const built = plugin.rules[rule];
    expect(built.meta?.docs?.description).toBe(description);
    expect(built.meta?.defaultOptions).toEqual([expect.objectContaining({ modules })]);
    for (const preset of [plugin.configs.recommended, plugin.configs.maily]) {
      expect(preset[0]!.rules?.[`standard-clients/${rule}`]).toBe('error');
    }
  });
});

describe('presets', () => {
  const code = "import axios from 'axios';\nimport fetch from 'node-fetch';\nimport { createClient } from 'redis';";

  it('recommended reports every banned client without naming a target', async () => {
    const messages = await lint(code, plugin.configs.recommended);
    expect(messages.map((m) => [m.ruleId, m.line, m.message])).toEqual([
      ['standard-clients/no-axios', 1, "'axios' is banned: use HttpClient instead."],
      ['standard-clients/no-node-fetch', 2, "'node-fetch' is banned: use HttpClient instead."],
      ['standard-clients/no-legacy-redis', 3, "'redis' is banned: use RedisClient instead."],
    ]);
  });

  it('maily names the company clients', async () => {
    const messages = await lint(code, plugin.configs.maily);
    expect(messages.map((m) => m.message)).toEqual([
      "'axios' is banned: use HttpClient from '@maily/error-handling/http-client' (standardized retries, pooling and error mapping).",
      "'node-fetch' is banned: use HttpClient from '@maily/error-handling/http-client' (standardized retries, pooling and error mapping).",
      "'redis' is banned: use RedisClient from '@maily/database/redis' (modern async API and connection pooling).",
    ]);
  });
});

describe('no-node-http-requests in the presets', () => {
  const code = "import https from 'node:https';\nhttps.createServer(handler);\nhttps.get(url);";

  it('recommended reports the request, not the server', async () => {
    const messages = await lint(code, plugin.configs.recommended);
    expect(messages.map((m) => [m.ruleId, m.messageId, m.line, m.column, m.message])).toEqual([
      [
        'standard-clients/no-node-http-requests',
        'rawRequest/node:https',
        3,
        1,
        "'get' of 'node:https' sends a raw HTTP request: use HttpClient instead.",
      ],
    ]);
  });

  it('maily names the company client', async () => {
    const [message] = await lint(code, plugin.configs.maily);
    expect(message?.message).toBe(
      "'get' of 'node:https' sends a raw HTTP request: use HttpClient from '@maily/error-handling/http-client' (standardized retries, pooling and error mapping).",
    );
  });

  it('is switched off like any rule', async () => {
    const off = { rules: { 'standard-clients/no-node-http-requests': 'off' } } satisfies Linter.Config;
    expect(await lint(code, [...plugin.configs.recommended, off])).toEqual([]);
  });
});

describe('bad configuration names the key and the expected shape', () => {
  it.each([
    [{ allow: 'scripts/**' }, /options\.allow must be an array .*got "scripts\/\*\*"/],
    [{ modules: ['http'] }, /Unexpected property "modules"\. Expected properties: "allow"/],
  ])('no-node-http-requests option %j', async (options, expected) => {
    const config = { rules: { 'standard-clients/no-node-http-requests': ['error', options] as Linter.RuleEntry } };
    await expect(lint("import { get } from 'https';", config)).rejects.toThrow(expected);
  });

  it.each([
    [
      { alow: ['x'] },
      /Unexpected property "alow"\. Expected properties: "modules", "target", "message", "allowTypeImports", "checkMocks", "allow", "companions"/,
    ],
    [{ allowTypeImports: 'yes' }, /options\.allowTypeImports must be true or false .*got "yes"/],
    [{ modules: 'axios' }, /options\.modules must be an array .*got "axios"/],
    [{ modules: [] }, /options\.modules must not be empty/],
    [{ allow: [3] }, /options\.allow\[0\] must be a string/],
    [
      { target: { module: '@org/http', file: 'src/http.ts' } },
      /options\.target must set exactly one of module or file, not module and file/,
    ],
    [{ target: {} }, /options\.target must set exactly one of module or file/],
    [
      { target: { module: '@org/http', mappings: { axios: { default: 5 } } } },
      /options\.target\.mappings\.axios\.default must be a string/,
    ],
    [{ target: { module: '@org/http', mapping: {} } }, /Unexpected property "mapping"/],
    [
      { target: { file: 'packages/nope/index.ts' } },
      new RegExp(
        `options\\.target\\.file 'packages/nope/index\\.ts' resolves to '${escape(path.join(CONSUMER, 'packages/nope/index.ts'))}', which is not a file\\. Relative paths resolve against ESLint's working directory, '${escape(CONSUMER)}', unless settings\\['standard-clients'\\]\\.root names a folder \\(e\\.g\\. import\\.meta\\.dirname in eslint\\.config\\.js\\)\\.`,
      ),
    ],
    [{ target: { module: '@org/http', mappings: { axios: { surfaces: [] } } } }, /Unexpected property "surfaces"/],
    [
      { target: { module: '@org/http', mappings: { axios: { default: 'http client' } } } },
      /options\.target\.mappings\.axios\.default must be an identifier a file can import \(not a reserved word\), or 'default' for the target's default export, got "http client"/,
    ],
    [
      { target: { module: '@org/http', mappings: { axios: { named: { AxiosError: 'class' } } } } },
      /options\.target\.mappings\.axios\.named\.AxiosError must be an identifier .*got "class"/,
    ],
    [
      { target: { module: '@org/http', mappings: { axios: { members: { 'is-cancel': 'isCancel' } } } } },
      /options\.target\.mappings\.axios\.members key must be a property name .*got "is-cancel"/,
    ],
    [
      { target: { module: '@org/http', mappings: { axios: { surface: ['get', 'get all'] } } } },
      /options\.target\.mappings\.axios\.surface\[1\] must be a property name .*got "get all"/,
    ],
    [
      { target: { module: '@org/http', mappings: { axios: { surface: 'get' } } } },
      /options\.target\.mappings\.axios\.surface must be an array .*got "get"/,
    ],
    [{ companions: 'no' }, /options\.companions must be true or false .*got "no"/],
    [{ target: { module: '@org/http', testing: '' } }, /options\.target\.testing must not be empty/],
  ])('rule option %j', async (options, expected) => {
    await expect(lint("import axios from 'axios';", axiosRule(options))).rejects.toThrow(expected);
  });

  it.each([
    [
      { http: { modul: '@org/http' } },
      /settings\['standard-clients'\]\.http\.modul is not a known key; expected one of module, file, extension, name, advice, guide, version, mappings, testing/,
    ],
    [
      { htp: { module: '@org/http' } },
      /settings\['standard-clients'\]\.htp is not a known key; expected one of root, allow, http, redis/,
    ],
    [{ http: '@org/http' }, /settings\['standard-clients'\]\.http must be an object .*got "@org\/http"/],
    [{ redis: { file: '' } }, /settings\['standard-clients'\]\.redis\.file must not be empty/],
    [[], /settings\['standard-clients'\] must be an object .*got an array/],
    [
      { root: 'packages' },
      /settings\['standard-clients'\]\.root must be an absolute path \(e\.g\. import\.meta\.dirname/,
    ],
    [{ http: { module: '@org/http', advice: '' } }, /settings\['standard-clients'\]\.http\.advice must not be empty/],
    [
      { http: { module: '@org/http', guide: 'wiki/http-client' } },
      /settings\['standard-clients'\]\.http\.guide must be an http\(s\) URL, got "wiki\/http-client"/,
    ],
    [
      { root: workspace, http: { file: 'packages/htp/src/index.ts' } },
      new RegExp(
        `settings\\['standard-clients'\\]\\.http\\.file 'packages/htp/src/index\\.ts' resolves to '${escape(inWorkspace('packages/htp/src/index.ts'))}', which is not a file\\. Relative paths resolve against settings\\['standard-clients'\\]\\.root, '${escape(workspace)}'\\.`,
      ),
    ],
    [
      { http: { module: '@org/http', mappings: { axios: { default: 'httpClient', members: { isAxiosError: '' } } } } },
      /settings\['standard-clients'\]\.http\.mappings\.axios\.members\.isAxiosError must not be empty/,
    ],
    [
      { redis: { module: '@org/redis', mappings: { redis: { named: { 'create client': 'createClient' } } } } },
      /settings\['standard-clients'\]\.redis\.mappings\.redis\.named key must be a property name .*got "create client"/,
    ],
    [
      { http: { module: '@org/http', mappings: { axios: { default: 'http-client' } } } },
      /settings\['standard-clients'\]\.http\.mappings\.axios\.default must be an identifier .*got "http-client"/,
    ],
    // What a mapping promises: lists of property names, about names it maps, each said once.
    [
      {
        redis: {
          module: '@org/redis',
          mappings: { ioredis: { default: 'RedisClient', promises: { default: { instance: [] } } } },
        },
      },
      /settings\['standard-clients'\]\.redis\.mappings\.ioredis\.promises\.default\.instance is not a known key; expected one of members, instances, returns, narrows/,
    ],
    [
      {
        redis: {
          module: '@org/redis',
          mappings: { ioredis: { default: 'RedisClient', promises: { Cluster: { members: [] } } } },
        },
      },
      /settings\['standard-clients'\]\.redis\.mappings\.ioredis\.promises\.Cluster names no name the mapping maps; expected one of default\./,
    ],
    [
      {
        http: {
          module: '@org/http',
          mappings: {
            axios: {
              named: { isAxiosError: 'isHttpClientError' },
              promises: { isAxiosError: { narrows: 'AxiosError' } },
            },
          },
        },
      },
      /promises\.isAxiosError\.narrows names no name the mapping maps: 'AxiosError'; expected one of isAxiosError\./,
    ],
    [
      {
        http: {
          module: '@org/http',
          mappings: { axios: { default: 'httpClient', surface: ['get'], promises: { default: { members: ['get'] } } } },
        },
      },
      /settings\['standard-clients'\]\.http\.mappings\.axios states the default's members twice, in surface and in promises\.default\.members; keep one\./,
    ],
    [
      {
        redis: {
          module: '@org/redis',
          mappings: { redis: { named: { createClient: 'createRedisClient' }, versions: 'four' } },
        },
      },
      /settings\['standard-clients'\]\.redis\.mappings\.redis\.versions must be a semver range such as '>=4', got "four"/,
    ],
    [
      {
        redis: {
          module: '@org/redis',
          mappings: { redis: { named: { createClient: 'createRedisClient' }, versionsNote: 'callbacks' } },
        },
      },
      /settings\['standard-clients'\]\.redis\.mappings\.redis\.versionsNote explains versions, which the mapping does not state/,
    ],
    // The global fetch's replacement (no-global-fetch), on the HTTP target only.
    [
      { http: { module: '@org/http', globals: { fetch: 'fetch()' } } },
      /settings\['standard-clients'\]\.http\.globals\.fetch must be an identifier a file can import .*got "fetch\(\)"/,
    ],
    [
      { http: { module: '@org/http', globals: { XMLHttpRequest: 'xhr' } } },
      /settings\['standard-clients'\]\.http\.globals\.XMLHttpRequest is not a known key; expected one of fetch/,
    ],
    [
      { redis: { module: '@org/redis', globals: { fetch: 'fetch' } } },
      /settings\['standard-clients'\]\.redis\.globals is not a known key/,
    ],
  ])('setting %j', async (settings, expected) => {
    const config = [...plugin.configs.recommended, { settings: { 'standard-clients': settings } }];
    await expect(lint("import axios from 'axios';", config)).rejects.toThrow(expected);
  });

  // A misspelt key would leave every rule reporting only, with the targets in it silently ignored.
  it.each(['standard-client', 'standardClients', 'standard_clients', 'Standard-Clients'])(
    'settings key %j: names the key the plugin reads',
    async (key) => {
      const config = [...plugin.configs.recommended, { settings: { [key]: { http: { module: '@org/http' } } } }];
      await expect(lint("import axios from 'axios';", config)).rejects.toThrow(
        `settings['${key}'] is not read; the plugin's settings key is 'standard-clients'.`,
      );
    },
  );

  it('takes an unset settings entry of its own for no settings, not for a misspelling', async () => {
    const config = [...plugin.configs.recommended, { settings: { 'standard-clients': undefined } }];
    expect((await lint("import axios from 'axios';", config)).map((m) => m.ruleId)).toEqual([
      'standard-clients/no-axios',
    ]);
  });

  it('reads no other settings key: other plugins keep theirs', async () => {
    const config = [...plugin.configs.recommended, { settings: { 'import/resolver': {}, react: { version: '19' } } }];
    expect((await lint("import axios from 'axios';", config)).map((m) => m.ruleId)).toEqual([
      'standard-clients/no-axios',
    ]);
  });

  it.each([
    [
      { browserApis: ['WebSocket'] },
      /options\.browserApis\[0\] must be one of "XMLHttpRequest", "navigator\.sendBeacon", got "WebSocket"/,
    ],
    [{ browserApis: true }, /options\.browserApis must be an array .*got boolean/],
    [{ browserAPIs: [] }, /Unexpected property "browserAPIs"/],
  ])('no-global-fetch option %j', async (options, expected) => {
    const config = { rules: { 'standard-clients/no-global-fetch': ['error', options] as Linter.RuleEntry } };
    await expect(lint('fetch(url);', config)).rejects.toThrow(expected);
  });

  it('no-restricted-clients names the client whose target file is missing', async () => {
    const entry = ['error', { clients: [{ modules: ['got'] }, { modules: ['request'], target: { file: 'x.ts' } }] }];
    const config = { rules: { 'standard-clients/no-restricted-clients': entry as Linter.RuleEntry } };
    await expect(lint("import got from 'got';", config)).rejects.toThrow(/options\.clients\[1\]\.target\.file 'x\.ts'/);
  });

  it('accepts the names a mapping may use, including the target default export and surface', async () => {
    const target = {
      module: '@org/http',
      mappings: {
        axios: { default: 'default', named: { default: 'client' }, members: { $get: '_get' }, surface: ['delete'] },
      },
    };
    expect(await lint("import axios from 'axios';\naxios.delete('/');", axiosRule({ target }))).toHaveLength(1);
    const config = [...plugin.configs.recommended, { settings: { 'standard-clients': { http: target } } }];
    expect(await lint("import axios from 'axios';", config)).toHaveLength(1);
  });

  it('no-restricted-clients requires its list', async () => {
    const entry = ['error', { clients: [{ module: ['got'] }] }] as Linter.RuleEntry;
    const config = { rules: { 'standard-clients/no-restricted-clients': entry } };
    await expect(lint("import got from 'got';", config)).rejects.toThrow(/Unexpected property "module"/);
  });

  it('no-restricted-clients names the key of a bad companion', async () => {
    const companions = [{ module: 'got-mock', kind: 'stub', reason: 'mocks got' }];
    const entry = ['error', { clients: [{ modules: ['got'], companions }] }] as Linter.RuleEntry;
    const config = { rules: { 'standard-clients/no-restricted-clients': entry } };
    await expect(lint("import got from 'got';", config)).rejects.toThrow(
      /options\.clients\[0\]\.companions\[0\]\.kind must be one of/,
    );
  });
});

describe('files that do not parse', () => {
  it.each([
    ["import axios from 'axios';\nconst = ;", 'src/broken.js'],
    ["import axios from 'axios';\nconst x: = 1;", 'src/broken.ts'],
  ])('are reported by ESLint, not crashed on: %s', async (code, filePath) => {
    const tsParser = await import('@typescript-eslint/parser');
    const config = [...plugin.configs.recommended, { files: ['**/*.ts'], languageOptions: { parser: tsParser } }];
    const messages = await lint(code, config, filePath);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: null, fatal: true, line: 2 });
  });
});
