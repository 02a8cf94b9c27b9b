import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Promised } from '../config/target.js';
import type { NameMapping } from '../fixes/name-mapping.js';
import { type Reason, reason } from '../fixes/reasons.js';
import type { ModuleLoad } from '../loads/module-load.js';
import { insideAssertions, outsideAssertions, staticPropertyName } from '../loads/static-values.js';
import { variableOf } from '../loads/taken-exports.js';
import { nameSites } from './name-sites.js';
import { type MemberRead, narrowedRanges, narrowedReads, usesOfValue } from './value-uses.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Listeners take a function in every client API, promise-based or not (`client.on('error', handler)` is required
 * on node-redis 4): a function passed to them is no callback-style call. `then`, `catch` and `finally` chain on a
 * promise, never on the client.
 */
const TAKES_FUNCTIONS = new Set([
  'on',
  'once',
  'off',
  'addListener',
  'removeListener',
  'prependListener',
  'prependOnceListener',
  'removeAllListeners',
  'subscribe',
  'pSubscribe',
  'sSubscribe',
  'unsubscribe',
  'pUnsubscribe',
  'sUnsubscribe',
  'then',
  'catch',
  'finally',
]);

export type SurfaceVerdict = { readonly reason: Reason } | { readonly complete: boolean };

interface Check {
  readonly mapping: NameMapping;
  readonly sourceCode: SourceCode;
  /** Typed mode: the types checked every member; only the callback guard is left. */
  readonly typed: boolean;
  /** Set when a value or type leaves the file's sight: types prove no use of it elsewhere. */
  leaves: boolean;
  /** The `catch` clauses around uses, which may catch the banned client's errors. */
  readonly catches: Set<TSESTree.CatchClause>;
}

/** Thrown inside the walk to stop at the first use the target is not a drop-in for. */
class NotDropIn {
  constructor(readonly reason: Reason) {}
}

/**
 * Checks every use the file makes of the names a load takes against what the mapping promises for them: members
 * read on the names, on the instances the file creates, on what mapped factories return and on values narrowed by
 * `instanceof` or a mapped guard; followed values that leave the rule's sight; callbacks handed to client methods.
 * `complete` when every use met a stated promise (the fix is proven by them, not taken on the mapping's word).
 */
export function surfaceVerdict(
  load: ModuleLoad,
  mapping: NameMapping,
  sourceCode: SourceCode,
  { typed }: { readonly typed: boolean },
): SurfaceVerdict {
  const check: Check = { mapping, sourceCode, typed, leaves: false, catches: new Set() };
  let complete = true;
  try {
    for (const site of nameSites(load, mapping.hasDefault, sourceCode)) {
      if (!checkSite(check, site.name, site.node)) complete = false;
    }
    // After the uses themselves, whose reasons (a narrowed class) say more.
    for (const handler of check.catches) checkCaught(check, handler);
  } catch (error) {
    if (error instanceof NotDropIn) return { reason: error.reason };
    throw error;
  }
  return { complete: typed ? !check.leaves : complete };
}

const line = (node: TSESTree.Node) => String(node.loc.start.line);

/**
 * Checks one place whose value is the banned name `name`; false when a use there rests on the mapping's word
 * (nothing stated for it, or the value used whole).
 */
function checkSite(check: Check, name: string, node: TSESTree.Node): boolean {
  const promised = check.mapping.promised(name);
  // What the use does is checked either way (callbacks); a name the mapping states nothing for is its word.
  return checkUse(check, name, node, promised) && promised !== undefined;
}

function checkUse(check: Check, name: string, node: TSESTree.Node, promised: Promised | undefined): boolean {
  const handler = enclosingCatch(node);
  if (handler) check.catches.add(handler);
  return checkUseItself(check, name, node, promised);
}

/** What every error has, whichever client threw it. */
const ERROR_MEMBERS = new Set(['name', 'message', 'stack', 'cause', 'toString']);

/**
 * A use inside a `try` block may throw the banned client's error into the `catch`: what the handler reads of it,
 * un-narrowed (`catch (e) { e.response?.status }`), must be what the target's errors have. They are the instances
 * of the name a mapped guard narrows to (`isAxiosError` → `AxiosError`); with none stated, only what every error
 * has. Types cannot speak here: a caught value is `unknown` or `any`.
 */
