import type { ParserServicesWithTypeInformation, TSESLint } from '@typescript-eslint/utils';
import type * as ts from 'typescript';
import type { NameMapping } from '../fixes/name-mapping.js';
import { type Reason, reason } from '../fixes/reasons.js';
import { counterpartsOf } from '../types/counterparts.js';
import { fileBindings } from '../types/file-bindings.js';
import { type ProgramFacts, programFacts } from '../types/program-modules.js';
import { programWithFile, type TypedView } from '../types/program-with-file.js';
import { targetSide } from '../types/target-side.js';
import { firstFinding, UNSEEN } from '../types/use-findings.js';

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

const PROVEN: TypeProof = { kind: 'proven' };

/** Per linted file, per banned module and target: the planner and the judge both ask. */
const proofs = new WeakMap<object, Map<string, TypeProof | undefined>>();

/**
 * Checks, when the file is linted with type information, every member read, call and `new` on a value the banned
 * package types, on a name imported from it, or on what derives from those, against the mapped target's types from
 * the same program. Undefined without type information, when the target is not in the program, or when a load
 * escapes the types: nothing is proven, and the other evidence decides.
 */
export function typeProof(input: TypeProofInput): TypeProof | undefined {
  const services = input.sourceCode.parserServices;
  // Without type information nothing is done: untyped linting keeps its speed and its results.
  if (!services?.program || !services.esTreeNodeToTSNodeMap) return undefined;
  let byModule = proofs.get(input.sourceCode);
  if (!byModule) proofs.set(input.sourceCode, (byModule = new Map()));
  const key = `${input.bannedModule}\0${input.target}`;
  if (!byModule.has(key)) byModule.set(key, prove(input, services as ParserServicesWithTypeInformation));
  return byModule.get(key);
}

/**
 * The mapping as the planner reads it in a typed file: the types judge every member read on the default export, so
 * the `surface` need not list them (a member the target lacks is then reported as a type mismatch).
 */
export function surfaceByTypes(mapping: NameMapping, input: Omit<TypeProofInput, 'mapping'>): NameMapping {
  let typed: boolean | undefined;
  const judgedByTypes = () => (typed ??= typeProof({ ...input, mapping }) !== undefined);
  return { ...mapping, inDefaultSurface: (member) => mapping.inDefaultSurface(member) || judgedByTypes() };
}

function prove(input: TypeProofInput, linted: ParserServicesWithTypeInformation): TypeProof | undefined {
  const { sourceCode, filename, bannedModule, mapping, target: written } = input;
  const lintedFacts = programFacts(linted.program, filename);
  const file = linted.esTreeNodeToTSNodeMap.get(sourceCode.ast);
  if (!lintedFacts || !file) return undefined;
  const view = programHolding(written, file, { facts: lintedFacts, services: linted }, filename);
  if (!view) return undefined;
  const { facts, services } = view;
  const banned = importedModule(input, services, facts) ?? facts.moduleFrom(bannedModule, file);
  const target = facts.moduleFrom(written, file);
  if (!banned || !target) return undefined;
  const counterparts = counterpartsOf(facts, banned, target, mapping);
  const side = targetSide(facts, services, counterparts, fileBindings(sourceCode, bannedModule));
  const found = firstFinding({ facts, services, side, sourceCode, bannedModule, target: written });
  if (found === UNSEEN) return undefined;
  return found ? { kind: 'mismatch', reason: reason('typeMismatch', found) } : PROVEN;
}

/**
 * The program that holds the target: the linted one, or, before the project imports the target anywhere, the same
 * program with the target's file added (else the types could judge nothing, and the fix would rest on words).
 */
function programHolding(written: string, file: ts.SourceFile, view: TypedView, filename: string) {
  if (view.facts.moduleFrom(written, file)) return view;
  const resolved = view.facts.resolvedFile(written, file);
  return resolved === undefined ? undefined : programWithFile(view, resolved, filename);
}

/** The banned module as the checker resolved the file's import of it (`require()` and `import()` are resolved here). */
function importedModule(
  { sourceCode, bannedModule }: TypeProofInput,
  services: ParserServicesWithTypeInformation,
  facts: ProgramFacts,
) {
  const source = sourceCode.ast.body
    .flatMap((statement) =>
      (statement.type === 'ImportDeclaration' ||
        statement.type === 'ExportNamedDeclaration' ||
        statement.type === 'ExportAllDeclaration') &&
      statement.source
        ? [statement.source]
        : [],
    )
    .find((specifier) => specifier.value === bannedModule);
  return source && facts.moduleAt(services.esTreeNodeToTSNodeMap.get(source));
}
