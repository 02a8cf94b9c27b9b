import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { commentsWithin, indentAt, keptCommentsText } from './declaration-layout.js';
import type { Edit } from './occurrences.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What a removal keeps in mind: the comments the fix writes elsewhere, and the file's line ending. */
export interface Removal {
  readonly carried: ReadonlySet<TSESTree.Comment>;
  readonly eol: string;
}

/**
 * Removes a statement; when it stands alone on its lines, the lines go too (no stray blank line). Its comments
 * stay in its place, except the `carried` ones, which the fix writes elsewhere.
 */
export function removeStatement(sourceCode: SourceCode, statement: TSESTree.Node, removal: Removal): Edit {
  const { text } = sourceCode;
  const [start, end] = statement.range;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline === -1 ? text.length : newline + 1;
  const { eol } = removal;
  const kept = keptComments(sourceCode, statement.range, removal);
  const indent = indentAt(sourceCode, start);
  if (/^[ \t]*$/.test(text.slice(lineStart, start)) && /^\s*$/.test(text.slice(end, lineEnd))) {
    const lines =
      kept.length === 0
        ? ''
        : `${indent}${keptCommentsText(sourceCode, kept, { indent, eol, followedByCode: false })}${newline === -1 ? '' : eol}`;
    return { range: [lineStart, lineEnd], text: lines };
  }
  const trailingSpaces = /^[ \t]*/.exec(text.slice(end))?.[0].length ?? 0;
  // Code before it on the line (say a comment) must not be left with trailing spaces.
  const endsLine = kept.length === 0 && /^[ \t]*(\r?\n|$)/.test(text.slice(end));
  const leadingSpaces = endsLine ? /[ \t]*$/.exec(text.slice(lineStart, start))![0].length : 0;
  const range: [number, number] = [start - leadingSpaces, end + trailingSpaces];
  return { range, text: inPlace(sourceCode, kept, range[1], indent, eol) };
}

/** Removes one declarator, or its whole statement when it is the only one; comments stay as with statements. */
export function removeDeclarator(
  sourceCode: SourceCode,
  declarator: TSESTree.VariableDeclarator,
  removal: Removal,
): Edit {
  const declaration = declarator.parent;
  const declarations: readonly TSESTree.VariableDeclarator[] = declaration.declarations;
  if (declarations.length === 1) return removeStatement(sourceCode, declaration, removal);
  const index = declarations.indexOf(declarator);
  // Take the comma on the side that keeps the list well formed.
  if (index === declarations.length - 1) {
    const previousEnd = declarations[index - 1]!.range[1];
    const kept = keptComments(sourceCode, [previousEnd, declarator.range[1]], removal);
    const indent = indentAt(sourceCode, declarator.range[0]);
    if (!kept.some((c) => c.type === 'Line')) {
      const text = inPlace(sourceCode, kept, declarator.range[1], indent, removal.eol);
      return { range: [previousEnd, declarator.range[1]], text: kept.length > 0 ? ` ${text}` : '' };
    }
    // A `//` comment ends the line: the statement's terminator moves before it (`a = 1; // note`).
    const terminator = sourceCode.getLastToken(declaration)!;
    const end = terminator.value === ';' ? terminator.range[1] : declarator.range[1];
    const text = inPlace(sourceCode, kept, end, indent, removal.eol);
    return { range: [previousEnd, end], text: `${terminator.value === ';' ? ';' : ''} ${text}` };
  }
  const next = declarations[index + 1]!;
  const range: [number, number] = [declarator.range[0], next.range[0]];
  return {
    range,
    text: inPlace(
      sourceCode,
      keptComments(sourceCode, range, removal),
      range[1],
      indentAt(sourceCode, next.range[0]),
      removal.eol,
    ),
  };
}

function keptComments(sourceCode: SourceCode, range: readonly [number, number], { carried }: Removal) {
  return commentsWithin(sourceCode, range).filter((c) => !carried.has(c));
}

/** Kept comments written in place of removed code that ends at `end`, keeping whatever follows it on the line. */
function inPlace(
  sourceCode: SourceCode,
  kept: readonly TSESTree.Comment[],
  end: number,
  indent: string,
  eol: string,
): string {
  if (kept.length === 0) return '';
  const followedByCode = !/^(\r?\n|$)/.test(sourceCode.text.slice(end));
  return keptCommentsText(sourceCode, kept, { indent, eol, followedByCode });
}

/** Overlapping edits would make ESLint reject the fix: the caller then gives up on fixing. */
export function haveOverlap(edits: readonly Edit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.range[0] < sorted[i - 1]!.range[1]) return true;
  return false;
}
