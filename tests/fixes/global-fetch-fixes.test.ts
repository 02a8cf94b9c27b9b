import rule from '../../rules/no-global-fetch.js';
import { notFixedMessageId, reason, type Reason } from '../../src/fixes/reasons.js';
import { dedent } from '../helpers/dedent.js';
import { isCommonJs, isEsModule, runRuleCases } from '../helpers/rule-cases.js';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { inWorkspace, workspaceSettings } from '../helpers/workspace.js';
import { HTTP, httpAdvice, maily } from './fix-cases.js';
import { consumerLinter } from '../helpers/consumer.js';

const settings = maily;
const withoutGlobals = { ...maily['standard-clients'].http!, globals: {} };
const defaultExport = { 'standard-clients': { http: { ...withoutGlobals, globals: { fetch: 'default' } } } };
const notFixed = (why: Reason) => ({
  messageId: notFixedMessageId(why.key),
  data: { ...why.data, global: 'fetch', advice: httpAdvice },
});

runRuleCases(
  'no-global-fetch fixes',
  rule,
  { messageId: 'banned', data: () => ({ global: 'fetch', advice: httpAdvice }) },
  {
    valid: [],
    invalid: [
      // ES module: one import after the imports, every use pointed at it.
      {
        code: dedent`
          import { z } from 'zod';

          export async function load(url) {
            const res = await fetch(url);
            return globalThis.fetch(url, { method: 'HEAD' }).then(() => res);
          }
        `,
        output: dedent`
          import { z } from 'zod';
          import { fetch } from '${HTTP}';

          export async function load(url) {
            const res = await fetch(url);
            return fetch(url, { method: 'HEAD' }).then(() => res);
          }
        `,
        errors: [{ at: 'fetch' }, { at: 'globalThis.fetch' }],
        settings,
      },
      // Globals the configuration declares (`globals`, a `global` comment) are the same globals.
      {
        code: dedent`
          /* global fetch, window */
          import { a } from 'a';
          fetch(a);
          window.fetch(a);
        `,
        output: dedent`
          /* global fetch, window */
          import { a } from 'a';
          import { fetch } from '${HTTP}';
          fetch(a);
          fetch(a);
        `,
        errors: [{ at: 'fetch', nth: 1 }, { at: 'window.fetch' }],
        settings,
      },
      // Without imports: before the first statement and its comment; a file header stays on top.
      {
        code: dedent`
          // Copyright Maily

          /** Loads a user. */
          export const load = (id) => window.fetch(\`/users/\${id}\`);
        `,
        output: dedent`
          // Copyright Maily

          import { fetch } from '${HTTP}';

          /** Loads a user. */
          export const load = (id) => fetch(\`/users/\${id}\`);
        `,
        errors: [{ at: 'window.fetch' }],
        settings,
      },
      // The file's quotes, semicolons and brace spacing.
      {
        code: dedent`
          import {a} from "a"
          export const go = () => self['fetch'](a)
        `,
        output: dedent`
          import {a} from "a"
          import {fetch} from "${HTTP}"
          export const go = () => fetch(a)
        `,
        errors: [{ at: "self['fetch']" }],
        settings,
      },
      // Merged into the file's import of the target.
      {
        code: dedent`
          import { Headers } from '${HTTP}';
          export const go = () => fetch(url, { headers: new Headers() });
        `,
        output: dedent`
          import { Headers, fetch } from '${HTTP}';
          export const go = () => fetch(url, { headers: new Headers() });
        `,
        errors: [{ at: 'fetch' }],
        settings,
        only: isEsModule,
      },
      // The target's fetch already imported under another name: the uses take that name.
      {
        code: dedent`
          import { fetch as httpFetch } from '${HTTP}';
          httpFetch(a);
          globalThis.fetch(b);
          fetch(c);
        `,
        output: dedent`
          import { fetch as httpFetch } from '${HTTP}';
          httpFetch(a);
          httpFetch(b);
          httpFetch(c);
        `,
        errors: [{ at: 'globalThis.fetch' }, { at: 'fetch', nth: 2 }],
        settings,
        only: isEsModule,
      },
      // A local `fetch` that a rewritten use would land in: the import takes another name.
      {
        code: dedent`
          export function a(url) { return fetch(url); }
          export function b(fetch) { return globalThis.fetch(fetch); }
        `,
        output: dedent`
          import { fetch as standardFetch } from '${HTTP}';

          export function a(url) { return standardFetch(url); }
          export function b(fetch) { return standardFetch(fetch); }
        `,
        errors: [{ at: 'fetch' }, { at: 'globalThis.fetch' }],
        settings,
        only: isEsModule,
      },
      // A feature check keeps testing the global: the import must not capture it.
      {
        code: dedent`
          import { a } from 'a';
          if (typeof fetch === 'function') fetch(a);
        `,
        output: dedent`
          import { a } from 'a';
          import { fetch as standardFetch } from '${HTTP}';
          if (typeof fetch === 'function') standardFetch(a);
        `,
        errors: [{ at: 'fetch', nth: 1 }],
        settings,
      },
      // A polyfill writes the global; the uses move to the client, the write stays.
      {
        code: dedent`
          import { polyfill } from 'p';
          globalThis.fetch ??= polyfill;
          export const go = () => fetch(url);
        `,
        output: dedent`
          import { polyfill } from 'p';
          import { fetch } from '${HTTP}';
          globalThis.fetch ??= polyfill;
          export const go = () => fetch(url);
        `,
        errors: [{ at: 'fetch', nth: 1 }],
        settings,
      },
      // A local `fetch` in a scope no use is in does not matter.
      {
        code: dedent`
          import { a } from 'a';
          const fetchers = { fetch };
          function local() { const fetch = a; return fetch; }
        `,
        output: dedent`
          import { a } from 'a';
          import { fetch } from '${HTTP}';
          const fetchers = { fetch };
          function local() { const fetch = a; return fetch; }
        `,
        errors: [{ at: 'fetch', nth: 1 }],
        settings,
      },
      // Shorthand properties keep their key under an alias.
      {
        code: dedent`
          import { a } from 'a';
          register({ fetch }, a);
          export function wrap(fetch) { return { fetch, original: window.fetch }; }
        `,
        output: dedent`
          import { a } from 'a';
          import { fetch as standardFetch } from '${HTTP}';
          register({ fetch: standardFetch }, a);
          export function wrap(fetch) { return { fetch, original: standardFetch }; }
        `,
        errors: [{ at: 'fetch' }, { at: 'window.fetch' }],
        settings,
      },
      // TypeScript: a type query of the global fetch stays the global's type.
      {
        code: dedent`
          import type { A } from 'a';
          export const f: typeof fetch = (input) => fetch(input);
        `,
        output: dedent`
          import type { A } from 'a';
          import { fetch as standardFetch } from '${HTTP}';
          export const f: typeof fetch = (input) => standardFetch(input);
        `,
        errors: [{ at: 'fetch', nth: 1 }],
        settings,
      },
      // CommonJS: a require() destructuring before every other load, after the directives.
      {
        code: dedent`
          'use strict';
          const path = require('node:path');
          module.exports = (url) => fetch(path.join(base, url));
        `,
        output: dedent`
          'use strict';
          const { fetch } = require('${HTTP}');
          const path = require('node:path');
          module.exports = (url) => fetch(path.join(base, url));
        `,
        errors: [{ at: 'fetch' }],
        settings,
        only: isCommonJs,
      },
      // CommonJS: merged into the file's require() of the target.
      {
        code: dedent`
          const { Headers } = require('${HTTP}');
          exports.go = () => global.fetch(url, { headers: new Headers() });
        `,
        output: dedent`
          const { Headers, fetch } = require('${HTTP}');
          exports.go = () => fetch(url, { headers: new Headers() });
        `,
        errors: [{ at: 'global.fetch' }],
        settings,
        only: isCommonJs,
      },
      // CommonJS without semicolons; but a line starting with `(` would call the require()'s value.
      {
        code: dedent`
          const a = require('a')
          module.exports = () => fetch(a)
        `,
        output: dedent`
          const { fetch } = require('${HTTP}')
          const a = require('a')
          module.exports = () => fetch(a)
        `,
        errors: [{ at: 'fetch' }],
        settings,
        only: isCommonJs,
      },
      {
        code: dedent`
          (async () => fetch(a))()
        `,
        output: dedent`
          const { fetch } = require('${HTTP}');

          (async () => fetch(a))()
        `,
        errors: [{ at: 'fetch' }],
        settings,
        only: isCommonJs,
      },
      // A type assertion or a destructuring: reported, left for a human; the plain use in the file is still fixed.
      {
        code: dedent`
          import { z } from 'zod';
          const raw = (globalThis as any).fetch(z);
          const { fetch: f } = window;
          export const both = [raw, f, fetch(z)];
        `,
        output: dedent`
          import { z } from 'zod';
          import { fetch } from '${HTTP}';
          const raw = (globalThis as any).fetch(z);
          const { fetch: f } = window;
          export const both = [raw, f, fetch(z)];
        `,
        errors: [
          {
            at: '(globalThis as any).fetch',
            ...notFixed(reason('memberThroughAssertion', { object: 'globalThis', member: 'fetch' })),
          },
          { at: 'fetch: f', ...notFixed(reason('destructuredGlobal', { global: 'fetch' })) },
          { at: 'fetch', nth: 2 },
        ],
        settings,
      },
      {
        code: dedent`
          const { fetch } = globalThis;
          export default fetch;
        `,
        errors: [{ at: 'fetch', ...notFixed(reason('destructuredGlobal', { global: 'fetch' })) }],
        settings,
      },
      // A declaration file loads nothing.
      {
        code: 'export default fetch;',
        filename: 'file.d.ts',
        errors: [{ at: 'fetch', ...notFixed(reason('declarationFile')) }],
        settings,
      },
      // The target's default export in place of the global.
      {
        code: "import { a } from 'a';\nfetch(a);",
        output: `import { a } from 'a';\nimport fetch from '${HTTP}';\nfetch(a);`,
        errors: [{ at: 'fetch' }],
        settings: defaultExport,
        only: isEsModule,
      },
      {
        code: "const a = require('a');\nfetch(a);",
        output: `const { default: fetch } = require('${HTTP}');\nconst a = require('a');\nfetch(a);`,
        errors: [{ at: 'fetch' }],
        settings: defaultExport,
        only: isCommonJs,
      },
      // No `globals.fetch` in the target: reported only, naming the client.
      {
        code: 'fetch(url);',
        errors: [{ at: 'fetch' }],
        settings: { 'standard-clients': { http: withoutGlobals } },
      },
    ],
  },
);

