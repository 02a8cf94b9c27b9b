import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type Variable = TSESLint.Scope.Variable;
type JSXName = TSESTree.JSXTagNameExpression;

/** The leftmost identifier of a tag name: `AxiosError` in `<AxiosError.Box>`. */
function leftmostOf(name: JSXName): TSESTree.Node {
  let current: TSESTree.Node = name;
  while (current.type === 'JSXMemberExpression') current = current.object;
  return current;
}

/** The element whose tag name starts with `node`, and whether `node` sits in its closing tag. */
function tagOf(node: TSESTree.Node): { element: TSESTree.JSXElement; closing: boolean } | undefined {
  let current = node;
  while (current.parent?.type === 'JSXMemberExpression' && current.parent.object === current) current = current.parent;
  const tag = current.parent;
  if (tag?.type !== 'JSXOpeningElement' && tag?.type !== 'JSXClosingElement') return undefined;
  if (tag.name !== current || leftmostOf(tag.name) !== node) return undefined;
  const element = tag.parent;
  return element.type === 'JSXElement' ? { element, closing: tag.type === 'JSXClosingElement' } : undefined;
}

/**
 * The same name in the closing tag, for a name that starts an opening tag (`<AxiosError.Box>…</AxiosError.Box>`):
 * scope analysis lists only the opening tag's, and a rename must change both.
 */
export function closingTagName(node: TSESTree.Node): TSESTree.Node | undefined {
  const tag = tagOf(node);
  const closing = tag && !tag.closing ? tag.element.closingElement : null;
  return closing ? leftmostOf(closing.name) : undefined;
}

/**
 * A JSX element named after a binding (`<AxiosError />`, `<axios.Provider>`) that the scope analysis does not
 * list among its references: ESLint 9's scope analysis for espree does not track JSX, so a rename would miss it.
 */
export function untrackedJsxName(
  sourceCode: Readonly<TSESLint.SourceCode>,
  variables: readonly Variable[],
): string | undefined {
  const tokens = sourceCode.ast.tokens.filter((token) => (token.type as string) === 'JSXIdentifier');
  if (tokens.length === 0) return undefined;
  for (const variable of variables) {
    const tracked = new Set(variable.references.map((reference) => reference.identifier.range[0]));
    for (const token of tokens) {
      if (token.value !== variable.name || tracked.has(token.range[0])) continue;
      const node = sourceCode.getNodeByRangeIndex(token.range[0]) as TSESTree.Node | null;
      const tag = node && tagOf(node);
      if (!tag) continue;
      // A closing tag follows its opening tag's name.
      const opening = tag.closing ? leftmostOf(tag.element.openingElement.name) : node;
      if (!tracked.has(opening.range[0])) return variable.name;
    }
  }
  return undefined;
}
