import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import { childNodes } from '../loads/child-nodes.js';
import type { Counterpart } from './counterparts.js';
import type { ProgramFacts } from './program-modules.js';
import { type MemberNames, memberNames, type TargetSide } from './target-side.js';
import { argumentText, calleeLabel, labelOf, noCounterpart, typeName } from './type-labels.js';

/** Where a use does not fit the target, and what the problem is. */
export interface Finding {
  readonly line: string;
  readonly problem: string;
}

/** A load the types cannot see (a `require()` typed `any`): nothing about the module can be proven. */
export const UNSEEN = 'unseen';

export interface ProofContext {
  readonly facts: ProgramFacts;
  readonly services: ParserServicesWithTypeInformation;
  readonly side: TargetSide;
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly bannedModule: string;
  /** The target specifier as the fixed file writes it. */
  readonly target: string;
}

type Outcome = Finding | typeof UNSEEN | undefined;

/**
 * The file's first use that does not fit the target, in source order, inner uses before the uses built on them
 * (`e.response` before `.status`); UNSEEN when a load escapes the types.
 */
export function firstFinding(context: ProofContext, node: TSESTree.Node = context.sourceCode.ast): Outcome {
  for (const child of childNodes(context.sourceCode, node)) {
    const found = firstFinding(context, child);
    if (found) return found;
  }
  return findingAt(node, context);
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
  { side, facts, target, sourceCode }: ProofContext,
): Finding | undefined {
  const value = side.sideOf(object);
  if (value.kind === 'unbanned') return undefined;
  const member = names?.length === 1 ? names[0] : `[${names?.join(' | ') ?? 'computed'}]`;
  if (value.kind === 'unmapped')
    return finding(at, `${noCounterpart(facts, value.banned, target)} ('${member}' read on it)`);
  const lacking = value.counterparts.find((counterpart) => !side.memberOf(counterpart, names));
  if (!lacking) return undefined;
  // An anonymous type reads better as the code that holds it.
  const on = typeName(facts, side.typeAt(object)) ?? sourceCode.getText(object);
  return finding(at, `'${labelOf(facts, lacking, target)}' has no member '${member}' (read on '${on}')`);
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
  const { side, facts, target } = context;
  const callee = call.callee.type === 'ChainExpression' ? call.callee.expression : call.callee;
  const method = callee.type === 'MemberExpression' ? methodOf(callee, context) : undefined;
  if (method === 'reported') return undefined;
  const called = method ?? calledValue(callee, call, context);
  if (!called || 'problem' in called) return called;
  const unfit = called.callees.find((counterpart) => !counterpart.type || !side.fits(counterpart.type, call));
  if (!unfit) return undefined;
  const label = called.label ?? calleeLabel(facts, unfit, call.type === 'NewExpression', target);
  const args = (side.argumentsOf(call) ?? []).map((arg) => argumentText(facts, arg)).join(', ');
  const at = callee.type === 'MemberExpression' ? callee.property : call;
  return finding(at, `no signature of '${label}' takes (${args})`);
}

/** The counterparts of a method read on a value with counterparts; `reported` when the member read is a finding. */
function methodOf(
  callee: TSESTree.MemberExpression,
  { side, facts, services, target }: ProofContext,
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
  const label = exported ?? `${labelOf(facts, counterpart!, target)}.${names?.join(' | ') ?? '[computed]'}`;
  return { callees: members.flat(), label };
}

/** The counterparts of a callee that is itself a banned value (`fetch(url)`, `new Redis(url)`). */
function calledValue(
  callee: TSESTree.Expression,
  call: Call,
  { side, facts, target }: ProofContext,
): Called | Finding | undefined {
  const value = side.sideOf(callee);
  if (value.kind === 'unbanned') return undefined;
  if (value.kind === 'mapped') return { callees: value.counterparts };
  const use = call.type === 'NewExpression' ? 'constructed' : 'called';
  return finding(call, `${noCounterpart(facts, value.banned, target)} (${use})`);
}

/**
 * `require('axios')` typed as nothing the banned package declares (`any` in a TypeScript file): what is read of it
 * escapes the check.
 */
function isUnseenLoad(call: TSESTree.CallExpression, { side, bannedModule }: ProofContext): boolean {
  const [first] = call.arguments;
  return (
    call.callee.type === 'Identifier' &&
    call.callee.name === 'require' &&
    first?.type === 'Literal' &&
    first.value === bannedModule &&
    side.sideOf(call).kind === 'unbanned'
  );
}

const finding = (at: TSESTree.Node, problem: string): Finding => ({ line: String(at.loc.start.line), problem });
