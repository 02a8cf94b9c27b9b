import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';
import type { NameMapping } from '../fixes/name-mapping.js';
import { type Reason, reason } from '../fixes/reasons.js';
import { childNodes } from '../loads/child-nodes.js';
import { type Counterpart, counterpartsOf, typeKey } from '../types/counterparts.js';
import { fileBindings } from '../types/file-bindings.js';
import { type ProgramFacts, programFacts } from '../types/program-modules.js';
import type { Argument } from '../types/signature-fit.js';
import { type MemberNames, memberNames, type TargetSide, targetSide } from '../types/target-side.js';

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
 * Checks, when the file is linted with type information, every member read and call on a value whose type the
 * banned package declares against the mapped target's type. Undefined without type information (or when the
 * target is not in the program): nothing is proven, and the other evidence decides.
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

interface Finding {
  readonly line: string;
  readonly problem: string;
}

/** A load the types cannot see (a `require()` typed `any`): nothing about the module can be proven. */
const UNSEEN = 'unseen';

interface ProofContext {
  readonly facts: ProgramFacts;
  readonly services: ParserServicesWithTypeInformation;
  readonly side: TargetSide;
  readonly input: TypeProofInput;
}

function prove(input: TypeProofInput, services: ParserServicesWithTypeInformation): TypeProof | undefined {
  const facts = programFacts(services.program, input.filename);
  const file = services.esTreeNodeToTSNodeMap.get(input.sourceCode.ast);
  if (!facts || !file) return undefined;
  const banned = importedModule(input, services, facts) ?? facts.moduleFrom(input.bannedModule, file);
  const target = facts.moduleFrom(input.target, file);
  if (!banned || !target) return undefined;
  const counterparts = counterpartsOf(facts, banned, target, input.mapping);
  const side = targetSide(facts, services, counterparts, fileBindings(input.sourceCode, input.bannedModule));
  const context: ProofContext = { facts, services, side, input };
  const found = firstFinding(input.sourceCode, input.sourceCode.ast, (node) => findingAt(node, context));
  if (found === UNSEEN) return undefined;
  return found ? { kind: 'mismatch', reason: reason('typeMismatch', found) } : PROVEN;
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

type Outcome = Finding | typeof UNSEEN | undefined;

/** The first finding in source order, inner uses before the uses built on them (`e.response` before `.status`). */
function firstFinding(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
  findingAt: (node: TSESTree.Node) => Outcome,
): Outcome {
  for (const child of childNodes(sourceCode, node)) {
    const found = firstFinding(sourceCode, child, findingAt);
    if (found) return found;
  }
  return findingAt(node);
}

function findingAt(node: TSESTree.Node, context: ProofContext): Outcome {
  switch (node.type) {
    case 'MemberExpression':
      return memberFinding(node.object, memberNames(context.services, node), node.property, context);
    case 'ObjectPattern':
      return patternFinding(node, context);
    case 'CallExpression':
      return isUnseenLoad(node, context) ? UNSEEN : callFinding(node, context);
    case 'NewExpression':
      return callFinding(node, context);
    default:
      return undefined;
  }
}

/** A member read on a banned value: the member must exist on its counterpart. */
function memberFinding(
  object: TSESTree.Node,
  names: MemberNames,
  at: TSESTree.Node,
  { side, facts, input }: ProofContext,
): Finding | undefined {
  const value = side.sideOf(object);
  if (value.kind === 'unbanned') return undefined;
  const member = names?.length === 1 ? names[0] : `[${names?.join(' | ') ?? 'computed'}]`;
  if (value.kind === 'unmapped')
    return finding(at, `${noCounterpart(facts, value.banned, input.target)} ('${member}' read on it)`);
  const lacking = value.counterparts.find((counterpart) => !side.memberOf(counterpart, names));
  if (!lacking) return undefined;
  // An anonymous type reads better as the code that holds it.
  const on = typeName(facts, side.typeAt(object)) ?? input.sourceCode.getText(object);
  return finding(at, `'${labelOf(facts, lacking, input.target)}' has no member '${member}' (read on '${on}')`);
}

/** `const { data, status } = await axios.get(url)`: each key is a member read on the value destructured. */
function patternFinding(pattern: TSESTree.ObjectPattern, context: ProofContext): Finding | undefined {
  const { parent } = pattern;
  const source =
    parent.type === 'VariableDeclarator' && parent.id === pattern && parent.init
      ? parent.init
      : parent.type === 'AssignmentExpression' && parent.left === pattern
        ? parent.right
        : pattern;
  for (const property of pattern.properties) {
    if (property.type === 'RestElement') continue;
    const found = memberFinding(source, memberNames(context.services, property), property.key, context);
    if (found) return found;
  }
  return undefined;
}

type Call = TSESTree.CallExpression | TSESTree.NewExpression;

/** What a call calls in the target: the counterparts, and how to name them when the method is known. */
interface Called {
  readonly callees: readonly Counterpart[];
  readonly label?: string;
}

/**
 * A call or `new` of a banned value, or a method call on one: some signature of the counterpart must take the
 * arguments. A member the counterpart lacks is the member read's finding, not the call's.
 */
function callFinding(call: Call, context: ProofContext): Finding | undefined {
  const { side, facts, input } = context;
  const callee = call.callee.type === 'ChainExpression' ? call.callee.expression : call.callee;
  const method = callee.type === 'MemberExpression' ? methodOf(callee, context) : undefined;
  if (method === 'reported') return undefined;
  const called = method ?? calledValue(callee, call, context);
  if (!called || 'problem' in called) return called;
  const unfit = called.callees.find((counterpart) => !counterpart.type || !side.fits(counterpart.type, call));
  if (!unfit) return undefined;
  const label = called.label ?? calleeLabel(facts, unfit, call, input.target);
  const args = (side.argumentsOf(call) ?? []).map((arg) => argumentText(facts, arg)).join(', ');
  const at = callee.type === 'MemberExpression' ? callee.property : call;
  return finding(at, `no signature of '${label}' takes (${args})`);
}

/** The counterparts of a method read on a value with counterparts; `reported` when the member read is a finding. */
function methodOf(
  callee: TSESTree.MemberExpression,
  { side, facts, services, input }: ProofContext,
): Called | 'reported' | undefined {
  const object = side.sideOf(callee.object);
  if (object.kind === 'unbanned') return undefined;
  if (object.kind === 'unmapped') return 'reported';
  const names = memberNames(services, callee);
  const members = object.counterparts.map((counterpart) => side.memberOf(counterpart, names));
  if (!members.every((member) => member !== undefined)) return 'reported';
  // A member that is an export of its own (`redis.createClient`, `axios.isAxiosError`) is named as the export.
  const [counterpart] = object.counterparts;
  const exported = names?.length === 1 ? counterpart!.exportFor?.(names[0]!) : undefined;
  const label = exported ?? `${labelOf(facts, counterpart!, input.target)}.${names?.join(' | ') ?? '[computed]'}`;
  return { callees: members.flat(), label };
}

/** The counterparts of a callee that is itself a banned value (`fetch(url)`, `new Redis(url)`). */
function calledValue(
  callee: TSESTree.Expression,
  call: Call,
  { side, facts, input }: ProofContext,
): Called | Finding | undefined {
  const value = side.sideOf(callee);
  if (value.kind === 'unbanned') return undefined;
  if (value.kind === 'mapped') return { callees: value.counterparts };
  const use = call.type === 'NewExpression' ? 'constructed' : 'called';
  return finding(call, `${noCounterpart(facts, value.banned, input.target)} (${use})`);
}

/**
 * `require('axios')` typed as nothing the banned package declares (`any` in a TypeScript file): what is read of it
 * escapes the check.
 */
function isUnseenLoad(call: TSESTree.CallExpression, { side, input }: ProofContext): boolean {
  const [first] = call.arguments;
  return (
    call.callee.type === 'Identifier' &&
    call.callee.name === 'require' &&
    first?.type === 'Literal' &&
    first.value === input.bannedModule &&
    side.sideOf(call).kind === 'unbanned'
  );
}

const finding = (at: TSESTree.Node, problem: string): Finding => ({ line: String(at.loc.start.line), problem });

const noCounterpart = (facts: ProgramFacts, banned: ts.Type, target: string) =>
  `'${describeType(facts, banned)}' has no counterpart in '${target}'`;

/** A counterpart in messages: its type's name, or the target module for the module object. */
const labelOf = (facts: ProgramFacts, counterpart: Counterpart, target: string) =>
  counterpart.type ? describeType(facts, counterpart.type) : target;

function calleeLabel(facts: ProgramFacts, counterpart: Counterpart, call: Call, target: string): string {
  const label = labelOf(facts, counterpart, target);
  return call.type === 'NewExpression' ? `new ${label.replace(/^typeof /, '')}` : label;
}

/** An argument as a signature would name its type: `string` for `'key'`, `{ EX: number }` for `{ EX: 60 }`. */
function argumentText(facts: ProgramFacts, arg: Argument): string {
  const { checker } = facts;
  if ('type' in arg) return checker.typeToString(checker.getBaseTypeOfLiteralType(arg.type));
  const properties = [...arg.properties].map(([name, value]) => `${name}: ${argumentText(facts, value)}`);
  return properties.length === 0 ? '{}' : `{ ${properties.join('; ')} }`;
}

/** A type by its declared name, else as TypeScript prints it. */
const describeType = (facts: ProgramFacts, type: ts.Type) => typeName(facts, type) ?? facts.checker.typeToString(type);

/** A type's declared name (`AxiosError`, `typeof AxiosError` for the class itself); none for anonymous types. */
function typeName(facts: ProgramFacts, type: ts.Type): string | undefined {
  const key = typeKey(facts, type);
  const name = key?.symbol.name;
  // Anonymous types (`__type`), modules (`"…/index"`) and default exports have no name of their own to show.
  if (!key || !name || /^(__|")/.test(name) || name === 'default') return undefined;
  return key.side === 'value' && key.symbol.flags & facts.ts.SymbolFlags.Class ? `typeof ${name}` : name;
}
