/**
 * Every reason a banned load is not fixed automatically: key → message template (ESLint `{{name}}` placeholders)
 * and what the user should do. The planner returns `{ key, data }`, never text; each key is reported under its
 * own message id (`notFixed/<key>`), so tools read the id, and rewording a template changes no tool's output.
 * docs/not-fixed-reasons.md lists every key (checked by tests/docs.test.ts).
 */
export const REASONS = {
  // The module or the load form has nothing to map.
  noModuleMapping: {
    message: "'{{bannedModule}}' has no mapping to '{{target}}'",
    doc: 'The target declares no mapping for this module: add one to the target (`mappings`) or migrate by hand.',
  },
  misspeltMappingKey: {
    message: "'{{bannedModule}}' has no mapping to '{{target}}'; the mapping under '{{declared}}' looks meant for it",
    doc: "The target declares a mapping under a key spelt like the module's name but not equal to it (`nodefetch` for `node-fetch`): name the key exactly as code imports the module.",
  },
  noSubpathMapping: {
    message: "the subpath '{{subpath}}' has no mapping",
    doc: "A subpath (`axios/lib/…`) reaches into the library's internals: replace its use with the target's API by hand.",
  },
  unmappedNames: {
    message: "{{names}} {{have}} no mapping to '{{target}}'",
    doc: "Names imported from the module that the target's mapping does not list: add them to the mapping, or rewrite by hand.",
  },
  unmappedMembers: {
    message: "member {{members}} of '{{object}}' has no mapping",
    doc: 'The module object is used through members the mapping does not list: add them, or rewrite those uses by hand.',
  },
  unaccountedMembers: {
    message: "{{members}} of '{{object}}' {{are}} neither mapped in members nor part of the surface of '{{surface}}'",
    doc: "Members read on the default export that the target's export may not have: declare them in the mapping's `members` or `surface`, or rewrite by hand.",
  },
  companionInFile: {
    message: "'{{companion}}' in this file works on '{{bannedModule}}' itself; migrate both together",
    doc: "A mock or plugin of the banned client (`new MockAdapter(axios)`, `axiosRetry(axios)`) is loaded beside it: renaming the client would hand the companion the target. Replace both by hand: the target's testing module or its built-in retries.",
  },
  memberThroughAssertion: {
    message: "'{{object}}' is read through a type assertion before its member '{{member}}'",
    doc: '`(axios as any).create()` or `axios!.get()`: the assertion hides the member from the mapping, and a rename would keep a call the target may not have. Drop the assertion, or rewrite by hand.',
  },
  destructuredGlobal: {
    message: "the global '{{global}}' is destructured; take the target's export by hand",
    doc: "`const { fetch: f } = globalThis` takes the global under a name of its own: replace the declaration with an import of the target's export, by hand.",
  },
  valueUse: {
    message: "'{{name}}' is used as a value, not only through its members",
    doc: 'The module object itself is passed around or called: only a target with a `default` mapping can take its place. Rewrite by hand.',
  },
  valueWithoutDefault: {
    message: 'the module object is used as a value, which the mapping does not describe',
    doc: "`require()`'s value is used whole and the mapping has no `default`: rewrite by hand or map `default`.",
  },
  exportAll: {
    message: "'export *' re-exports the whole module, which the mapping does not describe",
    doc: 'Re-export the names your module needs from the target explicitly.',
  },
  wholeModuleType: {
    message: "the whole module's type has no mapping; name the target's types by hand",
    doc: "`typeof import('axios')` names the module's type: name the target's types instead.",
  },
  // Load forms the fix does not follow.
  resolvedPath: {
    message: 'a resolved path is not a binding; resolve the target by hand',
    doc: '`require.resolve()` returns a path: the suggestion resolves the target instead; check what the path is used for.',
  },
  sideEffectImport: {
    message: 'a side-effect import (polyfill) has no binding to map; remove it or replace it by hand',
    doc: 'An import without bindings runs the module for its effects: remove it, or replace what it set up.',
  },
  bareRequire: {
    message: 'a bare require() runs the module for its side effects; remove it or replace it by hand',
    doc: 'A `require()` whose value is unused runs the module for its effects: remove it, or replace what it set up.',
  },
  exportImport: {
    message: "'export import' is part of this module's public API; change it by hand",
    doc: 'Changing an `export import` changes what importers of this module get: change it deliberately, by hand.',
  },
  commonJsFile: {
    message: 'a CommonJS TypeScript file cannot take ES import syntax',
    doc: 'In a `.cts` file (or a CommonJS one) the fix cannot write an ES import: use `require()` of the target by hand.',
  },
  dynamicImportForm: {
    message: 'only `const … = await import()` can be followed; rewrite this import() by hand',
    doc: 'An `import()` whose value is not awaited into a declaration: rewrite it by hand, or as `const x = await import()`.',
  },
  importOptions: {
    message: 'import() with options is rewritten by hand',
    doc: 'Import attributes may not fit the target: rewrite by hand.',
  },
  notStatement: {
    message: 'the declaration is not a plain statement the fix can rewrite',
    doc: 'A `require()` declared inside an expression (e.g. a `for` head): move it into its own statement, or rewrite by hand.',
  },
  arrayDestructuring: {
    message: 'array destructuring is rewritten by hand',
    doc: 'Destructure the target by name instead.',
  },
  restElement: {
    message: 'a rest element takes the whole module object',
    doc: '`...rest` keeps every export of the old module: name the ones you use from the target.',
  },
  nestedPattern: {
    message: 'defaults and nested patterns in the destructuring are rewritten by hand',
    doc: "Defaults and nested patterns depend on the old module's shape: rewrite by hand.",
  },
  qualifiedName: {
    message: 'the qualified name cannot be followed',
    doc: "A type name the fix cannot follow: name the target's type by hand.",
  },
  // Bindings the fix cannot follow.
  noVariable: {
    message: 'the {{declaration}} declares no variable the fix can follow',
    doc: 'The parser reported no variable for the binding (an unusual parser setup): rewrite by hand.',
  },
  redeclared: {
    message: 'the binding is declared more than once in its scope',
    doc: 'Remove the duplicate declaration first; the fix then applies.',
  },
  reassigned: {
    message: 'the binding is reassigned later',
    doc: 'The binding does not always hold the module: rewrite by hand.',
  },
  nothingUsed: {
    message: 'nothing is used from it; remove it by hand',
    doc: 'Nothing of the module is used: delete the load.',
  },
  typesThroughRequire: {
    message: 'its types are used through a require()d value; rewrite by hand',
    doc: "Types read through a `require()` binding cannot be imported with `require()`: import the target's types by hand.",
  },
  nameCaptured: {
    message: "'{{name}}' cannot be bound here without capturing or being shadowed by another name",
    doc: 'Every local name the fix could use would change what another name refers to: rename the clashing binding, then fix.',
  },
  overlap: {
    message: 'the rewrites of this file would overlap',
    doc: 'Two rewrites touch the same code: fix the other loads first (or by hand), then run the fix again.',
  },
  untrackedJsx: {
    message:
      "the JSX element <{{name}}> is not tracked by this parser's scope analysis (ESLint 9 with espree); rename it by hand, or lint with ESLint 10 or the typescript-eslint parser",
    doc: 'Under ESLint 9 with espree a JSX element is no reference of the binding: lint with ESLint 10 or the typescript-eslint parser to get the fix.',
  },
  // Vue components.
  templateWithoutParser: {
    message:
      "this .vue file was read without its <template> (vue-eslint-parser reads both), so the template's uses of the script's bindings cannot be followed",
    doc: 'Lint `.vue` files with vue-eslint-parser (oxlint reads only the script) to get the fix.',
  },
  templateSrc: {
    message: 'the <template src="{{src}}"> is another file, so its uses of the script\'s bindings cannot be followed',
    doc: 'The template lives in another file: rename its uses by hand, or inline the template.',
  },
  templateLang: {
    message: 'the <template lang="{{lang}}"> is not parsed, so its uses of the script\'s bindings cannot be followed',
    doc: 'vue-eslint-parser reads only HTML templates: migrate this component by hand.',
  },
  templateComponent: {
    message: "the <template> uses '{{name}}' as a component",
    doc: 'A tag resolves to the binding: rename the tag with the binding, by hand.',
  },
  templateAssigns: {
    message: "the <template> assigns to '{{name}}'",
    doc: 'The template writes the binding: rewrite by hand.',
  },
  templateShorthand: {
    message: "the <template> binds '{{name}}' by the same-name shorthand",
    doc: '`:name` passes the binding under its own name: write `:name="…"` out, then fix.',
  },
  blankScriptSetup: {
    message: 'the fix would leave <script setup> empty, which Vue ignores',
    doc: 'Vue would turn the component into an Options API one: migrate by hand, keeping `<script setup>` non-empty.',
  },
  // Mocks: a mocked module's loads and mocks move together, as a suggestion.
  mockAlone: {
    message: "mocks are not rewritten on save; mock '{{target}}' instead",
    doc: 'A mock of the banned module with no load of it in the file: point it at the target (the suggestion does).',
  },
  mockWithLoads: {
    message: "mocks are not rewritten on save; this one moves with the loads of '{{mocked}}'",
    doc: 'Apply the suggestion: it moves this mock and the loads of the module in the file together.',
  },
  mockedLoad: {
    message: '{{mock}} on line {{line}} mocks it, and the mock must move with it',
    doc: 'The file mocks the module: apply the suggestion, which moves the loads and the mock together.',
  },
  noSuggestion: {
    message: '{{reason}} (no suggestion: {{why}})',
    doc: 'A mocked module whose loads and mocks cannot move together: `reason` is the mock reason, `why` says what blocks the suggestion. Migrate by hand.',
  },
  blockedLoad: {
    message: 'the load on line {{line}} is not fixed: {{reason}}',
    doc: 'Why a mocked module cannot move: one of its loads is not fixable (its reason follows).',
  },
  blockedByDisable: {
    message: 'an eslint-disable comment keeps the load on line {{line}} as it is',
    doc: 'Why a mocked module cannot move: a disabled load must stay. Migrate the file by hand, or drop the comment.',
  },
  mockReturnsModule: {
    message: "'{{callee}}' returns the module itself",
    doc: '`vi.importActual()` and the like return the banned module: rewrite by hand.',
  },
  mockFactoryNotFunction: {
    message: 'the mock factory is not a function written here',
    doc: 'The fix must see the factory to map its keys: inline it, or rewrite the mock by hand.',
  },
  mockFactoryParameter: {
    message: 'the mock factory takes the original module as a parameter',
    doc: 'The factory builds on the banned module: rewrite the mock by hand.',
  },
  mockFactoryNotObject: {
    message: 'the mock factory does not return an object literal',
    doc: 'The fix maps the keys of a returned object literal: rewrite the mock by hand.',
  },
  mockReadsOriginal: {
    message: "the mock factory reads the original module ('{{reader}}')",
    doc: 'The factory builds on the banned module: rewrite the mock by hand.',
  },
  mockSpread: {
    message: 'the mock factory spreads another object into the mock',
    doc: 'The spread keys cannot be mapped: list them, or rewrite the mock by hand.',
  },
  mockComputedKey: {
    message: 'the mock factory has a computed key',
    doc: 'Write the key literally, or rewrite the mock by hand.',
  },
  mockKeyUnmapped: {
    message: "the mock factory's key '{{key}}' has no mapping to '{{target}}'",
    doc: 'Add the key to the mapping, or rewrite the mock by hand.',
  },
  mockKeysCollide: {
    message: "two keys of the mock factory map to '{{name}}'",
    doc: 'Two mocked exports become one: rewrite the mock by hand.',
  },
  mockDefaultNotObject: {
    message:
      "the mock's default export is not an object literal, so members mapped to exports of their own cannot move out of it",
    doc: 'The fixed code reads mapped members (`isHttpClientError`) as exports of their own: write the mocked default as an object literal, or rewrite the mock by hand.',
  },
  mockDefaultSpread: {
    message: "the mock's default object spreads another object into it",
    doc: 'The spread members cannot be sorted into the default and its own exports: list them, or rewrite the mock by hand.',
  },
  mockDefaultComputedKey: {
    message: "the mock's default object has a computed key",
    doc: 'Write the key literally, or rewrite the mock by hand.',
  },
  mockDefaultMethod: {
    message: "the mock's default member '{{key}}' is not a plain value, so it cannot move to '{{name}}'",
    doc: 'A method or accessor cannot move out as an export: write it as a property (`key: () => …`), or rewrite the mock by hand.',
  },
  // Targets.
  uncompiledTarget: {
    message:
      "a JavaScript file cannot load the TypeScript source '{{target}}' before it is compiled; convert this file to TypeScript, or load the compiled client",
    doc: "With `extension: 'js'` the target's `.js` twin exists only after compiling: a plain JavaScript file cannot load it. Convert the file to TypeScript, or point it at the built client.",
  },
  // Drop-in: what the target promises, checked against every use the file makes.
  memberNotPromised: {
    message: "the member '{{member}}' of {{of}} (line {{line}}) is not promised by the mapping",
    doc: 'The file reads a member the mapping does not say the target has (`promises`, `surface`): the rename would keep a call the target may not support. Add the member to the mapping\'s promises if the target really has it (types can prove it: see the README\'s "What a fix promises"), or migrate the use by hand.',
  },
  valueEscapes: {
    message: '{{value}} (line {{line}}) {{how}}, out of sight, so what is read of it cannot be checked',
    doc: "An instance or a factory's result whose members the mapping states is passed on, returned, exported or stored beyond a local or `this` field: code elsewhere may read members the target lacks. Typed mode does not lift it: the types prove the uses in the linted file only. Keep the value local, or migrate by hand.",
  },
  callbackApi: {
    message: '{{use}}: callbacks become promises, a code change rather than a rename',
    doc: 'A client method is called with a callback as its last argument, or passed to `promisify`/`callbackify`: a promise-based target never calls the callback, and the call hangs. Rewrite the calls with `await` by hand. Listeners (`on`, `once`, `subscribe`, …) take functions in both APIs and stay fixable.',
  },
  versionOutsideRange: {
    message: "'{{bannedModule}}' {{version}} is outside the versions the mapping is a drop-in for ({{range}}){{note}}",
    doc: 'The installed (or declared) version of the banned package is not one the mapping holds for (`versions`): its API differs, so a rename would change behaviour. Upgrade the package first, or migrate by hand.',
  },
  versionUnknown: {
    message:
      "the version of '{{bannedModule}}' is unknown ({{looked}}), and the mapping is a drop-in only for {{range}}",
    doc: "The mapping holds only for some versions (`versions`), and neither an installed copy (a `node_modules` above the file, pnpm's links followed) nor a range in the nearest package.json says which one the file gets. Install the dependencies, or declare a version range.",
  },
  typeMismatch: {
    message: 'on line {{line}}, {{problem}}',
    doc: "Linted with type information, the use was checked against the target's types (resolved in the same program): the member does not exist there, or no signature of the target accepts the arguments. Migrate the use by hand.",
  },
  mockKeyNotPromised: {
    message: "the mock's default member '{{key}}' is not promised by the mapping",
    doc: 'A mock factory mocks a member of the default export that the mapping does not promise (`surface`): the mocked target would have a member the real one lacks. Migrate the mock by hand.',
  },
  moduleLoadStays: {
    message:
      "the load of '{{bannedModule}}' on line {{line}} stays ({{reason}}); fixed alone, this one would mix the two clients",
    doc: "Another load of the same banned module in this file is left for a person. Fixed alone, this load would pair the two clients: an error the banned client throws tested by the target's guard, a response the banned client returns typed as the target's. A file's loads of a module move together or not at all: settle the other load, and the next `--fix` moves both.",
  },
  // Boundaries: where the target may not be written.
  undeclaredTarget: {
    message:
      "'{{manifest}}' does not declare '{{package}}', so the import would not resolve under a strict package manager",
    doc: "The file's package does not depend on the target's package. `no-banned-dependencies` adds it to that package.json on `--fix`; install, then run `--fix` again (or let `standard-clients-migrate` do both).",
  },
  targetMayLoadFile: {
    message:
      "the target may load this file: '{{specifier}}' in {{from}} resolves to no file the plugin can find, and could name it",
    doc: "The wrapper's closure has a specifier the plugin could not resolve (a bundler alias, generated code). Importing the target here could make the client load itself: declare the alias in tsconfig `paths` or package.json `imports`, or exempt the file with `allow`.",
  },
  noTargetVersion: {
    message: "the target '{{package}}' has no version to declare",
    doc: "`no-banned-dependencies` adds the target's package beside a banned client, at the target's `version` (a package of the same workspace needs none): set `version` on the target, or add the dependency by hand.",
  },
  unreadableFile: {
    message: '{{file}} could not be read ({{problem}})',
    doc: 'A package.json, workspace file or wrapper file that decides whether the fix is safe is malformed, unreadable or a symlink loop: fix the file, then run `--fix` again.',
  },
  // Global APIs (no-global-fetch): where the target's import cannot be added safely.
  scriptFile: {
    message: "the file is a script (sourceType 'script'), which cannot load '{{target}}'",
    doc: "Scripts have no module system: load the target by hand (or lint the file as a module or CommonJS), then replace the global's uses.",
  },
  unknownModuleSystem: {
    message: "the file neither imports nor requires anything, so it is unknown whether it may import '{{target}}'",
    doc: 'A JavaScript file without `import` or `require()` may run as CommonJS or in a browser script: add the import or require of the target by hand; the fix then rewrites the uses.',
  },
  declarationFile: {
    message: 'a declaration file (.d.ts) cannot load the target',
    doc: "Name the target's types in the declaration file by hand.",
  },
  noInsertionPoint: {
    message: "the file has no script statements where '{{target}}' could be loaded",
    doc: 'A Svelte component without a `<script>` has no place for the import: add a `<script>` that imports the target by hand; the fix then rewrites the uses.',
  },
  // ESLint directives.
  disabled: {
    message: 'an eslint-disable comment covers it',
    doc: 'Shown only where inline directives are off (`noInlineConfig`): the load stays as it is.',
  },
} as const satisfies Record<string, { readonly message: string; readonly doc: string }>;

