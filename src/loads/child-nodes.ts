import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** A node's children, in source order, by the parser's visitor keys. */
export function* childNodes(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): Generator<TSESTree.Node> {
  for (const key of sourceCode.visitorKeys[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    for (const item of Array.isArray(child) ? child : [child]) {
      if (isNode(item)) yield item;
    }
  }
}

const isNode = (value: unknown): value is TSESTree.Node =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
