import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ModuleLoad } from '../loads/module-load.js';
import { staticPropertyName } from '../loads/static-values.js';
import type { FileFix } from './build-fix.js';
import { type CodeStyle, quoted } from './code-style.js';
import type { NameMapping } from './name-mapping.js';
import type { Edit } from './occurrences.js';
import { type Reason, reason } from './reasons.js';
import { haveOverlap } from './text-edits.js';

/** Calls that register or drop a mock: they move to the target. The other mock methods return the module. */
const MOCKING = new Set(['mock', 'doMock']);
const UNMOCKING = new Set(['unmock', 'doUnmock', 'dontMock']);
/** A factory that reads the real module builds the mock from the banned module's shape. */
const READS_ORIGINAL = /^(?:importActual|requireActual|importOriginal)$/;

export interface MockContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly mapping: NameMapping | undefined;
  /** Why there is no mapping, when there is none. */
  readonly noMapping: Reason;
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
  if (load.form === 'mock') return load.node;
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
export function mockEdits(mock: ModuleLoad, context: MockContext): Edit[] | Reason {
  const call = mockCall(mock)!;
  const method = staticPropertyName(call.callee as TSESTree.MemberExpression) ?? '';
  const specifier: Edit = { range: mock.source.range, text: quoted(context.target, context.style) };
  if (UNMOCKING.has(method)) return [specifier];
  if (!MOCKING.has(method)) return reason('mockReturnsModule', { callee: context.sourceCode.getText(call.callee) });
  const factory = call.arguments[1];
  // Automock, or vitest's options object (`{ spy: true }`): the target is mocked the same way.
  if (!factory || factory.type === 'ObjectExpression') return [specifier];
  const object = returnedObject(factory);
  if ('key' in object) return object;
  const reads = context.sourceCode
    .getTokens(factory)
    .find((t) => t.type === 'Identifier' && READS_ORIGINAL.test(t.value));
  if (reads) return reason('mockReadsOriginal', { reader: reads.value });
  const edits = factoryEdits(object, context);
  return Array.isArray(edits) ? [specifier, ...edits] : edits;
}

function returnedObject(factory: TSESTree.CallExpressionArgument): TSESTree.ObjectExpression | Reason {
  if (factory.type !== 'ArrowFunctionExpression' && factory.type !== 'FunctionExpression') {
    return reason('mockFactoryNotFunction');
  }
  if (factory.params.length > 0) return reason('mockFactoryParameter');
  let returned: TSESTree.Node | null | undefined = factory.body;
  if (returned.type === 'BlockStatement') {
    const [only] = returned.body;
    returned = returned.body.length === 1 && only?.type === 'ReturnStatement' ? only.argument : undefined;
  }
  return returned?.type === 'ObjectExpression' ? returned : reason('mockFactoryNotObject');
}

function factoryEdits(object: TSESTree.ObjectExpression, context: MockContext): Edit[] | Reason {
  const { mapping, sourceCode } = context;
  // The object moves whole under the export the loads now bind; its members mapped to exports of their own
  // move out beside it, as the fixed code reads them there.
  if (context.shape === 'module-object') {
    const name = mapping?.exportFor('default');
    if (name === undefined) return context.noMapping;
    const split = splitDefaultObject(object, mapping!, context, new Set([name]));
    if ('key' in split) return split;
    return [{ range: object.range, text: `{ ${[`${name}: ${split.value}`, ...split.moved].join(', ')} }` }];
  }
  const keys = new Map<TSESTree.Property, string>();
  for (const property of object.properties) {
    if (property.type === 'SpreadElement') return reason('mockSpread');
    const key = staticPropertyName(property);
    if (key === undefined) return reason('mockComputedKey');
    keys.set(property, key);
  }
  const edits: Edit[] = [];
  const written = new Set<string>();
  const claim = (name: string) => {
    if (written.has(name)) return reason('mockKeysCollide', { name });
    written.add(name);
    return undefined;
  };
  for (const [property, key] of keys) {
    if (key === '__esModule') continue;
    if (!mapping) return context.noMapping;
    const name = mapping.exportFor(key);
    if (name === undefined) return reason('mockKeyUnmapped', { key, target: context.targetLabel });
    const taken = claim(name);
    if (taken !== undefined) return taken;
    if (key === 'default') {
      const moved = movedDefaultMembers(property, mapping, context, claim);
      if (!Array.isArray(moved)) return moved;
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
  claim: (name: string) => Reason | undefined,
): Edit[] | Reason {
  const { value } = property;
  if (value.type !== 'ObjectExpression') {
    return mapping.hasMembers ? reason('mockDefaultNotObject') : [];
  }
  const split = splitDefaultObject(value, mapping, context, new Set());
  if ('key' in split) return split;
  for (const name of split.names) {
    const taken = claim(name);
    if (taken !== undefined) return taken;
  }
  return split.moved.length === 0 ? [] : [{ range: value.range, text: [split.value, ...split.moved].join(', ') }];
}

/**
 * A mocked default object split as the fixed code reads it: members that `members` maps to exports of their
 * own become top-level keys under those names; the rest stay (surface members; any other key only where the
 * mapping states no members for the default).
 */
function splitDefaultObject(
  object: TSESTree.ObjectExpression,
  mapping: NameMapping,
  context: MockContext,
  taken: ReadonlySet<string>,
): { value: string; moved: string[]; names: string[] } | Reason {
  const { sourceCode } = context;
  const kept: string[] = [];
  const moved: string[] = [];
  const names: string[] = [];
  const promisedMembers = mapping.promised('default')?.members;
  for (const property of object.properties) {
    if (property.type === 'SpreadElement') return reason('mockDefaultSpread');
    const key = staticPropertyName(property);
    if (key === undefined) return reason('mockDefaultComputedKey');
    const name = mapping.inDefaultSurface(key) ? undefined : mapping.defaultMemberFor(key);
    if (name === undefined) {
      // Where the default's members are stated, the mocked target may not have more than the real one.
      if (promisedMembers && !promisedMembers.includes(key)) return reason('mockKeyNotPromised', { key });
      kept.push(sourceCode.getText(property));
      continue;
    }
    if (taken.has(name) || names.includes(name)) return reason('mockKeysCollide', { name });
    if (property.kind !== 'init' || property.method) {
      return reason('mockDefaultMethod', { key, name });
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
  readonly blockedBy: (load: ModuleLoad) => Reason | undefined;
  readonly buildFix: (loads: readonly ModuleLoad[]) => FileFix;
  readonly mock: Omit<MockContext, 'shape'>;
}

/**
 * The one suggestion for a mocked module: every load of it in the file and every mock of it move to the
 * target together, so the test keeps mocking what the code loads; or why there is none.
 */
export function migrateWithMocks(group: readonly ModuleLoad[], input: MigrateWithMocks): Edit[] | Reason {
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
    if (!Array.isArray(moved)) return moved;
    edits.push(...moved);
  }
  return haveOverlap(edits) ? reason('overlap') : edits;
}

/** `const x = require('m')`: the module object itself becomes the binding. */
function takesWholeValue(load: ModuleLoad): boolean {
  const { parent } = load.node;
  return load.form === 'require' && parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier';
}
