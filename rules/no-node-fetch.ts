import { type BannedClientRuleDefinition, createBannedClientRule } from '../src/engine/banned-client-rule.js';

/** Also read by no-banned-dependencies, so that imports and package.json ban the same packages. */
export const definition: BannedClientRuleDefinition = {
  name: 'no-node-fetch',
  description: 'Disallow loading node-fetch and its cousins; use the standardized HttpClient',
  replacedBy: 'http',
  modules: ['node-fetch', 'cross-fetch', 'isomorphic-fetch', 'isomorphic-unfetch', 'node-fetch-native'],
};

export default createBannedClientRule(definition);
