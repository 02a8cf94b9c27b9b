import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ModuleLoad } from '../loads/module-load.js';
import { staticPropertyName } from '../loads/static-values.js';
import type { FileFix } from './build-fix.js';
import { type CodeStyle, quoted } from './code-style.js';
import type { NameMapping } from './name-mapping.js';
import type { Edit } from './occurrences.js';
import { haveOverlap } from './text-edits.js';

/** Calls that register or drop a mock: they move to the target. The other mock methods return the module. */
const MOCKING = new Set(['mock', 'doMock']);
const UNMOCKING = new Set(['unmock', 'doUnmock', 'dontMock']);
/** A factory that reads the real module builds the mock from the banned module's shape. */
const READS_ORIGINAL = /^(?:importActual|requireActual|importOriginal)$/;

/** The reason texts a mocked load or a mock reports, by key. */
export const mockReasons = {
  alone: (target: string) => `mocks are not rewritten on save; mock '${target}' instead`,
  mockedLoad: (mock: string, line: number) => `${mock} on line ${line} mocks it, and the mock must move with it`,
  mockWithLoads: (module: string) => `mocks are not rewritten on save; this one moves with the loads of '${module}'`,
  noSuggestion: (reason: string, why: string) => `${reason} (no suggestion: ${why})`,
} as const;

export interface MockContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly mapping: NameMapping | undefined;
  /** Why there is no mapping, when there is none. */
  readonly noMapping: string;
  /** The target specifier as the file must write it. */
  readonly target: string;
  readonly style: CodeStyle;
  readonly targetLabel: string;
  /**
   * `module-object` when every load of the module in the file takes `require()`'s value whole: the factory
   * object is that value, so it becomes the target's default-mapped export. Otherwise its keys are exports.
   */
  readonly shape: 'exports' | 'module-object';
}

/** The mock call a load belongs to: `vi.mock('m')`, or vitest's typed form `vi.mock(import('m'))`. */
export function mockCall(load: ModuleLoad): TSESTree.CallExpression | undefined {
  if (load.form === 'mock') return load.node as TSESTree.CallExpression;
  const { parent } = load.node;
  if (load.form !== 'dynamic-import' || parent?.type !== 'CallExpression' || parent.arguments[0] !== load.node) {
    return undefined;
  }
  const { callee } = parent;
  const isMock =
    callee.type === 'MemberExpression' &&
    callee.object.type === 'Identifier' &&
    /^(?:vi|jest)$/.test(callee.object.name) &&
    MOCKING.has(staticPropertyName(callee) ?? '');
  return isMock ? parent : undefined;
}

/** The edits that make a mock call mock the target instead, its factory's keys mapped; or why that is unsafe. */
export function mockEdits(mock: ModuleLoad, context: MockContext): Edit[] | string {
  const call = mockCall(mock)!;
  const method = staticPropertyName(call.callee as TSESTree.MemberExpression) ?? '';
  const specifier: Edit = { range: mock.source.range, text: quoted(context.target, context.style) };
  if (UNMOCKING.has(method)) return [specifier];
  if (!MOCKING.has(method)) return `'${context.sourceCode.getText(call.callee)}' returns the module itself`;
  const factory = call.arguments[1];
  // Automock, or vitest's options object (`{ spy: true }`): the target is mocked the same way.
  if (!factory || factory.type === 'ObjectExpression') return [specifier];
  const object = returnedObject(factory);
  if (typeof object === 'string') return object;
  const reads = context.sourceCode
    .getTokens(factory)
    .find((t) => t.type === 'Identifier' && READS_ORIGINAL.test(t.value));
  if (reads) return `the mock factory reads the original module ('${reads.value}')`;
  const edits = factoryEdits(object, context);
  return typeof edits === 'string' ? edits : [specifier, ...edits];
}

function returnedObject(factory: TSESTree.CallExpressionArgument): TSESTree.ObjectExpression | string {
  if (factory.type !== 'ArrowFunctionExpression' && factory.type !== 'FunctionExpression') {
    return 'the mock factory is not a function written here';
  }
  if (factory.params.length > 0) return 'the mock factory takes the original module as a parameter';
  let returned: TSESTree.Node | null | undefined = factory.body;
  if (returned.type === 'BlockStatement') {
    const [only] = returned.body;
    returned = returned.body.length === 1 && only?.type === 'ReturnStatement' ? only.argument : undefined;
  }
  return returned?.type === 'ObjectExpression' ? returned : 'the mock factory does not return an object literal';
}

