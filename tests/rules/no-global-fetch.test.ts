import rule from '../../rules/no-global-fetch.js';
import { dedent } from '../helpers/dedent.js';
import { runRuleCases } from '../helpers/rule-cases.js';

const advice = 'use HttpClient instead.';
const ts = (variant: { filename: string }) => /\.[cm]?tsx?$/.test(variant.filename);

runRuleCases(
  'no-global-fetch',
  rule,
  { messageId: 'banned', data: () => ({ global: 'fetch', advice }) },
  {
    valid: [
      // A local or imported fetch, or a parameter, is not the global.
      { code: "import fetch from 'cross-fetch-polyfill';\nfetch(url);" },
      // A node-fetch load is no-node-fetch's: its `fetch` is a local.
      { code: "import fetch from 'node-fetch';\nawait fetch(url);" },
      { code: "const fetch = require('node-fetch');\nfetch(url);" },
      { code: "import { fetch } from '@maily/error-handling/http-client';\nawait fetch(url);" },
      { code: 'const fetch = createFetch();\nfetch(url);' },
      { code: 'function load(fetch) { return fetch(url); }' },
      { code: 'const load = ({ fetch }) => fetch(url);' },
      { code: 'function fetch(url) { return url; }\nfetch(1);' },
      { code: 'class Api { fetch() {} }\nnew Api().fetch();' },
      { code: 'declare function fetch(url: string): Promise<unknown>;\nfetch(url);' },
      // Property names and keys are not the global.
      { code: 'api.fetch(url);\nconst o = { fetch: load };\nthis.fetch(url);' },
      { code: 'const { fetch } = api;\nfetch(url);' },
      // Feature checks and type positions.
      { code: "if (typeof fetch === 'function') run();" },
      { code: "if (typeof globalThis.fetch !== 'undefined') run();" },
      { code: 'type F = typeof fetch;\ntype R = ReturnType<typeof fetch>;\nlet g: typeof globalThis.fetch;' },
      // Writes install a polyfill; they do not use the global client.
      { code: 'globalThis.fetch = polyfill;\nwindow.fetch ??= polyfill;\ndelete self.fetch;' },
      { code: 'fetch = polyfill;' },
      // A shadowed global object is not the global.
      { code: 'const window = createWindow();\nwindow.fetch(url);' },
      { code: 'function run(self) { return self.fetch(url); }' },
      { code: "globalThis[name](url);\nwindow['fetcher'](url);" },
      // The browser APIs are reported only when asked for.
      { code: 'new XMLHttpRequest();\nnavigator.sendBeacon(url, body);' },
      {
        code: 'const navigator = fake;\nnavigator.sendBeacon(url);',
        options: [{ browserApis: ['navigator.sendBeacon'] }],
      },
      // `allow` exempts files.
      { code: 'fetch(url);', options: [{ allow: ['**/file.*'] }] },
    ],
    invalid: [
      { code: 'const response = await fetch(url);', errors: [{ at: 'fetch' }] },
      { code: 'export const load = (url) => fetch(url, { method: "POST" });', errors: [{ at: 'fetch' }] },
      // Value uses.
      {
        code: 'const f = fetch;\nconst bound = fetch.bind(globalThis);',
        errors: [{ at: 'fetch' }, { at: 'fetch', nth: 1 }],
      },
      { code: 'register({ fetch });', errors: [{ at: 'fetch' }] },
      { code: 'if (fetch) run();\nconst r = fetch?.(url);', errors: [{ at: 'fetch' }, { at: 'fetch', nth: 1 }] },
      // Through the global object, by any of its names, with a static key.
      {
        code: dedent`
          globalThis.fetch(a);
          window.fetch(b);
          self.fetch(c);
          global.fetch(d);
          globalThis['fetch'](e);
          window.globalThis.fetch(f);
          globalThis?.fetch(g);
        `,
        errors: [
          { at: 'globalThis.fetch' },
          { at: 'window.fetch' },
          { at: 'self.fetch' },
          { at: 'global.fetch' },
          { at: "globalThis['fetch']" },
          { at: 'window.globalThis.fetch' },
          { at: 'globalThis?.fetch' },
        ],
      },
      // A local fetch elsewhere does not hide the global one in another scope.
      {
        code: 'function a(fetch) { return fetch(1); }\nfunction b() { return fetch(2); }',
        errors: [{ at: 'fetch', nth: 2 }],
      },
      // TypeScript: a value use beside a type use.
      {
        code: 'const f: typeof fetch = fetch;',
        errors: [{ at: 'fetch', nth: 1 }],
        only: ts,
      },
      {
        code: 'const run = (fetcher = fetch) => fetcher(url);',
        errors: [{ at: 'fetch', nth: 1 }],
      },
      // The browser APIs, when asked for.
      {
        code: 'const xhr = new XMLHttpRequest();\nnavigator.sendBeacon(url, body);\nwindow.XMLHttpRequest;',
        options: [{ browserApis: ['XMLHttpRequest', 'navigator.sendBeacon'] }],
        errors: [
          { at: 'XMLHttpRequest', data: { global: 'XMLHttpRequest', advice } },
          { at: 'navigator.sendBeacon', data: { global: 'navigator.sendBeacon', advice } },
          { at: 'window.XMLHttpRequest', data: { global: 'XMLHttpRequest', advice } },
        ],
      },
    ],
  },
);
