// Fuzzes the rules with random programs (eslump) into which banned loads are injected in every form and
// position, under espree and typescript-eslint, with and without fixes. A failure is a program where a rule
// crashes, a fix does not parse, an unrelated identifier resolves elsewhere after the fix, a comment is lost or
// duplicated, or a second fix pass changes the first one's output.
import * as tsParser from '@typescript-eslint/parser';
import { seededRandom } from '../../scripts/seeded-random.js';
import { Linter } from 'eslint';
import standardClients from 'eslint-plugin-standard-clients';
import { generateRandomJS } from 'eslump';

const [{ settings }] = standardClients.configs.maily;
const targets = new Set([settings['standard-clients'].http.module, settings['standard-clients'].redis.module]);
const BANNED =
  /^(axios|node-fetch|cross-fetch|isomorphic-fetch|isomorphic-unfetch|node-fetch-native|undici|redis|ioredis|iovalkey|@redis\/client|async-redis|handy-redis|then-redis|promise-redis|tedis)(\/|$)/;

const NAMES = [
  'axios',
  'httpClient',
  'fetch',
  'nodeFetch',
  'HttpClientError',
  'AxiosError',
  'createRedisClient',
  'redis',
  'Redis',
  'RedisClient',
  'client',
  'a',
  'b',
  'i',
];
const ESM_LOADS = [
  (l) => `import ${l} from 'axios';`,
  (l) => `import { AxiosError as ${l} } from 'axios';`,
  (l) => `import { isAxiosError as ${l} } from 'axios';`,
  (l) => `import * as ${l} from 'redis';`,
  (l) => `import ${l} from 'node-fetch';`,
  (l) => `import { Headers as ${l} } from 'cross-fetch';`,
  (l) => `import ${l}, { Cluster } from 'ioredis';`,
  (l) => `import { createClient as ${l} } from '@redis/client';`,
  () => `import 'isomorphic-fetch';`,
  () => `export { AxiosError as HttpError } from 'axios';`,
  () => `export * from 'redis';`,
  () => `jest.mock('axios');`,
  // Disabled loads and mocked modules: never rewritten through another load's fix.
  (l) => `// eslint-disable-next-line standard-clients/no-axios -- approved\nimport ${l} from 'axios';`,
  (l) => `import { createClient as ${l} } from 'redis'; /* eslint-disable-line */`,
  () => `vi.mock('axios', () => ({ default: { get: vi.fn() }, AxiosError: class {} }));`,
  () => `vi.doMock('redis');`,
  // Modules that joined the bans, and Node's own HTTP modules (reported where requests are made, never fixed).
  (l) => `import { fetch as ${l}, Headers } from 'undici';`,
  (l) => `import ${l} from 'iovalkey';`,
  (l) => `import * as ${l} from 'node:https';`,
];
const CJS_LOADS = [
  (l) => `const ${l} = require('axios');`,
  (l) => `const { createClient: ${l} } = require('redis');`,
  (l) => `const ${l} = require('redis');`,
  (l) => `const { FetchError: ${l} } = require('node-fetch');`,
  () => `require('cross-fetch/polyfill');`,
  (l) => `/* eslint-disable-next-line standard-clients/no-axios */\nconst ${l} = require('axios');`,
  () => `jest.mock('axios', () => ({ get: jest.fn() }));`,
  (l) => `const { Redis: ${l} } = require('iovalkey');`,
  (l) => `const ${l} = require('http');`,
];
const EXPRESSION_LOADS = [
  "require('axios')",
  "require('redis').createClient",
  "require('axios').default",
  "require.resolve('ioredis')",
  "require('node:http').get",
];

// Uses of the global fetch (no-global-fetch), given a parameter name that may shadow the import's name.
const GLOBAL_FETCH_USES = [
  (p) => `const g = (${p}) => fetch(${p});`,
  (p) => `function g(${p}) { return globalThis.fetch(${p}); }`,
  (p) => `const g = { fetch, run: (${p}) => window['fetch'](${p}) };`,
  () => `const g = self.fetch.bind(globalThis);`,
];
// A disabled use stays out of the fix (and its name out of the import's): only where it is the global's.
const DISABLED_GLOBAL_FETCH_USE = `// eslint-disable-next-line standard-clients/no-global-fetch\nconst g = (url) => fetch(url);`;

// Members read on module objects and default bindings: mapped, in the surface, or neither.
const MEMBERS = ['createClient', 'get', 'isAxiosError', 'AxiosError', 'default', 'create'];
// Members read on instances, factory results and narrowed values: promised by the preset, or not.
const INSTANCE_MEMBERS = ['get', 'set', 'multi', 'status', 'response', 'message', 'on', 'connect', 'quit'];

/** Uses the drop-in checks follow: instances, factory results (maybe given a callback), narrowed values. */
const FOLLOWED_USES = [
  (l, p, m) => `const made${p} = new ${l}(${p}); made${p}.${m}();`,
  (l, p, m) => `class Holder${p} { client = new ${l}(); read() { return this.client.${m}(${p}); } }`,
  (l, p, m) => `${l}(${p}).${m}('k', (error) => error);`,
  (l, p, m) => `try { run(); } catch (${p}) { if (${p} instanceof ${l} && ${p}.${m}) throw ${p}; }`,
  (l, p, m) => `function guard${p}(${p}) { if (!${l}.isAxiosError(${p})) return; return ${p}.${m}; }`,
  (l, p) => `export const escaped${p} = ${l}();`,
];

