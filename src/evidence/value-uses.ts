import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { outsideAssertions, staticPropertyName } from '../loads/static-values.js';

// Where a value goes once the file has it: the member reads the rule can see, and the places it leaves the rule's
// sight. The drop-in checks follow instances (`new Redis()`), factory results (`createClient()`) and values
// narrowed by `instanceof` or a type guard this way.

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** A member read on a followed value. */
export interface MemberRead {
  /** The member's name; `[computed]` when the file computes it. */
  readonly member: string;
  readonly node: TSESTree.Node;
  /** The call the read makes (`client.get(key, cb)`). */
  readonly call?: TSESTree.CallExpression;
  /** The wrapper it is handed to (`promisify(client.get)`, `util.callbackify(client.get.bind(client))`). */
  readonly wrappedBy?: string;
}

/** A place where the value leaves the rule's sight, and how. */
export interface Escape {
  readonly how: string;
  readonly node: TSESTree.Node;
}

export interface ValueUses {
  readonly reads: readonly MemberRead[];
  readonly escapes: readonly Escape[];
}

const WRAPPERS = new Set(['promisify', 'callbackify']);

/** Where a value goes from one place it is used: into a local, a `this` field, or straight into a member read. */
export function usesOfValue(node: TSESTree.Node, sourceCode: SourceCode): ValueUses {
  const { parent } = node;
  if (parent?.type === 'MemberExpression' && parent.object === node)
    return { reads: [memberRead(parent)], escapes: [] };
  if (parent?.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'ObjectPattern')
    return destructured(parent.id);
  if (parent?.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'Identifier') {
    const exported = parent.parent.parent?.type === 'ExportNamedDeclaration';
    const variable = sourceCode.getDeclaredVariables(parent)[0];
    const uses = variable ? variableUses(variable, sourceCode) : { reads: [], escapes: [] };
    return exported ? { reads: uses.reads, escapes: [...uses.escapes, { how: 'is exported', node }] } : uses;
  }
  if (parent?.type === 'AssignmentExpression' && parent.right === node) {
    const field = thisField(parent.left);
    if (field) return fieldUses(parent, field, sourceCode);
    const { left } = parent;
    const variable = left.type === 'Identifier' ? assignedVariable(left, sourceCode) : undefined;
    // `client ??= createClient()`: what the variable holds is read wherever it is, and the assignment passes it on.
    if (variable && left.type === 'Identifier')
      return both(variableUses(variable, sourceCode, left), usesOfValue(parent, sourceCode));
  }
  if (parent?.type === 'PropertyDefinition' && parent.value === node && !parent.static) {
    const key = parent.key.type === 'PrivateIdentifier' ? `#${parent.key.name}` : staticFieldName(parent.key, parent);
    if (key !== undefined) return fieldUses(parent, key, sourceCode);
  }
  if (parent?.type === 'ExpressionStatement' || (parent && onlyTested(node, parent))) return { reads: [], escapes: [] };
  return { reads: [], escapes: [{ how: escapeOf(node), node }] };
}

/** Whether a value is only tested for being there (`client ? … : …`, `if (!client)`, `client && …`): it goes nowhere. */
function onlyTested(node: TSESTree.Node, parent: TSESTree.Node): boolean {
  switch (parent.type) {
    case 'IfStatement':
    case 'ConditionalExpression':
      return parent.test === node;
    case 'UnaryExpression':
      return parent.operator === '!';
    case 'LogicalExpression':
      return parent.operator === '&&' && parent.left === node;
    case 'BinaryExpression':
      return ['===', '!==', '==', '!='].includes(parent.operator);
    default:
      return false;
  }
}

const both = (a: ValueUses, b: ValueUses): ValueUses => ({
  reads: [...a.reads, ...b.reads],
  escapes: [...a.escapes, ...b.escapes],
});

function assignedVariable(target: TSESTree.Identifier, sourceCode: SourceCode): Variable | undefined {
  return (
    sourceCode.getScope(target).references.find((reference) => reference.identifier === target)?.resolved ?? undefined
  );
}

