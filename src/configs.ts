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
export const mailySettings: PluginSettings = {
  http: { module: '@maily/error-handling/http-client', name: 'HttpClient' },
  redis: { module: '@maily/database/redis', name: 'RedisClient' },
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
