import type { InvalidCase, ValidCase } from '../helpers/rule-cases.js';

/**
 * Every way a file can load module `m`, each reported once at the quoted specifier.
 * Forms that a grammar rejects (TypeScript syntax under espree, top-level await in CommonJS)
 * are dropped for that variant by the case runner, so each form runs under every parser that accepts it.
 */
export function loadFormCases(m: string): InvalidCase<'banned', readonly unknown[]>[] {
  const q = `'${m}'`;
  const at = (text = q, nth = 0) => [{ at: text, nth }];
  const cases: [string, ReturnType<typeof at>?][] = [
    // static imports
    [`import client from ${q};`],
    [`import { get, post as send } from ${q};`],
    [`import * as ns from ${q};`],
    [`import ${q};`],
    [`import {} from ${q};`],
    [`import client, { get } from ${q};`],
    [`import client, * as ns from ${q};`],
    [`import { default as client } from ${q};`],
    [`import { 'get' as get } from ${q};`],
    [`import type { Config } from ${q};`],
    [`import type client from ${q};`],
    [`import { type Config } from ${q};`],
    [`import { type Config, get } from ${q};`],
    [`import manifest from '${m}/package.json' with { type: 'json' };`, at(`'${m}/package.json'`)],
    [`// leading comment\nimport client from ${q}; // trailing\nclient();`],
    // re-exports
    [`export { get, default as client } from ${q};`],
    [`export type { Config } from ${q};`],
    [`export { type Config } from ${q};`],
    [`export * from ${q};`],
    [`export * as ns from ${q};`],
    [`export type * from ${q};`],
    // require in every position
    [`const client = require(${q});`],
    [`const { get, post: send } = require(${q});`],
    [`const { get = fallback, ...rest } = require(${q});`],
    [`const client = require(${q}).default;`],
    [`const get = require(${q})['get'];`],
    [`require(${q}).get('/');`],
    [`require(${q});`],
    [`const client = require(\`${m}\`);`, at(`\`${m}\``)],
    [`const client = require((${q}));`],
    [`let client; client = require(${q});`],
    [`module.exports = require(${q});`],
    [`function load() { return require(${q}); }`],
    [`class Service { static { this.client = require(${q}); } }`],
    [`const client = condition ? require(${q}) : null;`],
    [`const pool = [require(${q})];`],
    [`const get = require(${q})?.get;`],
    [`const resolved = require.resolve(${q});`],
    [`const resolved = require.resolve(${q}, { paths: [__dirname] });`],
    [
      `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nconst client = require(${q});`,
    ],
    // dynamic import
    [`const ns = await import(${q});`],
    [`const { default: client } = await import(${q});`],
    [`async function load() { const { get } = await import(${q}); return get; }`],
    [`import(${q}).then((ns) => ns.default);`],
    [`import(${q}).then(({ get }) => get('/'));`],
    [`const pending = import(\`${m}\`);`, at(`\`${m}\``)],
    [`const lazy = () => import(${q});`],
    [`const ns = await import(${q}, { with: { type: 'json' } });`],
    // TypeScript module forms
    [`import client = require(${q});`],
    [`import type client = require(${q});`],
    [`export import client = require(${q});`],
    [`type Module = typeof import(${q});`],
    [`type Response = import(${q}).Response<string>;`],
    [`let config: import(${q}).Namespace.Config;`],
    [`function make(): typeof import(${q}).default { return null!; }`],
    // test mocks
    ...['mock', 'doMock', 'unmock', 'dontMock', 'requireActual', 'requireMock', 'createMockFromModule'].map(
      (method): [string] => [`jest.${method}(${q});`],
    ),
    ...['mock', 'doMock', 'unmock', 'doUnmock', 'importActual', 'importMock'].map((method): [string] => [
      `vi.${method}(${q});`,
    ]),
    [`jest.mock(${q}, () => ({ get: jest.fn() }));`],
    [`vi.mock(import(${q}));`, at(q)],
    // subpaths and several loads per file
    [`import adapter from '${m}/lib/adapters/http';`, at(`'${m}/lib/adapters/http'`)],
    [`const adapter = require('${m}/lib/adapters/http.js');`, at(`'${m}/lib/adapters/http.js'`)],
    [
      `import client from ${q};\nconst again = require(${q});\ntype T = typeof import(${q});`,
      [
        { at: q, nth: 0 },
        { at: q, nth: 1 },
        { at: q, nth: 2 },
      ],
    ],
    [`const element = <Provider value={require(${q})} />;`],
  ];
  return cases.map(([code, errors = at()]) => ({ code, errors }));
}

/** Code that mentions module `m` without loading it: never reported. */
export function nonLoadCases(m: string): ValidCase<readonly unknown[]>[] {
  const q = `'${m}'`;
  return [
    `declare module ${q} { interface Config { retries?: number } }`,
    `declare module ${q};`,
    `const name = ${q};`,
    `const docs = "import client from ${q}";`,
    `// const client = require(${q});`,
    `const pkg = { dependencies: { ${q}: '^1.0.0' } };`,
    `require(name);`,
    `require(${q} + suffix);`,
    `require(\`${m}\${suffix}\`);`,
    `require(\`\${prefix}${m}\`);`,
    `import(name);`,
    `import(\`${m}/\${path}\`);`,
    `require();`,
    `function load(require) { return require(${q}); }`,
    `const require = (id) => id;\nrequire(${q});`,
    `{ const require = makeLoader(); require(${q}); }`,
    `loader.require(${q});`,
    `require.cache[${q}];`,
    `require.main(${q});`,
    `other.mock(${q});`,
    `jest.fn(${q});`,
    `jest.mock(name);`,
    `vi.mock('./${m}');`,
    `import client from './${m}';`,
    `import client from '../${m}/index.js';`,
    `import client from '${m}-logger';`,
    `import client from '${m}2';`,
    `import client from 'my-${m}';`,
    `import type { Client } from '@types/${m.replace('@', '').replace('/', '__')}';`,
    `import client from '@scope/${m.split('/').at(-1)}';`,
    `export { client } from './client';`,
    `export * from './${m}';`,
    `type Local = typeof import('./${m}');`,
  ].map((code) => ({ code }));
}