function factoryEdits(object: TSESTree.ObjectExpression, context: MockContext): Edit[] | string {
  const { mapping, sourceCode } = context;
  // The object moves whole under the export the loads now bind; its members mapped to exports of their own
  // move out beside it, as the fixed code reads them there.
  if (context.shape === 'module-object') {
    const name = mapping?.exportFor('default');
    if (name === undefined) return context.noMapping;
    const split = splitDefaultObject(object, mapping!, context, new Set([name]));
    if (typeof split === 'string') return split;
    return [{ range: object.range, text: `{ ${[`${name}: ${split.value}`, ...split.moved].join(', ')} }` }];
  }
  const keys = new Map<TSESTree.Property, string>();
  for (const property of object.properties) {
    if (property.type === 'SpreadElement') return 'the mock factory spreads another object into the mock';
    const key = staticPropertyName(property);
    if (key === undefined) return 'the mock factory has a computed key';
    keys.set(property, key);
  }
  const edits: Edit[] = [];
  const written = new Set<string>();
  const claim = (name: string) => {
    if (written.has(name)) return `two keys of the mock factory map to '${name}'`;
    written.add(name);
    return undefined;
  };
  for (const [property, key] of keys) {
    if (key === '__esModule') continue;
    if (!mapping) return context.noMapping;
    const name = mapping.exportFor(key);
    if (name === undefined) return `the mock factory's key '${key}' has no mapping to '${context.targetLabel}'`;
    const taken = claim(name);
    if (taken !== undefined) return taken;
    if (key === 'default') {
      const moved = movedDefaultMembers(property, mapping, context, claim);
      if (typeof moved === 'string') return moved;
      edits.push(...moved);
    }
    if (name === key) continue;
    if (property.shorthand) {
      edits.push({ range: property.range, text: `${name}: ${sourceCode.getText(property.value)}` });
    } else {
      const literal = property.key.type === 'Literal';
      edits.push({ range: property.key.range, text: literal ? quoted(name, context.style) : name });
    }
  }
  return edits;
}

/** The edit that moves the mapped members of a factory's `default` object out beside it (none to move: none). */
function movedDefaultMembers(
  property: TSESTree.Property,
  mapping: NameMapping,
  context: MockContext,
  claim: (name: string) => string | undefined,
): Edit[] | string {
  const { value } = property;
  if (value.type !== 'ObjectExpression') {
    return mapping.hasMembers
      ? "the mock's default export is not an object literal, so members mapped to exports of their own cannot move out of it"
      : [];
  }
  const split = splitDefaultObject(value, mapping, context, new Set());
  if (typeof split === 'string') return split;
  for (const name of split.names) {
    const taken = claim(name);
    if (taken !== undefined) return taken;
  }
  return split.moved.length === 0 ? [] : [{ range: value.range, text: [split.value, ...split.moved].join(', ') }];
}

/**
 * A mocked default object split as the fixed code reads it: members that `members` maps to exports of their
 * own become top-level keys under those names; the rest stay (surface members, and keys the fixed code cannot
 * read: any other member read on the default keeps the load manual).
 */
function splitDefaultObject(
  object: TSESTree.ObjectExpression,
  mapping: NameMapping,
  context: MockContext,
  taken: ReadonlySet<string>,
): { value: string; moved: string[]; names: string[] } | string {
  const { sourceCode } = context;
  const kept: string[] = [];
  const moved: string[] = [];
  const names: string[] = [];
  for (const property of object.properties) {
    if (property.type === 'SpreadElement') return "the mock's default object spreads another object into it";
    const key = staticPropertyName(property);
    if (key === undefined) return "the mock's default object has a computed key";
    const name = mapping.inDefaultSurface(key) ? undefined : mapping.defaultMemberFor(key);
    if (name === undefined) {
      kept.push(sourceCode.getText(property));
      continue;
    }
    if (taken.has(name) || names.includes(name)) return `two keys of the mock factory map to '${name}'`;
    if (property.kind !== 'init' || property.method) {
      return `the mock's default member '${key}' is not a plain value, so it cannot move to '${name}'`;
    }
    names.push(name);
    moved.push(`${name}: ${sourceCode.getText(property.value)}`);
  }
  if (moved.length === 0) return { value: sourceCode.getText(object), moved, names };
  const space = context.style.bracketSpacing ? ' ' : '';
  const value = kept.length === 0 ? '{}' : `{${space}${kept.join(', ')}${space}}`;
  return { value, moved, names };
}

export interface MigrateWithMocks {
  /** Why a load of the group cannot move (disabled, or not fixable on its own); undefined when it can. */
  readonly blockedBy: (load: ModuleLoad) => string | undefined;
  readonly buildFix: (loads: readonly ModuleLoad[]) => FileFix;
  readonly mock: Omit<MockContext, 'shape'>;
}

/**
 * The one suggestion for a mocked module: every load of it in the file and every mock of it move to the
 * target together, so the test keeps mocking what the code loads. A string says why there is none.
 */
export function migrateWithMocks(group: readonly ModuleLoad[], input: MigrateWithMocks): Edit[] | string {
  for (const load of group) {
    const blocked = input.blockedBy(load);
    if (blocked !== undefined) return blocked;
  }
  const loads = group.filter((load) => !mockCall(load));
  const fix = input.buildFix(loads);
  const [failure] = fix.failures.values();
  if (failure !== undefined) return failure;
  const shape = loads.length > 0 && input.mock.mapping?.hasDefault && loads.every(takesWholeValue);
  const context: MockContext = { ...input.mock, shape: shape ? 'module-object' : 'exports' };
  const edits = [...fix.edits];
  for (const mock of group.filter((load) => mockCall(load))) {
    const moved = mockEdits(mock, context);
    if (typeof moved === 'string') return moved;
    edits.push(...moved);
  }
  return haveOverlap(edits) ? 'the rewrites of this file would overlap' : edits;
}

/** `const x = require('m')`: the module object itself becomes the binding. */
function takesWholeValue(load: ModuleLoad): boolean {
  const { parent } = load.node;
  return load.form === 'require' && parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier';
}
