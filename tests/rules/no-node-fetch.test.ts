import rule from '../../rules/no-node-fetch.js';
import { runRuleCases } from '../helpers/rule-cases.js';
import { loadFormCases, nonLoadCases } from './load-forms.js';

const advice = 'use HttpClient instead.';
const cousins = ['cross-fetch', 'isomorphic-fetch', 'isomorphic-unfetch', 'node-fetch-native', 'undici'];

runRuleCases(
  'no-node-fetch',
  rule,
  { messageId: 'banned', data: (at) => ({ module: at.slice(1, -1), advice }) },
  {
    valid: [
      ...nonLoadCases('node-fetch'),
      ...[
        'node-fetch-retry',
        'fetch-retry',
        'make-fetch-happen',
        // the types @types/node depends on: no client
        'undici-types',
        '@types/node-fetch',
        'cross-fetch-polyfill',
      ].map((m) => ({ code: `import fetch from '${m}';` })),
      { code: 'const response = await fetch(url);' },
    ],
    invalid: [
      ...loadFormCases('node-fetch'),
      ...cousins.flatMap((m) => [
        { code: `import fetch from '${m}';`, errors: [{ at: `'${m}'` }] },
        { code: `import '${m}';`, errors: [{ at: `'${m}'` }] },
        { code: `import '${m}/polyfill';`, errors: [{ at: `'${m}/polyfill'` }] },
        { code: `const fetch = require('${m}');`, errors: [{ at: `'${m}'` }] },
        { code: `const { Headers } = await import('${m}');`, errors: [{ at: `'${m}'` }] },
        { code: `type F = typeof import('${m}');`, errors: [{ at: `'${m}'` }] },
        { code: `vi.mock('${m}');`, errors: [{ at: `'${m}'` }] },
      ]),
      // undici's named exports, its own request API included: the whole module is banned
      ...[
        "import { fetch, Agent, setGlobalDispatcher } from 'undici';",
        "import { request } from 'undici';",
        "export { fetch } from 'undici';",
        "import type { Dispatcher } from 'undici';",
        "import { MockAgent } from 'undici/types/mock-agent';",
      ].map((code) => ({ code, errors: [{ at: code.slice(code.indexOf("'"), code.lastIndexOf("'") + 1) }] })),
    ],
  },
);
