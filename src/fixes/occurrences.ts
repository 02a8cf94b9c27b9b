import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { staticPropertyName } from '../loads/static-values.js';
import { closingTagName } from './jsx-names.js';

type Scope = TSESLint.Scope.Scope;
type Reference = TSESLint.Scope.Reference;

export interface Edit {
  readonly range: [number, number];
  readonly text: string;
}

/** A place in the file that must name the replacement binding once its local name is chosen. */
export interface Occurrence {
  readonly from: Scope;
  readonly current: string;
  /** A type-only place: the binding it needs can be imported with `type`. */
  readonly typeOnly: boolean;
  readonly rewrite: (local: string) => Edit[];
}

const replace = (node: { range: [number, number] }, text: string): Edit => ({ range: node.range, text });

/** An identifier that refers to the old binding, kept correct in shorthand properties, exports and JSX. */
export function identifierOccurrence(reference: Reference, typeOnly: boolean): Occurrence {
  const identifier = reference.identifier as TSESTree.Identifier | TSESTree.JSXIdentifier;
  const { parent } = identifier;
  const name = identifier.name;
  return {
    from: reference.from,
    current: name,
    typeOnly,
    rewrite(local) {
      if (local === name) return [];
      if (parent.type === 'Property' && parent.shorthand && parent.value === identifier) {
        return [replace(parent, `${name}: ${local}`)];
      }
      if (parent.type === 'ExportSpecifier' && parent.local === identifier) {
        // `export { axios }` keeps its public name: `export { httpClient as axios }`
        const exportedInPlace = parent.exported.range[0] === identifier.range[0];
        return [replace(identifier, exportedInPlace ? `${local} as ${name}` : local)];
      }
      // Where scope analysis lists the closing tag's name as a reference of its own, that reference renames it.
      const closing = closingTagName(identifier);
      const listed = closing && reference.resolved?.references.some((r) => r.identifier === closing);
      return closing && !listed ? [replace(identifier, local), replace(closing, local)] : [replace(identifier, local)];
    },
  };
}

/** `moduleObject.member` (or the type `Module.Member`), rewritten as a whole to the member's own binding. */
export interface MemberUse {
  readonly member: string;
  /** The whole access (`axios.get`), whose property a rename may change. */
  readonly node: TSESTree.MemberExpression | TSESTree.TSQualifiedName;
  readonly occurrence: Occurrence;
}

/**
 * Reads a reference to a module object as a static member access, or undefined when it is used any other
 * way (passed as a value, computed or optional access, assigned to, deleted).
 */
export function memberUse(reference: Reference): MemberUse | undefined {
  return memberAccess(reference.identifier, reference.from);
}

/** {@link memberUse} for any object expression, such as `ns.default` in `ns.default.get`. */
export function memberAccess(object: TSESTree.Node, from: Scope): MemberUse | undefined {
  const { parent } = object;
  if (!parent) return undefined;
  let node: TSESTree.MemberExpression | TSESTree.TSQualifiedName;
  let member: string | undefined;
  if (parent.type === 'MemberExpression' && parent.object === object && !parent.optional) {
    node = parent;
    member = staticPropertyName(parent);
    const holder = parent.parent;
    const mutated =
      (holder.type === 'AssignmentExpression' && holder.left === parent) ||
      holder.type === 'UpdateExpression' ||
      (holder.type === 'UnaryExpression' && holder.operator === 'delete');
    if (mutated) return undefined;
  } else if (parent.type === 'TSQualifiedName' && parent.left === object) {
    node = parent;
    member = parent.right.name;
  } else {
    return undefined;
  }
  if (member === undefined) return undefined;
  const typeOnly = node.type === 'TSQualifiedName' && !isInTypeQuery(node);
  return {
    member,
    node,
    occurrence: { from, current: '', typeOnly, rewrite: (local) => [replace(node, local)] },
  };
}

function isInTypeQuery(node: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    if (current.type === 'TSTypeQuery') return true;
    if (current.type !== 'TSQualifiedName') return false;
  }
  return false;
}
