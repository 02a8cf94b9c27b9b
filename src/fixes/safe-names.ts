import type { TSESLint } from '@typescript-eslint/utils';
import { templateCaptures } from './template-references.js';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;
type Reference = TSESLint.Scope.Reference;

const NONE: ReadonlySet<Reference> = new Set();

export function isWithin(scope: Scope, ancestor: Scope): boolean {
  for (let current: Scope | null = scope; current; current = current.upper) if (current === ancestor) return true;
  return false;
}

/**
 * Whether a binding named `name`, declared in `scope` in place of the `replaced` variables, would be seen by
 * every place in `usedFrom` and by nothing else: no other declaration of that name in the scope, no inner
 * declaration shadowing it at a use, and no existing reference to an outer or global `name` that it would capture
 * (a Vue template's included).
 */
export function isSafeName(
  name: string,
  scope: Scope,
  usedFrom: readonly Scope[],
  replaced: ReadonlySet<Variable>,
  scopeManager: TSESLint.Scope.ScopeManager,
  /** References to a global that the binding takes over (the global `fetch` it replaces). */
  takenOver: ReadonlySet<Reference> = NONE,
): boolean {
  const existing = scope.set.get(name);
  if (existing && !replaced.has(existing)) return false;
  if (templateCaptures(name, scope, replaced)) return false;
  for (const from of usedFrom) {
    for (let current: Scope | null = from; current && current !== scope; current = current.upper) {
      if (current.set.has(name)) return false;
    }
  }
  for (const candidate of scopeManager.scopes) {
    if (!isWithin(candidate, scope)) continue;
    for (const reference of candidate.references) {
      if (reference.identifier.name !== name || takenOver.has(reference)) continue;
      const resolved = reference.resolved;
      if (resolved && replaced.has(resolved)) continue;
      if (!resolved || !isWithin(resolved.scope, scope)) return false;
    }
  }
  return true;
}
