import { createBannedClientRule } from '../src/engine/banned-client-rule.js';

export default createBannedClientRule({
  name: 'no-node-fetch',
  description: 'Disallow loading node-fetch and its cousins; use the standardized HttpClient',
  replacedBy: 'http',
  modules: ['node-fetch', 'cross-fetch', 'isomorphic-fetch', 'isomorphic-unfetch', 'node-fetch-native'],
});
