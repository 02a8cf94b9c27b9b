import json from '@eslint/json';
import type { Linter } from 'eslint';
import { SETTINGS_KEY } from './config/settings.js';
import type { PluginSettings } from './config/settings.js';
import { BANNED_CLIENTS } from './ban-data.js';
import { PLUGIN_NAMESPACE, ruleId } from './package-meta.js';

const missionRules: Linter.RulesRecord = Object.fromEntries(
  BANNED_CLIENTS.map((client) => [ruleId(client.rule), 'error']),
);

/** Code rules beyond the banned clients' own: requests made without loading a banned client. */
const bypassRules: Linter.RulesRecord = {
  [ruleId('no-global-fetch')]: 'error',
  [ruleId('no-node-http-requests')]: 'error',
};

/** Every rule of the code configs. */
const codeRules: Linter.RulesRecord = { ...missionRules, ...bypassRules };

// What the company clients have, as their declarations say (example/packages/*/*.d.ts; a test compares): each
// mapping promises no more than that, so a fix never keeps a member the client lacks.
const ERROR_MEMBERS = ['name', 'message', 'stack', 'cause'];
const HTTP_REQUEST_METHODS = ['request', 'get', 'head', 'options', 'delete', 'post', 'put', 'patch'];
const REDIS_CLIENT_MEMBERS = ['isOpen', 'connect', 'get', 'set', 'del', 'publish', 'subscribe', 'unsubscribe', 'quit'];
const REDIS_OPTIONS = ['url', 'host', 'port', 'db'];

/** node-fetch and its cousins: the platform's fetch family, re-exported by the HTTP client. */
const fetchFamily = {
  default: 'fetch',
  named: { Headers: 'Headers', Request: 'Request', Response: 'Response', FetchError: 'HttpClientError' },
  promises: { FetchError: { members: ['name'], instances: [...ERROR_MEMBERS, 'code'] } },
};
// undici has no default export of its own (a default import is its module object): its fetch API is named.
const undiciFetch = {
  named: { fetch: 'fetch', Headers: 'Headers', Request: 'Request', Response: 'Response' },
};
const redisClient = { members: [], instances: REDIS_CLIENT_MEMBERS };
const ioredis = {
  default: 'RedisClient',
  named: { Redis: 'RedisClient', RedisOptions: 'RedisClientOptions' },
  // The statics of ioredis' class (Redis.Cluster, Redis.Command) have no counterpart.
  promises: { default: redisClient, Redis: redisClient, RedisOptions: { instances: REDIS_OPTIONS } },
};
const nodeRedisNames = {
  named: {
    createClient: 'createRedisClient',
    RedisClientType: 'RedisClient',
    RedisClientOptions: 'RedisClientOptions',
  },
  members: { createClient: 'createRedisClient' },
  promises: {
    createClient: { members: [], returns: REDIS_CLIENT_MEMBERS },
    RedisClientType: { instances: REDIS_CLIENT_MEMBERS },
    RedisClientOptions: { instances: REDIS_OPTIONS },
  },
};
const CALLBACKS_NOTE =
  'redis 3 and older take callbacks, and the standardized client returns promises: moving is a code change, not a rename';
// node-redis is a promise client from 4 on (its core, @redis/client, from 1 on).
const nodeRedis = { ...nodeRedisNames, versions: '>=4', versionsNote: CALLBACKS_NOTE };
const redisCore = { ...nodeRedisNames, versions: '>=1' };

/** The company's standardized clients, and how each banned client's names map onto them. */
export const mailySettings: PluginSettings = {
  http: {
    module: '@maily/error-handling/http-client',
    name: 'HttpClient',
    advice: 'standardized retries, pooling and error mapping',
    version: '^1.0.0',
    // The global fetch is the client's own `fetch` (no-global-fetch).
    globals: { fetch: 'fetch' },
    testing: '@maily/error-handling/http-client/testing',
    mappings: {
      axios: {
        default: 'httpClient',
        named: {
          AxiosError: 'HttpClientError',
          isAxiosError: 'isHttpClientError',
          AxiosInstance: 'HttpClient',
          AxiosRequestConfig: 'HttpRequestConfig',
          AxiosResponse: 'HttpResponse',
        },
        // axios.isAxiosError(e) and axios.AxiosError on the default instance.
        members: { isAxiosError: 'isHttpClientError', AxiosError: 'HttpClientError' },
        // The request methods HttpClient has too; any other member (axios.create, axios.CancelToken,
        // axios.interceptors) is migrated by hand.
        surface: HTTP_REQUEST_METHODS,
        promises: {
          // HttpClientError maps the response onto status, code and url: e.response has no counterpart.
          AxiosError: { members: ['name'], instances: [...ERROR_MEMBERS, 'status', 'code', 'url'] },
          isAxiosError: { narrows: 'AxiosError' },
          AxiosInstance: { instances: [...HTTP_REQUEST_METHODS, 'create'] },
          AxiosRequestConfig: { instances: ['baseURL', 'headers', 'params', 'timeout'] },
          AxiosResponse: { instances: ['data', 'status', 'headers'] },
        },
      },
      'node-fetch': fetchFamily,
      'cross-fetch': fetchFamily,
      'isomorphic-fetch': fetchFamily,
      'isomorphic-unfetch': fetchFamily,
      'node-fetch-native': fetchFamily,
      undici: undiciFetch,
    },
  },
  redis: {
    module: '@maily/database/redis',
    name: 'RedisClient',
    advice: 'modern async API and connection pooling',
    version: '^1.0.0',
    testing: '@maily/database/redis/testing',
    mappings: {
      redis: nodeRedis,
      '@redis/client': redisCore,
      ioredis,
      // ioredis renamed for Valkey: the same API.
      iovalkey: ioredis,
    },
  },
};

/** Turns the import rules off for package.json, which the dependency rule covers instead. */
const packageJsonRules = {
  ...Object.fromEntries(Object.keys(codeRules).map((rule) => [rule, 'off'])),
  [ruleId('no-banned-dependencies')]: 'error',
} satisfies Linter.RulesRecord;

/**
 * Presets take the plugin object so that `plugins` points at the very instance the user imported. Each is
 * a list: the import rules for code, and `no-banned-dependencies` for package.json on ESLint's JSON language.
 */
export function createConfigs(plugin: object) {
  const plugins = { [PLUGIN_NAMESPACE]: plugin } as NonNullable<Linter.Config['plugins']>;
  const packageJson = (preset: string): Linter.Config => ({
    name: `${PLUGIN_NAMESPACE}/${preset}/package-json`,
    files: ['**/package.json'],
    plugins: { ...plugins, json },
    language: 'json/json',
    rules: packageJsonRules,
  });
  const recommended: Linter.Config[] = [
    { name: `${PLUGIN_NAMESPACE}/recommended`, plugins, rules: codeRules },
    packageJson('recommended'),
  ];
  const maily: Linter.Config[] = [
    { name: `${PLUGIN_NAMESPACE}/maily`, plugins, rules: codeRules, settings: { [SETTINGS_KEY]: mailySettings } },
    packageJson('maily'),
  ];
  return { recommended, maily };
}
