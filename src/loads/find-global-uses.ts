import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { outsideAssertions, staticPropertyName } from './static-values.js';

type Reference = TSESLint.Scope.Reference;
type Scope = TSESLint.Scope.Scope;

/** The objects a global API is also reached through: `globalThis.fetch`, `window.fetch`, `self.fetch`, `global.fetch`. */
export const GLOBAL_OBJECTS: readonly string[] = ['globalThis', 'window', 'self', 'global'];

/** One read of a global API that no local binding shadows. */
export interface GlobalUse {
  /** The API as options and messages name it: `fetch`, `XMLHttpRequest`, `navigator.sendBeacon`. */
  readonly api: string;
  /**
   * What is reported and, when fixed, replaced: the identifier, the whole access through the global object, or
   * the property that destructures it.
   */
  readonly node: TSESTree.Identifier | TSESTree.MemberExpression | TSESTree.Property;
  /** The reference to the global the use starts from (`fetch`, or `globalThis` in `globalThis.fetch`). */
  readonly reference: Reference;
  /**
   * How the use is taken where a rewrite to one name would change the code's types or shape: read through a
   * type assertion (`(globalThis as any).fetch`) or destructured (`const { fetch: f } = globalThis`).
   */
  readonly hidden?: 'assertion' | 'destructuring';
}

/**
 * The reads of the given APIs in a file, from the global scope's references alone (no walk over the syntax):
 * only a name no declaration of the file binds reaches the global. Writes (`globalThis.fetch = polyfill`),
 * `typeof` feature checks and type positions are not uses of the API.
 */
export function findGlobalUses(globalScope: Scope, apis: readonly string[]): GlobalUse[] {
  const paths = apis.map((api) => ({ api, names: api.split('.') }));
  const firstNames = new Set([...paths.map((p) => p.names[0]!), ...GLOBAL_OBJECTS]);
  const uses: GlobalUse[] = [];
  for (const reference of globalReferences(globalScope, firstNames)) {
    if (reference.isWrite() || (reference as { isValueReference?: boolean }).isValueReference === false) continue;
    let node: TSESTree.Identifier | TSESTree.MemberExpression = reference.identifier as TSESTree.Identifier;
    let name = node.name;
    let hidden: GlobalUse['hidden'];
    // `globalThis.window.fetch` is `fetch` too, and so is `(globalThis as any).fetch`.
    while (GLOBAL_OBJECTS.includes(name)) {
      const object = outsideAssertions(node);
      const access = memberOf(object);
      if (!access) {
        uses.push(...destructured(object, paths, reference));
        break;
      }
      if (object !== node) hidden = 'assertion';
      node = access.node;
      name = access.name;
    }
    const path = paths.find((p) => p.names[0] === name);
    if (!path) continue;
    let matched = true;
    for (const next of path.names.slice(1)) {
      const access = memberOf(node);
      if (access?.name !== next) {
        matched = false;
        break;
      }
      node = access.node;
    }
    if (matched && isRead(node)) uses.push({ api: path.api, node, reference, ...(hidden && { hidden }) });
  }
  return uses.sort((a, b) => a.node.range[0] - b.node.range[0]);
}

/**
 * References of the global scope to these names that nothing declares: unresolved, or resolved to a global the
 * configuration declares (ESLint's `globals`, `global` comments, typescript-eslint's lib), which has no definition
 * in the file.
 */
function globalReferences(globalScope: Scope, names: ReadonlySet<string>): Reference[] {
  const found = globalScope.through.filter((reference) => names.has(reference.identifier.name));
  for (const name of names) {
    const variable = globalScope.set.get(name);
    if (variable && variable.defs.length === 0) found.push(...variable.references);
  }
  return found;
}

/** `const { fetch } = globalThis`, `const { fetch: f } = window as any`: the properties that take an API. */
function destructured(
  object: TSESTree.Node,
  paths: readonly { api: string; names: readonly string[] }[],
  reference: Reference,
): GlobalUse[] {
  const { parent } = object;
  if (parent?.type !== 'VariableDeclarator' || parent.init !== object || parent.id.type !== 'ObjectPattern') return [];
  return parent.id.properties.flatMap((property): GlobalUse[] => {
    const name = property.type === 'Property' ? staticPropertyName(property) : undefined;
    const path = paths.find((p) => p.names.length === 1 && p.names[0] === name);
    return path && property.type === 'Property'
      ? [{ api: path.api, node: property, reference, hidden: 'destructuring' }]
      : [];
  });
}

function memberOf(object: TSESTree.Node): { node: TSESTree.MemberExpression; name: string } | undefined {
  const { parent } = object;
  if (parent?.type !== 'MemberExpression' || parent.object !== object) return undefined;
  const name = staticPropertyName(parent);
  return name === undefined ? undefined : { node: parent, name };
}

/** Whether the expression is read as the API: not written, deleted, feature-checked or named in a type. */
function isRead(node: TSESTree.Node): boolean {
  let outer: TSESTree.Node = node;
  while (outer.parent?.type === 'ChainExpression' || outer.parent?.type === 'TSNonNullExpression') outer = outer.parent;
  const { parent } = outer;
  if (!parent) return true;
  switch (parent.type) {
    case 'UnaryExpression':
      return parent.operator !== 'typeof' && parent.operator !== 'delete';
    case 'AssignmentExpression':
      return parent.left !== outer;
    case 'UpdateExpression':
    case 'TSTypeQuery':
    case 'TSQualifiedName':
    case 'ArrayPattern':
    case 'RestElement':
      return false;
    case 'AssignmentPattern':
      return parent.left !== outer;
    case 'Property':
      return parent.value !== outer || parent.parent.type !== 'ObjectPattern';
    default:
      return true;
  }
}

/**
 * The name the migration report tracks a global API under, from the code a report points at:
 * `window['fetch']` -> `fetch (global)`, `navigator.sendBeacon` -> `navigator.sendBeacon (global)`.
 */
export function globalModuleName(reportedCode: string): string {
  const last = /([$\w]+)\W*$/.exec(reportedCode)?.[1] ?? reportedCode;
  return `${last === 'sendBeacon' ? 'navigator.sendBeacon' : last} (global)`;
}