const pick = (random, items) => items[Math.floor(random() * items.length)];

/** Sometimes puts a comment in a load: in its braces, one item per line with a line comment, or after it. */
function withComment(random, load, index) {
  const where = random();
  if (where < 0.15 && load.includes('{ ')) return load.replace('{ ', `{ /* in${index} */ `);
  if (where < 0.3 && load.includes('{ ')) return load.replace('{ ', '{\n  ').replace(' }', `, // line${index}\n}`);
  if (where < 0.4) return `${load} // after${index}`;
  return load;
}

/** A random program with banned loads injected; undefined when eslump's program does not parse. */
export function makeProgram(random, commonJs) {
  const original = Math.random;
  Math.random = random;
  let body;
  try {
    body = generateRandomJS({
      sourceType: commonJs ? 'script' : 'module',
      maxDepth: 5,
      comments: random() < 0.3,
      whitespace: false,
    });
  } finally {
    Math.random = original;
  }
  const locals = [...NAMES].sort(() => random() - 0.5);
  const header = [];
  const uses = [];
  const count = 1 + Math.floor(random() * 4);
  for (let i = 0; i < count && locals.length > 0; i++) {
    const local = locals.pop();
    header.push(withComment(random, pick(random, commonJs ? CJS_LOADS : ESM_LOADS)(local), i));
    const param = pick(random, NAMES);
    const member = pick(random, MEMBERS);
    const use = random();
    uses.push(
      use < 0.3
        ? `function use${i}(${param}) { return [${local}, ${local}.${member}, ${param}]; }`
        : use < 0.55
          ? `const use${i} = (${param}) => ${local}.${member}(${param});`
          : use < 0.75
            ? `const use${i} = { ${local}, other: () => ${local} };`
            : pick(random, FOLLOWED_USES)(local, `${param}${i}`, pick(random, INSTANCE_MEMBERS)),
    );
  }
  if (random() < 0.5) {
    const fetchIsLocal = !locals.includes('fetch');
    const use =
      random() < 0.2 && !fetchIsLocal
        ? DISABLED_GLOBAL_FETCH_USE
        : pick(random, GLOBAL_FETCH_USES)(pick(random, NAMES));
    uses.push(
      use
        .replace('const g =', `const useGlobal${uses.length} =`)
        .replace('function g(', `function useGlobal${uses.length}(`),
    );
  }
  // Replace one string literal of the random program by a load in expression position.
  if (random() < 0.5) {
    const strings = [...body.matchAll(/"(?:[^"\\\n]|\\.)*"/g)];
    if (strings.length > 0) {
      const target = pick(random, strings);
      body = `${body.slice(0, target.index)}${pick(random, EXPRESSION_LOADS)}${body.slice(target.index + target[0].length)}`;
    }
  }
  const code = `${header.join('\n')}\n${body}\n${uses.join('\n')}\nglobalThis.seen = typeof fetch;\n`;
  return code;
}

const parsers = {
  espree: { languageOptions: {} },
  typescript: { languageOptions: { parser: tsParser } },
};

// A bare `**/*` matches no file on its own in flat config: name the extensions.
function languageBlock(parser, commonJs) {
  return {
    files: parser === 'typescript' ? ['**/*.ts'] : ['**/*.js', '**/*.cjs'],
    languageOptions: { ...parsers[parser].languageOptions, ...(commonJs && { sourceType: 'commonjs' }) },
  };
}

function config(parser, commonJs) {
  return [...standardClients.configs.maily, languageBlock(parser, commonJs)];
}

/** The first comment whose count differs between the two programs, or undefined. */
function commentDifference(before, after, parser, commonJs) {
  const counts = new Map();
  const count = (code, delta) => {
    for (const comment of sourceCodeOf(code, parser, commonJs).getAllComments()) {
      const key = `${comment.type} ${comment.value}`;
      counts.set(key, (counts.get(key) ?? 0) + delta);
    }
  };
  count(before, 1);
  count(after, -1);
  return [...counts].find(([, n]) => n !== 0)?.[0];
}

/** Which declaration each reference resolves to, for references that are not to banned or target bindings. */
function sourceCodeOf(code, parser, commonJs) {
  const linter = new Linter({ configType: 'flat' });
  let sourceCode;
  const probe = {
    meta: { type: 'problem', schema: [] },
    create: (context) => ({ 'Program:exit': () => void (sourceCode = context.sourceCode) }),
  };
  const messages = linter.verify(
    code,
    [
      { plugins: { probe: { rules: { scope: probe } } }, rules: { 'probe/scope': 'error' } },
      languageBlock(parser, commonJs),
    ],
    parser === 'typescript' ? 'file.ts' : 'file.js',
  );
  if (messages.some((m) => m.fatal)) throw new Error(`does not parse: ${messages[0].message}`);
  if (!sourceCode) throw new Error(`the probe did not run: ${JSON.stringify(messages)}`);
  return sourceCode;
}

