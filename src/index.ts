import type { ESLint, Linter, Rule } from 'eslint';
import noAxios from '../rules/no-axios.js';
import noBannedDependencies from '../rules/no-banned-dependencies.js';
import noGlobalFetch from '../rules/no-global-fetch.js';
import noLegacyRedis from '../rules/no-legacy-redis.js';
import noNodeFetch from '../rules/no-node-fetch.js';
import noNodeHttpRequests from '../rules/no-node-http-requests.js';
import noRestrictedClients from '../rules/no-restricted-clients.js';
import { createConfigs } from './configs.js';
import { PLUGIN_NAME, PLUGIN_NAMESPACE, PLUGIN_VERSION } from './package-meta.js';

export type { Mapping, Target } from './config/target.js';
export type { PluginSettings } from './config/settings.js';

/** The public shape, in ESLint's own types so that it fits `defineConfig({ plugins })` unchanged. */
export interface StandardClientsPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: Record<RuleName, Rule.RuleModule>;
  configs: { recommended: Linter.Config[]; maily: Linter.Config[] };
}

const rules = inEslintTypes({
  'no-axios': noAxios,
  'no-node-fetch': noNodeFetch,
  'no-legacy-redis': noLegacyRedis,
  'no-restricted-clients': noRestrictedClients,
  'no-node-http-requests': noNodeHttpRequests,
  'no-banned-dependencies': noBannedDependencies,
  'no-global-fetch': noGlobalFetch,
});

export type RuleName = keyof typeof rules;

/**
 * Rules are typed with typescript-eslint's or @eslint/json's AST types; ESLint's RuleModule type describes the
 * same objects. Only the names survive in the shipped declarations, which need no dev-only package.
 */
function inEslintTypes<Name extends string>(byName: Record<Name, object>): Record<Name, Rule.RuleModule> {
  return byName as Record<Name, Rule.RuleModule>;
}

const plugin: StandardClientsPlugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION, namespace: PLUGIN_NAMESPACE },
  rules,
  configs: {} as StandardClientsPlugin['configs'],
};
Object.assign(plugin.configs, createConfigs(plugin));

export default plugin;
