import type { TSESLint } from '@typescript-eslint/utils';
import type { NameMapping } from '../fixes/name-mapping.js';
import type { LoadPlan } from '../fixes/plan-load.js';
import type { ModuleLoad } from '../loads/module-load.js';
import { versionReason } from './installed-version.js';
import { surfaceVerdict } from './surface.js';
import { typeProof } from './type-proof.js';

/**
 * What a fix rests on: the target's types, checked against every use (`types`); the mapping's stated promises,
 * covering every use the rule can see (`promises`); the installed version being one the mapping holds for
 * (`versions`); or only the mapping's word (`word`), where it states nothing about the names the file uses.
 */
export type Proof = 'types' | 'promises' | 'versions' | 'word';

export interface DropInInput {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** The file on disk. */
  readonly filename: string;
  /** The target specifier as the fixed file writes it. */
  readonly target: string;
}

export interface Judged {
  readonly plan: LoadPlan;
  /** For a plan that fixes the load: what the fix rests on. */
  readonly proof?: Proof;
}

/**
 * Judges each load's plan by the evidence that the target is a drop-in for every use the file makes of it: the
 * version, the types, the stated promises, the callback guard. Evidence about a whole module (version, types) is
 * gathered once per file.
 */
export function dropInJudge(input: DropInInput) {
  const byModule = new Map<string, ReturnType<typeof moduleEvidence>>();
  return (load: ModuleLoad, module: string, mapping: NameMapping | undefined, plan: LoadPlan): Judged => {
    if (plan.kind === 'manual' || !mapping) return { plan };
    let evidence = byModule.get(module);
    if (!evidence) byModule.set(module, (evidence = moduleEvidence(input, module, mapping)));
    if (evidence.reason) return { plan: { kind: 'manual', reason: evidence.reason } };
    const surface = surfaceVerdict(load, mapping, input.sourceCode, { typed: evidence.typed });
    if ('reason' in surface) return { plan: { kind: 'manual', reason: surface.reason } };
    // Types prove every use in the file; a value that leaves it (`surface.complete` false) is proven by nothing.
    const proof: Proof = surface.complete
      ? evidence.typed
        ? 'types'
        : 'promises'
      : mapping.mapping.versions !== undefined
        ? 'versions'
        : 'word';
    return { plan, proof };
  };
}

/** What holds for every load of a module in the file: the installed version, and the types. */
function moduleEvidence(input: DropInInput, module: string, mapping: NameMapping) {
  const { versions, versionsNote } = mapping.mapping;
  const outside = versions === undefined ? undefined : versionReason(input.filename, module, versions, versionsNote);
  if (outside) return { reason: outside, typed: false };
  const types = typeProof({ ...input, bannedModule: module, mapping });
  if (types?.kind === 'mismatch') return { reason: types.reason, typed: false };
  return { reason: undefined, typed: types?.kind === 'proven' };
}