/** The uses of what a variable holds; `assignment` is where the followed value was written into it, if not its declaration. */
function variableUses(variable: Variable, sourceCode: SourceCode, assignment?: TSESTree.Identifier): ValueUses {
  const reads: MemberRead[] = [];
  const escapes: Escape[] = [];
  const declared = new Set<TSESTree.Node>(assignment ? [assignment] : variable.identifiers);
  for (const reference of variable.references) {
    if (declared.has(reference.identifier) || reference.init) continue;
    // Once reassigned, the variable may hold something else: what is read of it is no longer this value.
    if (reference.isWrite()) escapes.push({ how: 'is replaced by another value', node: reference.identifier });
    if (!reference.isRead()) continue;
    const use = usesOfValue(reference.identifier, sourceCode);
    reads.push(...use.reads);
    escapes.push(...use.escapes);
  }
  return { reads, escapes };
}

/** The member reads a destructuring makes; a rest element takes the rest whole. */
function destructured(pattern: TSESTree.ObjectPattern): ValueUses {
  const reads: MemberRead[] = [];
  const escapes: Escape[] = [];
  for (const property of pattern.properties) {
    if (property.type === 'RestElement') escapes.push({ how: 'is spread into a rest element', node: property });
    else reads.push({ member: staticPropertyName(property) ?? '[computed]', node: property });
  }
  return { reads, escapes };
}

function memberRead(access: TSESTree.MemberExpression): MemberRead {
  const member = staticPropertyName(access) ?? '[computed]';
  // `(client.set as any)(key, value, cb)` calls the member all the same.
  const called = outsideAssertions(access);
  if (called.parent?.type === 'CallExpression' && called.parent.callee === called)
    return { member, node: access, call: called.parent };
  const holder = access.parent;
  // `client.get` itself, or `client.get.bind(client)`, handed to promisify/callbackify.
  const bound =
    holder.type === 'MemberExpression' && holder.object === access && staticPropertyName(holder) === 'bind'
      ? holder.parent
      : access;
  const wrapper = bound.parent;
  const wrappedBy =
    wrapper?.type === 'CallExpression' && wrapper.arguments.includes(bound as TSESTree.Expression)
      ? calleeName(wrapper.callee)
      : undefined;
  return wrappedBy !== undefined && WRAPPERS.has(wrappedBy)
    ? { member, node: access, wrappedBy }
    : { member, node: access };
}

function calleeName(callee: TSESTree.Node): string | undefined {
  if (callee.type === 'Identifier') return callee.name;
  return callee.type === 'MemberExpression' ? staticPropertyName(callee) : undefined;
}

/** `this.client` or `this.#client`: the field's name (`#client` for a private one). */
function thisField(node: TSESTree.Node): string | undefined {
  if (node.type !== 'MemberExpression' || node.object.type !== 'ThisExpression') return undefined;
  if (node.property.type === 'PrivateIdentifier') return `#${node.property.name}`;
  return staticPropertyName(node);
}

function staticFieldName(key: TSESTree.Node, definition: TSESTree.PropertyDefinition): string | undefined {
  if (!definition.computed && key.type === 'Identifier') return key.name;
  return key.type === 'Literal' && typeof key.value === 'string' ? key.value : undefined;
}

/** Every use of `this.<field>` in the class around `node`: reads of its members, or escapes. */
function fieldUses(node: TSESTree.Node, field: string, sourceCode: SourceCode): ValueUses {
  const body = enclosingClassBody(node);
  if (!body) return { reads: [], escapes: [{ how: 'is stored on an object', node }] };
  const reads: MemberRead[] = [];
  const escapes: Escape[] = [];
  walk(body, sourceCode, (candidate) => {
    if (candidate.type !== 'MemberExpression' || thisField(candidate) !== field) return;
    const { parent } = candidate;
    if (parent.type === 'AssignmentExpression' && parent.left === candidate) return;
    const use = usesOfValue(candidate, sourceCode);
    reads.push(...use.reads);
    escapes.push(...use.escapes);
  });
  return { reads, escapes };
}

function enclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    if (current.type === 'ClassBody') return current;
  }
  return undefined;
}

