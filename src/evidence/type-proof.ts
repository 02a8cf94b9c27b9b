import type { TSESLint } from '@typescript-eslint/utils';
import type { NameMapping } from '../fixes/name-mapping.js';
import type { Reason } from '../fixes/reasons.js';

export interface TypeProofInput {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** The file on disk. */
  readonly filename: string;
  /** The banned module the file loads (`axios`). */
  readonly bannedModule: string;
  readonly mapping: NameMapping;
  /** The target specifier as the fixed file writes it. */
  readonly target: string;
}

/** The verdict of the types: every use checked and fitting, or the first that does not (`typeMismatch`). */
export type TypeProof = { readonly kind: 'proven' } | { readonly kind: 'mismatch'; readonly reason: Reason };

/**
 * Checks, when the file is linted with type information, every member read and call on a value whose type the
 * banned package declares against the mapped target's type. Undefined without type information (or when the
 * target is not in the program): nothing is proven, and the other evidence decides.
 */
export function typeProof(input: TypeProofInput): TypeProof | undefined {
  void input;
  return undefined;
}
