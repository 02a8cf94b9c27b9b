import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { asSpecifierNode, specifierText } from '../loads/static-values.js';

/**
 * The position every rule migrating to one target agrees on: the first top-level statement that loads the
 * target or any module mapped onto it. Fixes that add or extend the target's declaration span it, so two rules
 * never add the target import in the same pass (the later one merges), while rules with other targets do not
 * wait on each other.
 */
export function familyAnchor(
  sourceCode: Readonly<TSESLint.SourceCode>,
  inFamily: (specifier: string) => boolean,
  firstLoad: TSESTree.Node,
): number {
  let statement: TSESTree.Node = firstLoad;
  while (statement.parent && !STATEMENT_LISTS.has(statement.parent.type)) statement = statement.parent;
  const own = statement.range[0];
  // The statements beside it: the program's, or those of the Svelte `<script>` that holds it.
  const siblings = (statement.parent as { body?: readonly TSESTree.ProgramStatement[] } | undefined)?.body;
  for (const candidate of siblings ?? sourceCode.ast.body) {
    if (candidate.range[0] >= own) break;
    const specifier = loadedSpecifier(candidate);
    if (specifier !== undefined && inFamily(specifier)) return candidate.range[0];
  }
  return own;
}

/** The nodes whose `body` is a file's top-level statements: a program, or a Svelte component's `<script>`. */
const STATEMENT_LISTS = new Set(['Program', 'SvelteScriptElement']);

function loadedSpecifier(statement: TSESTree.ProgramStatement): string | undefined {
  let source: TSESTree.Node | null | undefined;
  if (statement.type === 'ImportDeclaration') source = statement.source;
  else if (
    statement.type === 'TSImportEqualsDeclaration' &&
    statement.moduleReference.type === 'TSExternalModuleReference'
  ) {
    source = statement.moduleReference.expression;
  } else if (statement.type === 'VariableDeclaration') {
    const init = statement.declarations[0]?.init;
    const call = init?.type === 'AwaitExpression' ? init.argument : init;
    if (call?.type === 'CallExpression') source = call.arguments[0];
    else if (call?.type === 'ImportExpression') source = call.source;
  }
  const literal = asSpecifierNode(source);
  return literal && specifierText(literal);
}
