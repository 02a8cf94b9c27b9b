import type { TSESTree } from '@typescript-eslint/utils';
import type { SpecifierNode } from './module-load.js';

/** A string literal or a template literal without substitutions: the only specifiers we can read. */
export function asSpecifierNode(node: TSESTree.Node | null | undefined): SpecifierNode | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node as TSESTree.StringLiteral;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node;
  return undefined;
}

export function specifierText(node: SpecifierNode): string | undefined {
  return node.type === 'Literal' ? node.value : (node.quasis[0]?.value.cooked ?? undefined);
}

/** The name of `a.b` or `a['b']`; undefined for computed names we cannot know. */
export function staticPropertyName(node: TSESTree.MemberExpression | TSESTree.Property): string | undefined {
  const key = node.type === 'MemberExpression' ? node.property : node.key;
  if (!node.computed && key.type === 'Identifier') return key.name;
  const literal = asSpecifierNode(key);
  return literal && specifierText(literal);
}

/** `import { 'a-b' as c }` allows string names; both spellings give the plain name. */
export function moduleExportName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === 'Identifier' ? node.name : node.value;
}

/** The first name of `A.B.C` (`A`), or `this`. */
export function leftmostOf(name: TSESTree.EntityName): TSESTree.Identifier | TSESTree.ThisExpression {
  let current = name;
  while (current.type === 'TSQualifiedName') current = current.left;
  return current;
}

const ASSERTIONS = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSTypeAssertion', 'TSNonNullExpression']);

/** The expression type assertions (`x as any`, `x!`, `<any>x`) wrap. */
export function insideAssertions(node: TSESTree.Node): TSESTree.Node {
  let inner = node;
  while (ASSERTIONS.has(inner.type)) inner = (inner as TSESTree.TSAsExpression).expression;
  return inner;
}

/**
 * The outermost of the TypeScript assertions around a value (`(x as T)`, `<T>x`, `x!`, `x satisfies T`), or the
 * value itself: they change its type, never the value, so `(https as any).get` still reads `get` of `https`.
 */
export function outsideAssertions(node: TSESTree.Node): TSESTree.Node {
  let outer = node;
  while (
    outer.parent &&
    ASSERTIONS.has(outer.parent.type) &&
    (outer.parent as { expression?: unknown }).expression === outer
  )
    outer = outer.parent;
  return outer;
}
