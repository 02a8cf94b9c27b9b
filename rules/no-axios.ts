import { type BannedClientRuleDefinition, createBannedClientRule } from '../src/engine/banned-client-rule.js';

/** Also read by no-banned-dependencies, so that imports and package.json ban the same packages. */
export const definition: BannedClientRuleDefinition = {
  name: 'no-axios',
  description: 'Disallow loading axios; use the standardized HttpClient',
  replacedBy: 'http',
  modules: ['axios'],
};

export default createBannedClientRule(definition);
