import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

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
 * How the file writes the braces of its imports, exports and top-level destructurings: the first list on one
 * line says whether braces have inner spaces, the first list on several lines whether it ends with a comma (and
 * that the file wraps lists); a file without such a list gets Prettier's defaults.
 */
function detectBraces(sourceCode: Readonly<TSESLint.SourceCode>) {
  let bracketSpacing: boolean | undefined;
  let trailingComma: boolean | undefined;
  for (const statement of sourceCode.ast.body) {
    const inner = bracedList(statement);
    if (!inner) continue;
    const open = sourceCode.getTokenBefore(inner[0]!, { filter: (t) => t.value === '{' });
    const close = sourceCode.getTokenAfter(inner.at(-1)!, { filter: (t) => t.value === '}' });
    if (!open || !close) continue;
    if (open.loc.end.line === close.loc.start.line) {
      bracketSpacing ??= open.range[1] < sourceCode.getTokenAfter(open, { includeComments: true })!.range[0];
    } else {
      trailingComma ??= sourceCode.getTokenBefore(close)!.value === ',';
    }
    if (bracketSpacing !== undefined && trailingComma !== undefined) break;
  }
  return {
    bracketSpacing: bracketSpacing ?? true,
    trailingComma: trailingComma ?? true,
    wrapsLists: trailingComma !== undefined,
  };
}

function bracedList(statement: TSESTree.ProgramStatement): readonly TSESTree.Node[] | undefined {
  const list =
    statement.type === 'ImportDeclaration'
      ? statement.specifiers.filter((s) => s.type === 'ImportSpecifier')
      : statement.type === 'ExportNamedDeclaration' && !statement.declaration
        ? statement.specifiers
        : statement.type === 'VariableDeclaration' && statement.declarations[0]?.id.type === 'ObjectPattern'
          ? statement.declarations[0].id.properties
          : [];
  return list.length > 0 ? list : undefined;
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
