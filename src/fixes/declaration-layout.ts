import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { CodeStyle } from './code-style.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Comment = TSESTree.Comment;
type Variable = TSESLint.Scope.Variable;

/*
 * Comments of a rewritten load follow one rule: a comment next to a specifier (before it, or after it on its
 * line) travels with the binding that specifier becomes, when the written list's layout can hold it (a `//`
 * comment needs a multi-line list); every other comment stays where it was — before the written declaration,
 * or in the place of a removed one. Comments outside the load (a JSDoc above it, a comment after it on its
 * line) are never touched.
 */

/** Comments written around one item of a list: before it, and after it on its line. */
export interface ItemComments {
  readonly leading: readonly Comment[];
  readonly trailing: readonly Comment[];
}

/** The comments of a load declaration, by the variable of the item they sit next to. */
export function commentsByVariable(sourceCode: SourceCode, node: TSESTree.Node): Map<Variable, ItemComments> {
  const variables = sourceCode.getDeclaredVariables(node);
  const result = new Map<Variable, ItemComments>();
  for (const [item, comments] of commentsByItem(sourceCode, node)) {
    const variable = variables.find((v) => v.identifiers.some((id) => within(id, item)));
    if (variable) result.set(variable, comments);
  }
  return result;
}

/** The comments of a declaration's list, by the item (specifier, property or bound name) they sit next to. */
export function commentsByItem(sourceCode: SourceCode, node: TSESTree.Node): Map<TSESTree.Node, ItemComments> {
  const inside = (c: Comment) => within(c, node);
  const items = itemsOf(node);
  const result = new Map<TSESTree.Node, ItemComments>();
  const assigned = new Set<Comment>();
  items.forEach((item, index) => {
    const leading = sourceCode.getCommentsBefore(item).filter((c) => inside(c) && !assigned.has(c));
    const next = items[index + 1];
    const tokenAfter = sourceCode.getTokenAfter(item);
    const after = [
      ...sourceCode.getCommentsAfter(item),
      ...(tokenAfter?.value === ',' ? sourceCode.getCommentsAfter(tokenAfter) : []),
    ];
    // After the comma, a comment on the item's line is the item's only when nothing else follows on that line.
    const trailing = after.filter(
      (c) =>
        inside(c) &&
        c.loc.start.line === item.loc.end.line &&
        (c.range[1] <= (tokenAfter?.range[0] ?? Infinity) || !next || next.loc.start.line > c.loc.end.line),
    );
    for (const c of [...leading, ...trailing]) assigned.add(c);
    result.set(item, { leading, trailing });
  });
  return result;
}

function itemsOf(node: TSESTree.Node): readonly TSESTree.Node[] {
  if (node.type === 'ImportDeclaration') return node.specifiers;
  if (node.type === 'VariableDeclarator') return node.id.type === 'ObjectPattern' ? node.id.properties : [node.id];
  if (node.type === 'TSImportEqualsDeclaration') return [node.id];
  return [];
}

const within = (inner: TSESTree.Node | Comment, outer: TSESTree.Node) =>
  outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];

export function commentsWithin(sourceCode: SourceCode, range: readonly [number, number]): Comment[] {
  return sourceCode.getAllComments().filter((c) => range[0] <= c.range[0] && c.range[1] <= range[1]);
}

/** How a braced list (`{ a, b }`) is laid out: on one line, or one item per line. */
export interface ListLayout {
  readonly multiLine: boolean;
  /** Indentation of an item line and of the closing brace's line (multi-line lists). */
  readonly itemIndent: string;
  readonly closingIndent: string;
  readonly trailingComma: boolean;
  readonly bracketSpacing: boolean;
  readonly eol: string;
}

/**
 * The layout of the list a load declaration binds through, which the list written in its place keeps; a
 * one-line layout still says how the list would be indented were it wrapped.
 */
export function layoutOf(sourceCode: SourceCode, node: TSESTree.Node, style: CodeStyle): ListLayout {
  const items = itemsOf(node);
  const statement = node.type === 'VariableDeclarator' ? node.parent : node;
  const statementIndent = indentAt(sourceCode, statement.range[0]);
  const oneLine = newListLayout(statementIndent, style);
  const last = items.at(-1);
  if (!last) return oneLine;
  const afterLast = sourceCode.getTokenAfter(last);
  const closing = afterLast?.value === ',' ? sourceCode.getTokenAfter(afterLast) : afterLast;
  // One item per line needs the closing brace to start its own line (`{\n  a,\n  b }` is treated as one line).
  const closingStartsLine = closing && indentAt(sourceCode, closing.range[0]).length === closing.loc.start.column;
  if (closing?.value !== '}' || closing.loc.start.line === node.loc.start.line || !closingStartsLine) return oneLine;
  return {
    ...oneLine,
    multiLine: true,
    itemIndent: last.loc.start.line === node.loc.start.line ? oneLine.itemIndent : indentAt(sourceCode, last.range[0]),
    closingIndent: indentAt(sourceCode, closing.range[0]),
    trailingComma: afterLast?.value === ',',
  };
}

