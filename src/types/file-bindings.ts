import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { moduleExportName } from '../loads/static-values.js';

/** The name a namespace import (`import * as redis`, `import redis = require('redis')`) binds: the module object. */
export const MODULE_OBJECT = '*';

/** What the file's own names hold, read from its scope analysis (no checker needed). */
export interface FileBindings {
  /** For a reference to an import of the banned module: the export it binds (`default`, a name, MODULE_OBJECT). */
  readonly importedAt: ReadonlyMap<TSESTree.Node, string>;
  /** For a reference to a `const` declared with an initializer: that initializer. */
  readonly initializerAt: ReadonlyMap<TSESTree.Node, TSESTree.Expression>;
}

export function fileBindings(sourceCode: Readonly<TSESLint.SourceCode>, bannedModule: string): FileBindings {
  const importedAt = new Map<TSESTree.Node, string>();
  const initializerAt = new Map<TSESTree.Node, TSESTree.Expression>();
  for (const scope of sourceCode.scopeManager?.scopes ?? []) {
    for (const variable of scope.variables) {
      // A name declared twice holds either value: neither is known.
      if (variable.defs.length !== 1) continue;
      const def = variable.defs[0]!;
      const imported = def.type === 'ImportBinding' ? importedExport(def.node, bannedModule) : undefined;
      const init =
        def.type === 'Variable' && def.parent.kind === 'const' && def.node.id.type === 'Identifier'
          ? (def.node.init ?? undefined)
          : undefined;
      for (const { identifier } of variable.references) {
        if (imported !== undefined) importedAt.set(identifier, imported);
        if (init) initializerAt.set(identifier, init);
      }
    }
  }
  return { importedAt, initializerAt };
}

/** The export an import binding of the banned module takes; undefined for another module's. */
function importedExport(
  node:
    | TSESTree.ImportSpecifier
    | TSESTree.ImportDefaultSpecifier
    | TSESTree.ImportNamespaceSpecifier
    | TSESTree.TSImportEqualsDeclaration,
  bannedModule: string,
): string | undefined {
  if (node.type === 'TSImportEqualsDeclaration') {
    const reference = node.moduleReference;
    return reference.type === 'TSExternalModuleReference' && reference.expression.value === bannedModule
      ? MODULE_OBJECT
      : undefined;
  }
  if (node.parent.type !== 'ImportDeclaration' || node.parent.source.value !== bannedModule) return undefined;
  if (node.type === 'ImportSpecifier') return moduleExportName(node.imported);
  return node.type === 'ImportDefaultSpecifier' ? 'default' : MODULE_OBJECT;
}