function checkCaught(check: Check, handler: TSESTree.CatchClause): void {
  if (handler.param?.type !== 'Identifier') return;
  const variable = check.sourceCode.getDeclaredVariables(handler)[0];
  const errorName = Object.values(check.mapping.mapping.promises ?? {}).find((p) => p.narrows)?.narrows;
  const stated = (errorName === undefined ? undefined : check.mapping.promised(errorName)?.instances) ?? [];
  const references = variable?.references ?? [];
  // Where the handler narrows the error (`instanceof X`, a guard), it is that class's: checked as such, or not ours.
  const narrowed = references.flatMap(({ identifier }) => {
    const { parent } = identifier;
    const guard =
      (parent.type === 'BinaryExpression' && parent.operator === 'instanceof' && parent.left === identifier) ||
      (parent.type === 'CallExpression' && parent.arguments[0] === identifier);
    return guard ? narrowedRanges(parent) : [];
  });
  const isNarrowed = (node: TSESTree.Node) =>
    narrowed.some(([start, end]) => node.range[0] >= start && node.range[1] <= end);
  for (const reference of references) {
    for (const read of usesOfValue(reference.identifier, check.sourceCode).reads) {
      if (ERROR_MEMBERS.has(read.member) || stated.includes(read.member) || isNarrowed(read.node)) continue;
      const of = `the error caught on line ${line(handler)}`;
      throw new NotDropIn(reason('memberNotPromised', { member: read.member, of, line: line(read.node) }));
    }
  }
}

/** The `catch` clause of the `try` block a node is in, within the same function. */
function enclosingCatch(node: TSESTree.Node): TSESTree.CatchClause | undefined {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type.includes('Function')) return undefined;
    if (parent.type === 'TryStatement' && parent.block === child) return parent.handler ?? undefined;
  }
  return undefined;
}

function checkUseItself(check: Check, name: string, node: TSESTree.Node, promised: Promised | undefined): boolean {
  // Named as the file writes it: `Redis` for a default import, `redis.createClient` on a module object.
  const written = check.sourceCode.getText(node);
  const outer = outsideAssertions(node);
  const { parent } = outer;
  if (outer !== node || !parent) return leaves(check);
  if (parent.type === 'MemberExpression' && parent.object === node) {
    const member = staticPropertyName(parent) ?? '[computed]';
    // `axios.isAxiosError` becomes an export of its own: checked as that name.
    if (name === 'default' && check.mapping.defaultMemberFor(member) !== undefined)
      return checkSite(check, member, parent);
    return checkMember(check, promised?.members, { member, node: parent }, `'${written}'`);
  }
  if (parent.type === 'NewExpression' && parent.callee === node)
    return checkValue(
      check,
      parent,
      promised?.instances,
      `an instance of '${written}'`,
      `the instance of '${written}'`,
    );
  if (parent.type === 'CallExpression' && parent.callee === node) {
    // A guard's result is a boolean: what it narrows is what counts.
    if (promised?.narrows !== undefined)
      return checkNarrowed(check, parent, parent.arguments[0], promised.narrows, promised.narrows);
    return checkValue(
      check,
      parent,
      promised?.returns,
      `what '${written}()' returns`,
      `the value '${written}()' returns`,
    );
  }
  if (parent.type === 'BinaryExpression' && parent.operator === 'instanceof' && parent.right === node)
    return checkNarrowed(check, parent, parent.left, name, written);
  if (parent.type === 'TSTypeReference' && parent.typeName === node)
    return checkAnnotated(check, parent, name, written);
  return leaves(check);
}

/** A use whose value (or type) goes where the file's uses end: passed on, exported, written into a signature. */
function leaves(check: Check): false {
  check.leaves = true;
  return false;
}

/**
 * A variable or parameter annotated with a mapped type (`const response: AxiosResponse<Invoice>`): its member reads
 * are reads on the type's instances. The type anywhere else (a return type, a generic argument) is not followed.
 */
function checkAnnotated(check: Check, reference: TSESTree.TSTypeReference, name: string, written: string): boolean {
  const annotation = reference.parent;
  const annotated = annotation.type === 'TSTypeAnnotation' ? annotation.parent : undefined;
  const variable = annotated?.type === 'Identifier' ? variableOf(annotated, check.sourceCode) : undefined;
  if (!variable) return leaves(check);
  const stated = check.mapping.promised(name)?.instances;
  let complete = true;
  for (const ref of variable.references) {
    if (!ref.isRead()) continue;
    for (const read of usesOfValue(ref.identifier, check.sourceCode).reads) {
      if (!checkMember(check, stated, read, `a value typed '${written}'`)) complete = false;
    }
  }
  return complete;
}

/** A member read against a stated list; unstated lists are the mapping's word. */
function checkMember(check: Check, stated: Promised['members'], read: MemberRead, of: string): boolean {
  if (read.call) guardCallback(check.sourceCode, read, read.call);
  if (read.wrappedBy) throw new NotDropIn(callbackReason(`'${read.member}' is passed to ${read.wrappedBy}`, read.node));
  if (check.typed) return true;
  if (!stated) return false;
  if (!stated.includes(read.member))
    throw new NotDropIn(reason('memberNotPromised', { member: read.member, of, line: line(read.node) }));
  return true;
}