/** The layout of a list written on one line in a statement indented by `indent`, in the file's style. */
export function newListLayout(indent: string, { eol, bracketSpacing, trailingComma }: CodeStyle): ListLayout {
  return { multiLine: false, itemIndent: `${indent}  `, closingIndent: indent, trailingComma, bracketSpacing, eol };
}

/**
 * Whether `text`, written in place of `node`, makes its line longer than the file's width: Prettier's default
 * (80), or the file's longest line when that is longer. A formatter would wrap such a line.
 */
export function overflowsLine(sourceCode: SourceCode, node: TSESTree.Node, text: string): boolean {
  const width = sourceCode.lines.reduce((widest, line) => Math.max(widest, line.length), 80);
  const lineEnd = sourceCode.text.indexOf('\n', node.range[1]);
  // A comment after the code does not count: Prettier does not wrap code for it.
  const rest = sourceCode.text
    .slice(node.range[1], lineEnd === -1 ? undefined : lineEnd)
    .replace(/\s*(\/\/.*|\/\*.*)?$/, '');
  return node.loc.start.column + text.length + rest.length > width;
}

/** The whitespace that starts the line `offset` is on. */
export function indentAt(sourceCode: SourceCode, offset: number): string {
  const { text } = sourceCode;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** Whether a comment can sit next to an item of a list with this layout. */
export const fitsLayout = (comment: Comment, layout: ListLayout) => layout.multiLine || comment.type === 'Block';

export interface ListItem {
  readonly text: string;
  readonly comments?: ItemComments;
}

/** A braced list in the layout: `{ a, b }`, `{a, b}`, or one item per line. */
export function listText(sourceCode: SourceCode, items: readonly ListItem[], layout: ListLayout): string {
  if (!layout.multiLine) {
    const space = layout.bracketSpacing ? ' ' : '';
    return `{${space}${items.map((item) => inlineItem(sourceCode, item)).join(', ')}${space}}`;
  }
  const lines = items.map((item, i) =>
    itemLines(sourceCode, item, i < items.length - 1 || layout.trailingComma, layout),
  );
  return `{${layout.eol}${lines.join('')}${layout.closingIndent}}`;
}

function inlineItem(sourceCode: SourceCode, { text, comments }: ListItem): string {
  const leading = (comments?.leading ?? []).map((c) => sourceCode.getText(c));
  const trailing = (comments?.trailing ?? []).map((c) => sourceCode.getText(c));
  return [...leading, text, ...trailing].join(' ');
}

/** One item per line; `//` comments before it get their own lines, and one may end its line. */
export function itemLines(sourceCode: SourceCode, item: ListItem, comma: boolean, layout: ListLayout): string {
  const { itemIndent: indent, eol } = layout;
  const leading = [...(item.comments?.leading ?? [])];
  const trailing = [...(item.comments?.trailing ?? [])].sort(
    (a, b) => Number(a.type === 'Line') - Number(b.type === 'Line'),
  );
  // Only the last comment of a line may be a `//` comment: earlier ones move above the item.
  while (trailing.filter((c) => c.type === 'Line').length > 1)
    leading.push(
      trailing.splice(
        trailing.findIndex((c) => c.type === 'Line'),
        1,
      )[0]!,
    );
  const own = leading.filter((c) => c.type === 'Line').map((c) => `${indent}${sourceCode.getText(c)}${eol}`);
  const inline = leading.filter((c) => c.type === 'Block').map((c) => `${sourceCode.getText(c)} `);
  const after = trailing.map((c) => ` ${sourceCode.getText(c)}`);
  return `${own.join('')}${indent}${inline.join('')}${item.text}${comma ? ',' : ''}${after.join('')}${eol}`;
}

/**
 * Comments that stay where their code was removed or replaced, as text to put there; `//` comments end their
 * line, and `followedByCode` says whether code comes after them on the same line (it then moves to the next).
 */
export function keptCommentsText(
  sourceCode: SourceCode,
  comments: readonly Comment[],
  { indent, eol, followedByCode }: { indent: string; eol: string; followedByCode: boolean },
): string {
  let text = '';
  comments.forEach((comment, i) => {
    text += sourceCode.getText(comment);
    const more = i < comments.length - 1 || followedByCode;
    if (more) text += comment.type === 'Line' ? `${eol}${indent}` : ' ';
  });
  return text;
}
