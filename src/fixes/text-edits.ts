import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Edit } from './occurrences.js';

/** Removes a statement; when it stands alone on its lines, the lines go too (no stray blank line). */
export function removeStatement(sourceCode: Readonly<TSESLint.SourceCode>, statement: TSESTree.Node): Edit {
  const { text } = sourceCode;
  const [start, end] = statement.range;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline === -1 ? text.length : newline + 1;
  if (/^[ \t]*$/.test(text.slice(lineStart, start)) && /^\s*$/.test(text.slice(end, lineEnd))) {
    return { range: [lineStart, lineEnd], text: '' };
  }
  const trailingSpaces = /^[ \t]*/.exec(text.slice(end))?.[0].length ?? 0;
  return { range: [start, end + trailingSpaces], text: '' };
}

/** Removes one declarator, or its whole statement when it is the only one. */
export function removeDeclarator(
  sourceCode: Readonly<TSESLint.SourceCode>,
  declarator: TSESTree.VariableDeclarator,
): Edit {
  const declaration = declarator.parent;
  const declarations: readonly TSESTree.VariableDeclarator[] = declaration.declarations;
  if (declarations.length === 1) return removeStatement(sourceCode, declaration);
  const index = declarations.indexOf(declarator);
  // Take the comma on the side that keeps the list well formed.
  const range: [number, number] =
    index === declarations.length - 1
      ? [declarations[index - 1]!.range[1], declarator.range[1]]
      : [declarator.range[0], declarations[index + 1]!.range[0]];
  return { range, text: '' };
}

/** Overlapping edits would make ESLint reject the fix: the caller then gives up on fixing. */
export function haveOverlap(edits: readonly Edit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.range[0] < sorted[i - 1]!.range[1]) return true;
  return false;
}
