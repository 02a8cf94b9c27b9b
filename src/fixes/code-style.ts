import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** The file's own conventions, so that written code looks hand-written. */
export interface CodeStyle {
  readonly quote: "'" | '"';
  readonly eol: '\n' | '\r\n';
}

export function detectStyle(sourceCode: Readonly<TSESLint.SourceCode>, near: TSESTree.Node): CodeStyle {
  const raw = near.type === 'Literal' ? near.raw : undefined;
  const quote = raw?.startsWith('"') ? '"' : raw?.startsWith("'") ? "'" : firstStringQuote(sourceCode);
  return { quote, eol: sourceCode.text.includes('\r\n') ? '\r\n' : '\n' };
}

function firstStringQuote(sourceCode: Readonly<TSESLint.SourceCode>): "'" | '"' {
  const token = sourceCode.ast.tokens.find((t) => t.type === 'String');
  return token?.value.startsWith('"') ? '"' : "'";
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
