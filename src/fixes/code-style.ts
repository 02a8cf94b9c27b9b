import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { childNodes } from '../loads/child-nodes.js';

/** The file's own conventions, so that written code looks hand-written. */
export interface CodeStyle {
  readonly quote: "'" | '"';
  readonly eol: '\n' | '\r\n';
  /** `{ a }` rather than `{a}` (Prettier's `bracketSpacing`). */
  readonly bracketSpacing: boolean;
  /** Whether a list written one item per line ends with a comma (Prettier 3's default). */
  readonly trailingComma: boolean;
  /** Whether the file wraps a long list one item per line (it has such a list), as formatters do. */
  readonly wrapsLists: boolean;
}

export function detectStyle(sourceCode: Readonly<TSESLint.SourceCode>, near: TSESTree.Node): CodeStyle {
  const raw = near.type === 'Literal' ? near.raw : undefined;
  const quote = raw?.startsWith('"') ? '"' : raw?.startsWith("'") ? "'" : firstStringQuote(sourceCode);
  const eol = sourceCode.text.includes('\r\n') ? '\r\n' : '\n';
  return { quote, eol, ...detectBraces(sourceCode) };
}

function firstStringQuote(sourceCode: Readonly<TSESLint.SourceCode>): "'" | '"' {
  const token = sourceCode.ast.tokens.find((t) => t.type === 'String');
  return token?.value.startsWith('"') ? '"' : "'";
}

/**
 * How the file writes braces. Inner spaces: the first non-empty list on one line anywhere in the file (an object
 * pattern or literal, or import/export braces), as Prettier's `bracketSpacing` applies to all of them. Trailing
 * comma: the first list of a top-level import, export or destructuring on several lines (which also says that
 * the file wraps lists). A file without such evidence gets Prettier's defaults.
 */
function detectBraces(sourceCode: Readonly<TSESLint.SourceCode>) {
  let trailingComma: boolean | undefined;
  for (const statement of sourceCode.ast.body) {
    const braces = bracesAround(sourceCode, topLevelList(statement));
    if (braces && braces.open.loc.end.line !== braces.close.loc.start.line) {
      trailingComma = sourceCode.getTokenBefore(braces.close)!.value === ',';
      break;
    }
  }
  return {
    bracketSpacing: firstOneLineBraceSpacing(sourceCode) ?? true,
    trailingComma: trailingComma ?? true,
    wrapsLists: trailingComma !== undefined,
  };
}

function bracesAround(sourceCode: Readonly<TSESLint.SourceCode>, inner: readonly TSESTree.Node[] | undefined) {
  if (!inner || inner.length === 0) return undefined;
  const open = sourceCode.getTokenBefore(inner[0]!, { filter: (t) => t.value === '{' });
  const close = sourceCode.getTokenAfter(inner.at(-1)!, { filter: (t) => t.value === '}' });
  return open && close ? { open, close } : undefined;
}

/** Whether the earliest one-line braced list in the file has inner spaces; undefined without one. */
function firstOneLineBraceSpacing(sourceCode: Readonly<TSESLint.SourceCode>): boolean | undefined {
  let first: { start: number; spaced: boolean } | undefined;
  const visit = (node: TSESTree.Node) => {
    // A node's children start at or after it: nothing below a later node can come first.
    if (first && node.range[0] >= first.start) return;
    const braces = bracesAround(sourceCode, bracedList(node));
    if (braces && braces.open.loc.end.line === braces.close.loc.start.line) {
      const spaced = braces.open.range[1] < sourceCode.getTokenAfter(braces.open, { includeComments: true })!.range[0];
      if (!first || braces.open.range[0] < first.start) first = { start: braces.open.range[0], spaced };
    }
    for (const child of childNodes(sourceCode, node)) visit(child);
  };
  visit(sourceCode.ast);
  return first?.spaced;
}

function bracedList(node: TSESTree.Node): readonly TSESTree.Node[] | undefined {
  switch (node.type) {
    case 'ImportDeclaration':
    case 'ExportNamedDeclaration':
      return topLevelList(node);
    case 'ObjectPattern':
    case 'ObjectExpression':
      return node.properties;
    default:
      return undefined;
  }
}

function topLevelList(statement: TSESTree.Node): readonly TSESTree.Node[] | undefined {
  return statement.type === 'ImportDeclaration'
    ? statement.specifiers.filter((s) => s.type === 'ImportSpecifier')
    : statement.type === 'ExportNamedDeclaration' && !statement.declaration
      ? statement.specifiers
      : statement.type === 'VariableDeclaration' && statement.declarations[0]?.id.type === 'ObjectPattern'
        ? statement.declarations[0].id.properties
        : undefined;
}

export function quoted(value: string, { quote }: CodeStyle): string {
  const escaped = value.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`);
  return `${quote}${escaped}${quote}`;
}

/** Whether the statement is written with its terminating semicolon (a file without them keeps none). */
export function endsWithSemicolon(sourceCode: Readonly<TSESLint.SourceCode>, statement: TSESTree.Node): boolean {
  const last = sourceCode.getLastToken(statement);
  return last?.type === 'Punctuator' && last.value === ';';
}
