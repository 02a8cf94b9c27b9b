import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { templateReferencesOf } from '../fixes/template-references.js';
import type { ModuleLoad } from '../loads/module-load.js';
import { staticPropertyName } from '../loads/static-values.js';
import { localIdentifier, variableOf } from '../loads/taken-exports.js';

type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** A place whose value is one banned name of a load: a reference to its binding, or `ns.name` on the module object. */
export interface NameSite {
  /** `'default'`, an export name, or a member of the module object. */
  readonly name: string;
  readonly node: TSESTree.Node;
}

/**
 * Every place the file uses a name a load takes, for the checks of what the target promises. `hasDefault`: what
 * `require()` returns (and `import x = require()`) is the default export, as the mapping's `default` says; without
 * it, the module object. Type-only bindings are followed too: their names stand in annotations.
 */
export function nameSites(load: ModuleLoad, hasDefault: boolean, sourceCode: SourceCode): NameSite[] {
  const sites: NameSite[] = [];
  for (const binding of load.bindings) {
    const variable = declaredVariable(binding.node, sourceCode);
    const { imported } = binding;
    const holdsModule = imported === '*' || (imported === 'default' && !hasDefault);
    // What `require()` returns is the default where the mapping maps one; `import * as ns` and `await import()`
    // give the module object whatever the mapping.
    const holdsDefault =
      (imported === 'default' && hasDefault) ||
      (imported === '*' && hasDefault && (load.form === 'require' || load.form === 'import-equals'));
    const name = holdsDefault ? 'default' : imported;
    // `require('axios').get`: a member of what require() returns, the default where the mapping maps one.
    if (hasDefault && load.form === 'require' && binding.node.type === 'MemberExpression' && imported !== 'default') {
      sites.push({ name: 'default', node: binding.node.object });
      continue;
    }
    if (!variable) {
      // Used in place: `require('redis').createClient()`, `new (require('ioredis'))()`.
      if (!holdsModule || holdsDefault) sites.push({ name, node: binding.node });
      continue;
    }
    if (holdsModule && !holdsDefault) sites.push(...moduleObjectSites(variable, sourceCode));
    else for (const node of readsOf(variable)) sites.push({ name, node });
  }
  return sites;
}

/** The identifiers that read a variable, in the script and in a Vue `<script setup>` template. */
function readsOf(variable: Variable): TSESTree.Node[] {
  const declared = new Set<TSESTree.Node>(variable.identifiers);
  return [...variable.references, ...templateReferencesOf(variable)]
    .filter((reference) => reference.isRead() && !declared.has(reference.identifier))
    .map((reference) => reference.identifier);
}

/** `ns.name` and `const { name } = ns` on a module object: sites of each name. */
function moduleObjectSites(variable: Variable, sourceCode: SourceCode): NameSite[] {
  const sites: NameSite[] = [];
  for (const node of readsOf(variable)) {
    const { parent } = node;
    if (parent?.type === 'MemberExpression' && parent.object === node) {
      const name = staticPropertyName(parent);
      if (name !== undefined) sites.push({ name, node: parent });
    } else if (parent?.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'ObjectPattern') {
      for (const property of parent.id.properties) {
        const name = property.type === 'Property' ? staticPropertyName(property) : undefined;
        const local = property.type === 'Property' ? declaredVariable(property, sourceCode) : undefined;
        if (name !== undefined && local) for (const read of readsOf(local)) sites.push({ name, node: read });
      }
    }
  }
  return sites;
}

/** The variable a binding node declares (an import specifier, a declarator's identifier, a destructured property). */
function declaredVariable(node: TSESTree.Node, sourceCode: SourceCode): Variable | undefined {
  const identifier = localIdentifier(node);
  return identifier && variableOf(identifier, sourceCode);
}
