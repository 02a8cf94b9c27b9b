import type { Schema } from './validate-json.js';

/** A name the fixed file imports from the target; `'default'` means the target's default export. */
const exportName: Schema = { type: 'string', minLength: 1, format: 'target-export' };
/** A name the banned module provides (an export or a member of its module object). */
const bannedName: Schema = { type: 'string', minLength: 1, format: 'property-name' };

export const mappingSchema: Schema = {
  type: 'object',
  description: 'how the names one banned module provides translate to the target exports',
  properties: {
    default: {
      ...exportName,
      description:
        "target export that replaces the default export and what require() returns ('default': the target's default export)",
    },
    named: {
      type: 'object',
      description: 'banned export name -> target export name, for values and types',
      propertyNames: bannedName,
      additionalProperties: exportName,
    },
    members: {
      type: 'object',
      description:
        'member of the module object or of the default export -> target export name, for `axios.isAxiosError` uses',
      propertyNames: bannedName,
      additionalProperties: exportName,
    },
    surface: {
      type: 'array',
      description:
        'members of the default export that the export `default` maps to has too (`axios.get` stays `httpClient.get`); any other member read makes the load manual',
      items: bannedName,
    },
    promises: {
      type: 'object',
      description:
        "per banned name ('default', an export or a member), what its replacement has: { members, instances, returns, narrows }",
      propertyNames: bannedName,
      additionalProperties: {
        type: 'object',
        description: "what the target promises for one banned name; a list left out is taken on the mapping's word",
        properties: {
          members: { type: 'array', items: bannedName, description: 'members read on the name itself (statics)' },
          instances: {
            type: 'array',
            items: bannedName,
            description: 'members of its instances (new X(), values narrowed by instanceof X or a guard)',
          },
          returns: { type: 'array', items: bannedName, description: 'members of what calling it returns (a factory)' },
          narrows: {
            ...bannedName,
            description: 'for a type guard: the promised name whose instances it narrows its argument to',
          },
        },
        additionalProperties: false,
      },
    },
    versions: {
      type: 'string',
      format: 'semver-range',
      description: "the versions of the banned package the mapping is a drop-in for, e.g. '>=4'",
    },
    versionsNote: {
      type: 'string',
      minLength: 1,
      description: 'why other versions are not, shown when the installed version is outside versions',
    },
  },
  additionalProperties: false,
};

export const targetSchema: Schema = {
  type: 'object',
  description:
    'where the standardized client lives: { module } or { file }, with optional name, advice, guide and mappings',
  properties: {
    module: { type: 'string', minLength: 1, description: "package specifier, e.g. '@org/http-client'" },
    file: {
      type: 'string',
      minLength: 1,
      description:
        "workspace file, absolute or relative to settings['standard-clients'].root, e.g. packages/http/src/index.ts",
    },
    extension: {
      type: 'string',
      enum: ['none', 'js', 'keep'],
      description: "with file: how fixed specifiers end: 'none' (default), 'js' for NodeNext ESM, 'keep' as written",
    },
    name: { type: 'string', minLength: 1, description: 'the client name used in messages' },
    advice: {
      type: 'string',
      minLength: 1,
      description: "why to switch, shown in messages after the target: e.g. 'standardized retries and error mapping'",
    },
    guide: {
      type: 'string',
      format: 'url',
      description: "link to the team's migration guide, shown in messages, e.g. 'https://wiki.example.com/http-client'",
    },
    version: {
      type: 'string',
      minLength: 1,
      description: "with module: the version range a package.json suggestion adds, e.g. '^2.0.0'",
    },
    mappings: {
      type: 'object',
      description: 'per banned module, how its names map to this target',
      additionalProperties: mappingSchema,
    },
    testing: {
      type: 'string',
      minLength: 1,
      description:
        "the module tests mock the client with, named in the advice for mock libraries of banned clients, e.g. '@org/http-client/testing'",
    },
  },
  oneOf: [{ required: ['module'] }, { required: ['file'] }],
  additionalProperties: false,
};

const moduleList: Schema = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  minItems: 1,
  uniqueItems: true,
};

