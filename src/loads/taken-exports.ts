import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ModuleLoad } from './module-load.js';
import { outsideAssertions, staticPropertyName } from './static-values.js';

type Variable = TSESLint.Scope.Variable;

/** A place where a file takes one export of a loaded module. */
export interface TakenExport {
  /** The export's name in the module. */
  readonly name: string;
  /** What takes it: the named binding, or the member read (`https.get`) or property (`{ get } = https`). */
  readonly node: TSESTree.Node;
}

/**
 * Where a load hands out one of `names`: as a named binding (`import { get }`, `const { get } = require()`,
 * `export { get } from`, `require().get`), or through a binding that holds the module object (a default,
 * namespace, `import x = require()`, `require()` or `await import()` binding), followed by the scope manager to
 * its member reads (`https.get`, `https['get']`) and destructurings (`const { get } = https`). Type-only loads,
 * type positions (`typeof https.get`) and writes (`https.get = stub`) take nothing.
 */
export function findTakenExports(
  load: ModuleLoad,
  names: ReadonlySet<string>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TakenExport[] {
  if (load.typeOnly) return [];
  const taken: TakenExport[] = [];
  for (const binding of load.bindings) {
    if (binding.typeOnly) continue;
    if (names.has(binding.imported)) {
      taken.push({ name: binding.imported, node: binding.node });
    } else if (binding.imported === '*' || binding.imported === 'default') {
      const identifier = localIdentifier(binding.node);
      const variable = identifier && variableOf(identifier, sourceCode);
      if (variable) taken.push(...membersTaken(variable, names));
    }
  }
  return taken;
}

/** The identifier a binding declares (or assigns), when it has one. */
export function localIdentifier(node: TSESTree.Node): TSESTree.Identifier | undefined {
  switch (node.type) {
    case 'ImportDefaultSpecifier':
    case 'ImportNamespaceSpecifier':
    case 'ImportSpecifier':
      return node.local;
    case 'TSImportEqualsDeclaration':
      return node.id;
    case 'Identifier':
      return node;
    case 'Property': {
      const value = node.value.type === 'AssignmentPattern' ? node.value.left : node.value;
      return value.type === 'Identifier' ? value : undefined;
    }
    case 'RestElement':
      return node.argument.type === 'Identifier' ? node.argument : undefined;
    case 'MemberExpression': {
      // `const http = require('http').default`
      const holder = node.parent;
      return holder.type === 'VariableDeclarator' && holder.init === node && holder.id.type === 'Identifier'
        ? holder.id
        : undefined;
    }
    default:
      return undefined;
  }
}

/** The variable an identifier declares, or the one it refers to (`client = require(…)` assigns a `let`). */
export function variableOf(
  identifier: TSESTree.Identifier,
  sourceCode: Readonly<TSESLint.SourceCode>,
): Variable | undefined {
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(identifier); scope; scope = scope.upper) {
    const declared = scope.variables.find((variable) => variable.identifiers.includes(identifier));
    if (declared) return declared;
    const reference = scope.references.find((r) => r.identifier === identifier);
    if (reference) return reference.resolved ?? undefined;
  }
  return undefined;
}

function membersTaken(variable: Variable, names: ReadonlySet<string>): TakenExport[] {
  const taken: TakenExport[] = [];
  for (const reference of variable.references) {
    if (!reference.isRead()) continue;
    // `(https as any).get` and `(secure ? https : http).get` take `get` as surely as `https.get` does.
    const identifier = outsideChoices(reference.identifier);
    const { parent } = identifier;
    if (!parent) continue;
    if (parent.type === 'MemberExpression' && parent.object === identifier) {
      const name = staticPropertyName(parent);
      const written = parent.parent.type === 'AssignmentExpression' && parent.parent.left === parent;
      if (name !== undefined && names.has(name) && !written) taken.push({ name, node: parent });
    } else if (
      parent.type === 'VariableDeclarator' &&
      parent.init === identifier &&
      parent.id.type === 'ObjectPattern'
    ) {
      for (const property of parent.id.properties) {
        const name = property.type === 'Property' ? staticPropertyName(property) : undefined;
        if (name !== undefined && names.has(name)) taken.push({ name, node: property });
      }
    }
  }
  return taken;
}

/** The value an expression picks among others (`secure ? https : http`, `https || http`), type assertions aside. */
function outsideChoices(node: TSESTree.Node): TSESTree.Node {
  let outer = outsideAssertions(node);
  for (;;) {
    const { parent } = outer;
    const chosen =
      (parent?.type === 'ConditionalExpression' && parent.test !== outer) || parent?.type === 'LogicalExpression';
    if (!chosen) return outer;
    outer = outsideAssertions(parent);
  }
}