export type ReasonKey = keyof typeof REASONS;

/** The `{{name}}`s of a template. */
type Placeholders<Template extends string> = Template extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The data a reason's template needs, checked by TypeScript. */
export type ReasonData<Key extends ReasonKey> = Readonly<
  Record<Placeholders<(typeof REASONS)[Key]['message']>, string>
>;

/** Why a load is not fixed: a key of {@link REASONS} and the data its template needs. */
export type Reason = { [Key in ReasonKey]: { readonly key: Key; readonly data: ReasonData<Key> } }[ReasonKey];

export function reason<Key extends ReasonKey>(
  key: Key,
  ...[data]: keyof ReasonData<Key> extends never ? [] : [ReasonData<Key>]
): Reason {
  return { key, data: data ?? {} } as Reason;
}

/** ESLint's interpolation: `{{ name }}` replaced by data, unknown names left as they are. */
export function renderReason({ key, data }: Reason): string {
  return REASONS[key].message.replace(/\{\{([^{}]+)\}\}/g, (whole, name: string) => {
    const value = (data as Record<string, string | undefined>)[name.trim()];
    return value ?? whole;
  });
}

export const NOT_FIXED_PREFIX = 'notFixed/';

export type NotFixedMessageId = `${typeof NOT_FIXED_PREFIX}${ReasonKey}`;