/** A `.js` file as ESLint's defaults read it (an ES module), or as a script: the variants above cannot name one. */
function fixJs(code: string, sourceType: 'module' | 'script' = 'module') {
  const linter = consumerLinter();
  const config = {
    files: ['**/*.js'],
    plugins: { 'standard-clients': plugin },
    languageOptions: { sourceType },
    settings,
    rules: { 'standard-clients/no-global-fetch': 'error' },
  } as Linter.Config;
  const messages = linter.verify(code, config, 'src/file.js');
  const { output } = linter.verifyAndFix(code, config, 'src/file.js');
  return { output, messageIds: messages.map((m) => m.messageId) };
}

describe('no-global-fetch in a .js file', () => {
  it('imports where the file imports', () => {
    expect(fixJs('export default 1;\nfetch(url);')).toEqual({
      output: `import { fetch } from '${HTTP}';\n\nexport default 1;\nfetch(url);`,
      messageIds: ['banned'],
    });
  });

  it('requires where the file requires', () => {
    expect(fixJs("const p = require('p');\nfetch(p);").output).toBe(
      `const { fetch } = require('${HTTP}');\nconst p = require('p');\nfetch(p);`,
    );
  });

  it('does not guess in a file that does neither', () => {
    expect(fixJs('fetch(url);')).toEqual({ output: 'fetch(url);', messageIds: ['notFixed/unknownModuleSystem'] });
  });

  it('reports a script only', () => {
    expect(fixJs("import('x');\nfetch(url);", 'script')).toEqual({
      output: "import('x');\nfetch(url);",
      messageIds: ['notFixed/scriptFile'],
    });
  });

  it('leaves a use under eslint-disable out of the fix, and the import does not capture it', () => {
    const code = dedent`
      import { a } from 'a';
      fetch(a);
      // eslint-disable-next-line standard-clients/no-global-fetch
      fetch(b);
    `;
    expect(fixJs(code).output).toBe(dedent`
      import { a } from 'a';
      import { fetch as standardFetch } from '${HTTP}';
      standardFetch(a);
      // eslint-disable-next-line standard-clients/no-global-fetch
      fetch(b);
    `);
  });
});

// A file target: the client's own package wraps the global fetch; other files import it by a relative path.
const fileTarget = workspaceSettings({
  http: { file: 'packages/http-client/src/index.ts', name: 'HttpClient', globals: { fetch: 'fetch' } },
});

runRuleCases(
  'no-global-fetch with a file target',
  rule,
  {
    messageId: 'banned',
    data: () => ({ global: 'fetch', advice: "use HttpClient from '../../../http-client/src/index'." }),
  },
  {
    valid: [
      {
        code: 'export const fetchWithRetries = (url) => fetch(url);',
        filename: inWorkspace('packages/http-client/src/retry.ts'),
        settings: fileTarget,
      },
    ],
    invalid: [
      {
        code: "import { a } from './a';\nexport const send = () => fetch(a);",
        filename: inWorkspace('packages/billing/src/invoices/send.ts'),
        settings: fileTarget,
        output:
          "import { a } from './a';\nimport { fetch } from '../../../http-client/src/index';\nexport const send = () => fetch(a);",
        errors: [{ at: 'fetch' }],
      },
    ],
  },
);
