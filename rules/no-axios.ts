import { createBannedClientRule } from '../src/engine/banned-client-rule.js';

export default createBannedClientRule({
  name: 'no-axios',
  description: 'Disallow loading axios; use the standardized HttpClient',
  replacedBy: 'http',
  modules: ['axios'],
});