/** Options every rule shares; defaults live in each rule's meta.defaultOptions. */
export const commonOptionProperties: Record<string, Schema> = {
  allowTypeImports: {
    type: 'boolean',
    description: 'Allow loads that vanish at compile time (`import type`, `typeof import()`). Default false.',
  },
  checkMocks: {
    type: 'boolean',
    description: 'Report `jest.mock()`/`vi.mock()` and their siblings. Default true.',
  },
  allow: {
    type: 'array',
    items: { type: 'string', minLength: 1 },
    description: "Globs of files exempt from the rule, relative to settings['standard-clients'].root.",
  },
};

/** A package that exists only around a listed client (its mock, plugin, framework binding or `@types`). */
const companionSchema: Schema = {
  type: 'object',
  description: 'a package that exists only around the client: { module, kind, reason, of? }',
  properties: {
    module: { type: 'string', minLength: 1, description: "the companion package, e.g. 'got-mock'" },
    kind: {
      type: 'string',
      enum: ['mock', 'plugin', 'types', 'framework'],
      description: 'what it is, which selects the advice',
    },
    reason: {
      type: 'string',
      minLength: 1,
      description: "why it goes with the client, completing \"'<module>' …\", e.g. 'mocks got in tests'",
    },
    of: { type: 'string', minLength: 1, description: "the banned module it goes with (default: the client's first)" },
  },
  required: ['module', 'kind', 'reason'],
  additionalProperties: false,
};

export const bannedClientOptionsSchema: Schema = {
  type: 'object',
  properties: {
    modules: { ...moduleList, description: 'Replaces the default list of banned modules.' },
    target: { ...targetSchema, description: "Overrides the shared settings['standard-clients'] target." },
    message: { type: 'string', minLength: 1, description: 'Replaces the advice after "\'x\' is banned:".' },
    ...commonOptionProperties,
    companions: {
      type: 'boolean',
      description: "Report the client's companion packages (mocks, plugins, framework bindings). Default true.",
    },
  },
  additionalProperties: false,
};

export const restrictedClientsOptionsSchema: Schema = {
  type: 'object',
  properties: {
    clients: {
      type: 'array',
      description: 'Banned clients, each with its modules and what replaces them.',
      items: {
        type: 'object',
        properties: {
          modules: { ...moduleList, description: 'Modules (and their subpaths) that are banned.' },
          target: targetSchema,
          name: { type: 'string', minLength: 1, description: 'The replacement client name used in messages.' },
          message: { type: 'string', minLength: 1, description: 'Replaces the advice after "\'x\' is banned:".' },
          companions: {
            type: 'array',
            description: 'Packages that exist only around this client, reported with it.',
            items: companionSchema,
          },
        },
        required: ['modules'],
        additionalProperties: false,
      },
    },
    ...commonOptionProperties,
  },
  required: ['clients'],
  additionalProperties: false,
};

/** The shared HTTP target also names what replaces the global `fetch` (read by no-global-fetch only). */
const httpTargetSchema: Schema = {
  ...targetSchema,
  description: `${targetSchema.description}; and globals`,
  properties: {
    ...targetSchema.properties,
    globals: {
      type: 'object',
      description: 'global APIs the target replaces, each with the target export that takes its place',
      properties: {
        fetch: {
          ...exportName,
          description: "target export that replaces the global fetch (no-global-fetch), e.g. 'fetch'",
        },
      },
      additionalProperties: false,
    },
  },
};

export const settingsSchema: Schema = {
  type: 'object',
  description: 'the shared settings of eslint-plugin-standard-clients',
  properties: {
    root: {
      type: 'string',
      minLength: 1,
      description:
        'absolute folder that file targets and allow globs resolve against, e.g. import.meta.dirname; default: the ESLint working directory',
    },
    allow: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: "globs of files exempt from every rule, relative to root; a rule's own allow adds to them",
    },
    http: httpTargetSchema,
    redis: targetSchema,
  },
  additionalProperties: false,
};

/** The global APIs `no-global-fetch` reports besides `fetch` when asked to (never fixed). */
export const BROWSER_APIS = ['XMLHttpRequest', 'navigator.sendBeacon'] as const;

export const globalFetchOptionsSchema: Schema = {
  type: 'object',
  properties: {
    browserApis: {
      type: 'array',
      items: { type: 'string', enum: BROWSER_APIS },
      uniqueItems: true,
      description: `Other browser request APIs to report (never fixed): any of ${BROWSER_APIS.join(', ')}. Default none.`,
    },
    allow: commonOptionProperties.allow!,
  },
  additionalProperties: false,
};