function unrelatedReferences(code, parser, commonJs) {
  const { scopeManager } = sourceCodeOf(code, parser, commonJs);
  const ordinal = new Map();
  const identity = (variable) => {
    if (!ordinal.has(variable)) {
      const same = [...ordinal.keys()].filter((v) => v.name === variable.name).length;
      ordinal.set(variable, `${variable.name}#${same}`);
    }
    return ordinal.get(variable);
  };
  const result = [];
  const scopes = [...scopeManager.scopes];
  for (const scope of scopes) for (const variable of scope.variables) if (!isLoadBinding(variable)) identity(variable);
  for (const scope of scopes) {
    for (const reference of scope.references) {
      const variable = reference.resolved;
      if (variable && isLoadBinding(variable)) continue;
      // A use of the global fetch is meant to move to the target's fetch; a feature check or a write is not.
      if (!variable?.defs.length && isGlobalFetchUse(reference)) continue;
      // `require` itself is part of the loads a fix merges or rewrites.
      if (reference.identifier.name === 'require' && !variable?.defs.length) continue;
      result.push(`${reference.identifier.name}@${variable ? identity(variable) : 'global'}`);
    }
  }
  return result;
}

const GLOBAL_OBJECTS = new Set(['globalThis', 'window', 'self', 'global']);

function isGlobalFetchUse(reference) {
  const { identifier } = reference;
  const { parent } = identifier;
  if (identifier.name === 'fetch')
    return !reference.isWrite() && !(parent.type === 'UnaryExpression' && parent.operator === 'typeof');
  if (!GLOBAL_OBJECTS.has(identifier.name) || parent.type !== 'MemberExpression' || parent.object !== identifier)
    return false;
  const name = parent.computed ? parent.property.value : parent.property.name;
  return name === 'fetch' && !(parent.parent.type === 'AssignmentExpression' && parent.parent.left === parent);
}

function loadedSpecifier(def) {
  if (def.type === 'ImportBinding') return def.parent.source.value;
  let init = def.node.type === 'VariableDeclarator' ? def.node.init : undefined;
  while (init && (init.type === 'MemberExpression' || init.type === 'AwaitExpression'))
    init = init.object ?? init.argument;
  if (init?.type === 'CallExpression' && init.callee.name === 'require') return init.arguments[0]?.value;
  if (init?.type === 'ImportExpression') return init.source.value;
  return undefined;
}

function isLoadBinding(variable) {
  return variable.defs.some((def) => {
    const specifier = loadedSpecifier(def);
    return typeof specifier === 'string' && (BANNED.test(specifier) || targets.has(specifier));
  });
}

/** Checks one program under one parser: a failure description, undefined when it passes, null when skipped. */
export function checkProgram(code, parser, commonJs) {
  const linter = new Linter({ configType: 'flat' });
  const filename = parser === 'typescript' ? 'file.ts' : commonJs ? 'file.cjs' : 'file.js';
  // eslump writes programs a parser (or ESLint's own checks, such as duplicate declarations) rejects: not a case.
  if (linter.verify(code, [languageBlock(parser, commonJs)], filename).some((m) => m.fatal)) return null;
  try {
    const messages = linter.verify(code, config(parser, commonJs), filename);
    if (messages.some((m) => m.message.startsWith('No matching configuration')))
      return 'no configuration matched: the rules did not run';
    const fixed = linter.verifyAndFix(code, config(parser, commonJs), filename);
    if (fixed.messages.some((m) => m.fatal))
      return `the fix does not parse: ${fixed.messages.find((m) => m.fatal).message}`;
    if (fixed.messages.some((m) => m.fix)) return 'a fixable report remains after --fix';
    const lost = commentDifference(code, fixed.output, parser, commonJs);
    if (lost) return `a comment is not in the fixed file exactly once: ${lost}`;
    const again = linter.verifyAndFix(fixed.output, config(parser, commonJs), filename);
    if (again.output !== fixed.output) return 'a second --fix pass changed the output';
    const before = unrelatedReferences(code, parser, commonJs);
    const after = unrelatedReferences(fixed.output, parser, commonJs);
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      const index = before.findIndex((entry, i) => entry !== after[i]);
      return `an unrelated reference changed: ${before[index]} became ${after[index]}`;
    }
  } catch (error) {
    return `crash: ${error.stack ?? error}`;
  }
  return undefined;
}

/** Runs `runs` programs from `seed`; returns the failures with the programs that caused them. */
export function fuzz({ seed, runs }) {
  const random = seededRandom(seed);
  const failures = [];
  let checked = 0;
  for (let i = 0; i < runs; i++) {
    const commonJs = random() < 0.3;
    const code = makeProgram(random, commonJs);
    for (const parser of Object.keys(parsers)) {
      if (commonJs && parser === 'typescript') continue;
      const failure = checkProgram(code, parser, commonJs);
      if (failure === undefined) checked++;
      else if (failure !== null) failures.push({ parser, commonJs, code, failure });
    }
  }
  return { checked, failures };
}
