import type { TSESLint } from '@typescript-eslint/utils';
import type { NameMapping } from '../fixes/name-mapping.js';
import type { Reason } from '../fixes/reasons.js';
import type { ModuleLoad } from '../loads/module-load.js';

/**
 * Checks every use the file makes of the names a load takes against what the mapping promises for them; `complete`
 * when every use was checked against a stated promise.
 */
export function surfaceVerdict(
  load: ModuleLoad,
  mapping: NameMapping,
  sourceCode: Readonly<TSESLint.SourceCode>,
  options: { readonly typed: boolean },
): { readonly reason: Reason } | { readonly complete: boolean } {
  void load;
  void mapping;
  void sourceCode;
  void options;
  return { complete: false };
}