export const notFixedMessageId = (key: ReasonKey): NotFixedMessageId => `${NOT_FIXED_PREFIX}${key}`;

/** The reason key of a message id, or undefined for a message that is not a "not fixed" report. */
export function reasonKeyOf(messageId: string | undefined): ReasonKey | undefined {
  const key = messageId?.startsWith(NOT_FIXED_PREFIX) ? messageId.slice(NOT_FIXED_PREFIX.length) : undefined;
  return key !== undefined && Object.hasOwn(REASONS, key) ? (key as ReasonKey) : undefined;
}

/** One message per reason: what users see is the ban, its advice and the reason. */
export function notFixedMessages(banned: string): Record<NotFixedMessageId, string> {
  return Object.fromEntries(
    Object.entries(REASONS).map(([key, { message }]) => [
      notFixedMessageId(key as ReasonKey),
      `${banned} Not fixed automatically: ${message}.`,
    ]),
  ) as Record<NotFixedMessageId, string>;
}

const quotedList = (names: Iterable<string>) => [...names].map((n) => `'${n}'`).join(', ');

/** Names the target's mapping does not list. */
export const unmappedNames = (names: readonly string[], target: string): Reason =>
  reason('unmappedNames', { names: quotedList(names), have: names.length === 1 ? 'has' : 'have', target });

export const unmappedMembers = (members: Iterable<string>, object: string): Reason =>
  reason('unmappedMembers', { members: quotedList(members), object });

export const unaccountedMembers = (members: readonly string[], object: string, surface: string): Reason =>
  reason('unaccountedMembers', {
    members: `${members.length === 1 ? 'member' : 'members'} ${quotedList(members)}`,
    object,
    are: members.length === 1 ? 'is' : 'are',
    surface,
  });