function walk(node: TSESTree.Node, sourceCode: SourceCode, visit: (node: TSESTree.Node) => void): void {
  visit(node);
  for (const key of sourceCode.visitorKeys[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    for (const item of Array.isArray(child) ? child : [child]) {
      if (item && typeof (item as TSESTree.Node).type === 'string') walk(item as TSESTree.Node, sourceCode, visit);
    }
  }
}

/** How a value used whole leaves the rule's sight, for the reason's words. */
function escapeOf(node: TSESTree.Node): string {
  const { parent } = node;
  switch (parent?.type) {
    case 'CallExpression':
    case 'NewExpression':
      return parent.callee === node ? 'is called' : 'is passed on';
    case 'ReturnStatement':
    case 'ArrowFunctionExpression':
      return 'is returned';
    case 'ExportSpecifier':
    case 'ExportDefaultDeclaration':
      return 'is exported';
    case 'ThrowStatement':
      return 'is thrown';
    case 'AwaitExpression':
      return 'is awaited';
    case 'TSAsExpression':
    case 'TSNonNullExpression':
    case 'TSTypeAssertion':
    case 'TSSatisfiesExpression':
      return 'is read through a type assertion';
    default:
      return 'is stored';
  }
}

/**
 * The source ranges in which `guard` (an `instanceof` test or a guard call) narrows its subject: the consequent
 * of an `if` or `?:` and what follows it in an `&&` chain; what follows `if (!guard) return;` in its block.
 * Elsewhere (`const ok = isAxiosError(e)`) the narrowing cannot be followed, and everything after the guard in the
 * enclosing function counts.
 */
export function narrowedRanges(guard: TSESTree.Node): [number, number][] {
  const ranges: [number, number][] = [];
  let node = guard;
  while (node.parent?.type === 'LogicalExpression' && node.parent.operator === '&&') {
    if (node.parent.left === node) ranges.push(node.parent.right.range);
    node = node.parent;
  }
  const { parent } = node;
  if ((parent?.type === 'IfStatement' || parent?.type === 'ConditionalExpression') && parent.test === node)
    return [...ranges, parent.consequent.range];
  const statement = parent?.parent;
  if (
    parent?.type === 'UnaryExpression' &&
    parent.operator === '!' &&
    statement?.type === 'IfStatement' &&
    statement.test === parent &&
    exits(statement.consequent)
  ) {
    return [...ranges, ...following(statement)];
  }
  return [[guard.range[1], enclosingFunction(guard).range[1]]];
}

function exits(statement: TSESTree.Statement): boolean {
  if (statement.type === 'BlockStatement') {
    const last = statement.body.at(-1);
    return last !== undefined && exits(last);
  }
  return ['ReturnStatement', 'ThrowStatement', 'BreakStatement', 'ContinueStatement'].includes(statement.type);
}

function following(statement: TSESTree.Node): [number, number][] {
  const { parent } = statement;
  const body = parent && 'body' in parent && Array.isArray(parent.body) ? (parent.body as TSESTree.Node[]) : [];
  const siblings = parent?.type === 'SwitchCase' ? parent.consequent : body;
  return siblings.slice(siblings.indexOf(statement) + 1).map((sibling) => sibling.range);
}

function enclosingFunction(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent) {
    current = current.parent;
    if (/Function/.test(current.type)) return current;
  }
  return current;
}

/** The member reads of a narrowed subject within the ranges its guard narrows it in. */
export function narrowedReads(
  subject: TSESTree.Node,
  ranges: readonly [number, number][],
  sourceCode: SourceCode,
): MemberRead[] {
  if (subject.type !== 'Identifier') return [];
  const reference = sourceCode.getScope(subject).references.find((r) => r.identifier === subject);
  const variable = reference?.resolved;
  if (!variable) return [];
  const inside = (node: TSESTree.Node) => ranges.some(([start, end]) => node.range[0] >= start && node.range[1] <= end);
  return variable.references
    .filter((r) => r.isRead() && inside(r.identifier))
    .flatMap((r) => usesOfValue(r.identifier, sourceCode).reads);
}
