import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * Whether `require` here loads modules: the global one, or one made by `createRequire()`.
 * Any other binding named `require` (a parameter, a local helper) shadows it and loads nothing we know of.
 */
export function isModuleRequire(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier): boolean {
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(identifier); scope; scope = scope.upper) {
    const variable = scope.set.get(identifier.name);
    if (!variable) continue;
    // Globals configured through languageOptions have no definitions.
    return variable.defs.length === 0 || variable.defs.every((def) => isCreateRequireCall(def.node));
  }
  return true;
}

function isCreateRequireCall(node: TSESTree.Node): boolean {
  if (node.type !== 'VariableDeclarator' || node.init?.type !== 'CallExpression') return false;
  const { callee } = node.init;
  const name =
    callee.type === 'Identifier'
      ? callee.name
      : callee.type === 'MemberExpression' && callee.property.type === 'Identifier'
        ? callee.property.name
        : undefined;
  return name === 'createRequire' || name === 'createRequireFromPath';
}
