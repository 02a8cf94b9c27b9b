import type { Linter } from 'eslint';
import { SETTINGS_KEY } from './config/settings.js';
import type { PluginSettings } from './config/settings.js';
import { PLUGIN_NAMESPACE } from './package-meta.js';

const missionRules = {
  [`${PLUGIN_NAMESPACE}/no-axios`]: 'error',
  [`${PLUGIN_NAMESPACE}/no-node-fetch`]: 'error',
  [`${PLUGIN_NAMESPACE}/no-legacy-redis`]: 'error',
} satisfies Linter.RulesRecord;

/** The company's standardized clients. */
const fetchFamily = {
  default: 'fetch',
  named: { Headers: 'Headers', Request: 'Request', Response: 'Response', FetchError: 'HttpClientError' },
};
const nodeRedis = {
  named: {
    createClient: 'createRedisClient',
    RedisClientType: 'RedisClient',
    RedisClientOptions: 'RedisClientOptions',
  },
  members: { createClient: 'createRedisClient' },
};

/** The company's standardized clients, and how each banned client's names map onto them. */
export const mailySettings: PluginSettings = {
  http: {
    module: '@maily/error-handling/http-client',
    name: 'HttpClient',
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
      },
      'node-fetch': fetchFamily,
      'cross-fetch': fetchFamily,
      'isomorphic-fetch': fetchFamily,
      'isomorphic-unfetch': fetchFamily,
      'node-fetch-native': fetchFamily,
    },
  },
  redis: {
    module: '@maily/database/redis',
    name: 'RedisClient',
    mappings: {
      redis: nodeRedis,
      '@redis/client': nodeRedis,
      ioredis: {
        default: 'RedisClient',
        named: { Redis: 'RedisClient', RedisOptions: 'RedisClientOptions' },
      },
    },
  },
};

/** Presets take the plugin object so that `plugins` points at the very instance the user imported. */
export function createConfigs(plugin: object) {
  const plugins = { [PLUGIN_NAMESPACE]: plugin } as Linter.Config['plugins'];
  const recommended = {
    name: `${PLUGIN_NAMESPACE}/recommended`,
    plugins,
    rules: missionRules,
  } satisfies Linter.Config;
  const maily = {
    name: `${PLUGIN_NAMESPACE}/maily`,
    plugins,
    rules: missionRules,
    settings: { [SETTINGS_KEY]: mailySettings },
  } satisfies Linter.Config;
  return { recommended, maily };
}