/**
 * A value the file makes (`new X()`, `factory()`), followed to its member reads. Where its members are stated,
 * a value that leaves the rule's sight cannot be checked.
 */
function checkValue(
  check: Check,
  made: TSESTree.Node,
  stated: Promised['members'],
  of: string,
  value: string,
): boolean {
  guardCallbackOptions(made, check.sourceCode);
  const { reads, escapes } = usesOfValue(made, check.sourceCode);
  let complete = true;
  for (const read of reads) if (!checkMember(check, stated, read, of)) complete = false;
  const [escape] = escapes;
  // Types prove the uses in this file only: a value that leaves it is as unchecked as without them.
  if (escape && stated) throw new NotDropIn(reason('valueEscapes', { value, line: line(made), how: escape.how }));
  return complete && (escapes.length === 0 || leaves(check));
}

/** The member reads of a value narrowed to `name`'s instances (`e instanceof AxiosError`, `isAxiosError(e)`). */
function checkNarrowed(
  check: Check,
  guard: TSESTree.Node,
  subject: TSESTree.Node | undefined,
  name: string,
  written: string,
): boolean {
  if (!subject) return true;
  const stated = check.mapping.promised(name)?.instances;
  let complete = true;
  for (const read of narrowedReads(subject, narrowedRanges(guard), check.sourceCode)) {
    if (!checkMember(check, stated, read, `a value narrowed to '${written}'`)) complete = false;
  }
  return complete;
}

/**
 * A function as the last argument of a client method (listeners aside) is a callback-style call; so is an option
 * that asks a promise client for its callback API (node-redis 4's `legacyMode`).
 */
function guardCallback(sourceCode: SourceCode, read: MemberRead, call: TSESTree.CallExpression): void {
  const last = call.arguments.at(-1);
  if (!last || TAKES_FUNCTIONS.has(read.member) || !mayBeFunction(sourceCode, last)) return;
  throw new NotDropIn(callbackReason(`'${read.member}' is given a callback`, call));
}

/** Options that turn a client's promise API into callbacks. */
const CALLBACK_OPTIONS = new Set(['legacyMode']);

/** A client made with an option that asks for callbacks (`createClient({ legacyMode: true })`). */
function guardCallbackOptions(made: TSESTree.Node, sourceCode: SourceCode): void {
  if (made.type !== 'CallExpression' && made.type !== 'NewExpression') return;
  for (const arg of made.arguments) {
    if (arg.type !== 'ObjectExpression') continue;
    const option = arg.properties.find(
      (p) =>
        p.type === 'Property' &&
        CALLBACK_OPTIONS.has(staticPropertyName(p) ?? '') &&
        !(p.value.type === 'Literal' && p.value.value === false),
    );
    if (!option) continue;
    const use = `'${sourceCode.getText(made.callee)}' is given '${staticPropertyName(option as TSESTree.Property)}'`;
    throw new NotDropIn(callbackReason(use, made));
  }
}

const callbackReason = (use: string, node: TSESTree.Node) =>
  reason('callbackApi', { use: `${use} on line ${line(node)}` });

/** Names code gives callbacks: a value so named, passed last to a client method, is taken for one. */
const CALLBACK_NAME = /^(?:cb|callback|done|next|handler|on[A-Z]\w*|\w+(?:Callback|Handler|Cb|Listener))$/;

/**
 * Whether a value may be a function: written here, declared or bound to a constant in the file, made by `.bind()`,
 * a parameter its function calls, or a name callbacks go by (`done`, `onValue`, an imported `handleReply`). Type
 * assertions (`cb as any`) are seen through.
 */
function mayBeFunction(sourceCode: SourceCode, expression: TSESTree.Node): boolean {
  const node = insideAssertions(expression);
  if (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression') return true;
  if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression')
    return staticPropertyName(node.callee) === 'bind' && mayBeFunction(sourceCode, node.callee.object);
  if (node.type === 'MemberExpression') return CALLBACK_NAME.test(staticPropertyName(node) ?? '');
  if (node.type !== 'Identifier') return false;
  if (CALLBACK_NAME.test(node.name)) return true;
  const variable = sourceCode.getScope(node).references.find((r) => r.identifier === node)?.resolved;
  return (
    variable?.defs.some(
      (def) =>
        def.type === 'FunctionName' ||
        (def.type === 'Parameter' && variable.references.some((r) => isCallee(r.identifier))) ||
        (def.type === 'Variable' &&
          def.parent.kind === 'const' &&
          def.node.init !== null &&
          mayBeFunction(sourceCode, def.node.init)),
    ) ?? false
  );
}

const isCallee = (node: TSESTree.Node) => {
  const outer = outsideAssertions(node);
  return outer.parent?.type === 'CallExpression' && outer.parent.callee === outer;
};
