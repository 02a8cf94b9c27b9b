import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';
import { staticPropertyName } from '../loads/static-values.js';
import type { Counterpart, Counterparts } from './counterparts.js';
import type { FileBindings } from './file-bindings.js';
import type { ProgramFacts } from './program-modules.js';
import { type Argument, fittingSignature } from './signature-fit.js';
import { isOpaque, memberType, withoutNullish } from './type-shapes.js';

/** What a value of the file is, seen from the target. */
export type Side =
  /** Its type is not the banned package's: the fix does not change it. */
  | { readonly kind: 'unbanned' }
  | { readonly kind: 'mapped'; readonly counterparts: readonly Counterpart[] }
  /** A banned type the mapping gives no counterpart. */
  | { readonly kind: 'unmapped'; readonly banned: ts.Type };

/** The names a member access reads: one, the literal types of a computed key, or undefined for any key. */
export type MemberNames = readonly string[] | undefined;

type Call = TSESTree.CallExpression | TSESTree.NewExpression;

export interface TargetSide {
  /** What the value of an expression (or a destructured pattern) is once the file uses the target. */
  readonly sideOf: (node: TSESTree.Node) => Side;
  /** The members of a counterpart that an access reads (one per name), or undefined when one is missing. */
  readonly memberOf: (counterpart: Counterpart, names: MemberNames) => readonly Counterpart[] | undefined;
  /** Whether some signature of a target callee takes a call's arguments. */
  readonly fits: (callee: ts.Type, call: Call) => boolean;
  /** The file's type of a node, `null` and `undefined` left out. */
  readonly typeAt: (node: TSESTree.Node) => ts.Type;
  /** A call's arguments, a banned value's as its counterpart; undefined with a spread (their number is unknown). */
  readonly argumentsOf: (call: Call) => readonly Argument[] | undefined;
}

const UNBANNED: Side = { kind: 'unbanned' };

/**
 * Sees the file's values from the target. A value is derived where the code shows where it comes from (a member,
 * call, `new` or `await` of a value with a counterpart, or a `const` holding one), so that
 * `(await axios.get(url)).headers` is `HttpResponse['headers']`; else its banned type's name decides through the
 * mapping (a parameter typed `AxiosError` is an `HttpClientError`).
 */
export function targetSide(
  facts: ProgramFacts,
  services: ParserServicesWithTypeInformation,
  counterparts: Counterparts,
  bindings: FileBindings,
): TargetSide {
  const { checker } = facts;
  // The checker recomputes an expression's (narrowed) type on every request: ask once per node.
  const types = new Map<TSESTree.Node, ts.Type>();
  const typeAt = (node: TSESTree.Node) => {
    let type = types.get(node);
    if (!type) types.set(node, (type = withoutNullish(facts, services.getTypeAtLocation(node))));
    return type;
  };
  const derived = new Map<TSESTree.Node, readonly Counterpart[] | undefined>();

  const bannedParts = (type: ts.Type) => (type.isUnion() ? type.types : [type]).filter(counterparts.isBanned);

  const byName = (node: TSESTree.Node): readonly Counterpart[] | undefined => {
    const found = bannedParts(typeAt(node)).map(counterparts.of);
    return found.length > 0 && found.every((c) => c !== undefined) ? (found as Counterpart[]) : undefined;
  };

  const bound = (node: TSESTree.Node): readonly Counterpart[] | undefined => {
    const imported = bindings.importedAt.get(node);
    const binding = imported === undefined ? undefined : counterparts.ofImport(imported);
    return binding && [binding];
  };

  /** What the code alone shows a value to come from: the banned module's bindings and what derives from them. */
  const known = (node: TSESTree.Node): readonly Counterpart[] | undefined => {
    if (!derived.has(node)) {
      // Set first: a `const` whose initializer reads itself ends here.
      derived.set(node, undefined);
      derived.set(node, derive(node));
    }
    return derived.get(node) ?? bound(node);
  };

  const valueOf = (node: TSESTree.Node) => known(node) ?? byName(node);

  const memberOf = (counterpart: Counterpart, names: MemberNames): readonly Counterpart[] | undefined => {
    const exported = names?.length === 1 ? counterpart.exportFor?.(names[0]!) : undefined;
    if (exported !== undefined) {
      const type = counterparts.exportValue(exported);
      return type && [{ type }];
    }
    const { type } = counterpart;
    if (!type) return undefined;
    if (isOpaque(facts, type)) return [counterpart];
    const apparent = checker.getApparentType(type);
    const members = (names ?? [undefined]).map((name) => memberType(facts, apparent, name));
    return members.every((member) => member !== undefined)
      ? members.map((member) => ({ type: withoutNullish(facts, member) }))
      : undefined;
  };

  /** An argument as the target's signature takes it: see `Argument`. */
  const argumentOf = (node: TSESTree.Node): Argument => {
    if (node.type === 'Literal') return { type: literalType(facts, services, node) };
    if (node.type === 'TemplateLiteral') return { type: checker.getStringType() };
    const properties = node.type === 'ObjectExpression' ? literalProperties(node) : undefined;
    if (properties) return { properties };
    const mapped = known(node) ?? (counterparts.isBanned(typeAt(node)) ? byName(node) : undefined);
    const type = mapped?.length === 1 ? mapped[0]!.type : undefined;
    return { type: type ?? services.getTypeAtLocation(node) };
  };

  /** An object literal's properties by name; undefined when one is computed, spread, a method or a function. */
  const literalProperties = (object: TSESTree.ObjectExpression) => {
    const properties = new Map<string, Argument>();
    for (const property of object.properties) {
      if (property.type !== 'Property' || property.kind !== 'init') return undefined;
      const name = staticPropertyName(property);
      // A function's parameters are typed by the call it is written in: the literal is checked as a whole.
      if (name === undefined || property.value.type.endsWith('FunctionExpression')) return undefined;
      properties.set(name, argumentOf(property.value));
    }
    return properties;
  };

  const argumentsOf = (call: Call) =>
    call.arguments.some((arg) => arg.type === 'SpreadElement') ? undefined : call.arguments.map(argumentOf);

  const signatureFor = (callee: ts.Type, call: Call, args: readonly Argument[]) =>
    fittingSignature(
      facts,
      call.type === 'NewExpression' ? callee.getConstructSignatures() : callee.getCallSignatures(),
      args,
    );

  const fits = (callee: ts.Type, call: Call) => {
    const args = argumentsOf(call);
    return !args || isOpaque(facts, callee) || signatureFor(callee, call, args) !== undefined;
  };

  /** What a call of a value with counterparts returns in the target: the return type of the signature that fits. */
  const returned = (call: Call): readonly Counterpart[] | undefined => {
    const callees = valueOf(call.callee);
    const args = argumentsOf(call);
    if (!callees || !args) return undefined;
    const types = callees.map(({ type }) =>
      !type || isOpaque(facts, type) ? type : signatureFor(type, call, args)?.getReturnType(),
    );
    return types.every((type) => type !== undefined) ? types.map((type) => ({ type })) : undefined;
  };

  const derive = (node: TSESTree.Node): readonly Counterpart[] | undefined => {
    switch (node.type) {
      case 'ChainExpression':
      case 'TSNonNullExpression':
        return valueOf(node.expression);
      case 'AwaitExpression':
        return valueOf(node.argument)?.map((c) => (c.type ? { type: checker.getAwaitedType(c.type) ?? c.type } : c));
      case 'MemberExpression': {
        const names = memberNames(services, node);
        const members = valueOf(node.object)?.map((c) => memberOf(c, names));
        return members?.every((m) => m !== undefined) ? members.flat() : undefined;
      }
      case 'CallExpression':
      case 'NewExpression':
        return returned(node);
      case 'Identifier': {
        // Only an initializer the code alone derives: asking every `const`'s initializer its type costs too much.
        const init = bindings.initializerAt.get(node);
        return init && known(init);
      }
      default:
        return undefined;
    }
  };

  return {
    sideOf(node) {
      // A value the code derives from the banned module needs no type to be known by: what it becomes is checked,
      // whatever the banned package types it as.
      const derivedValue = known(node);
      if (derivedValue) return { kind: 'mapped', counterparts: derivedValue };
      const banned = bannedParts(typeAt(node));
      if (banned.length === 0) return UNBANNED;
      const named = byName(node);
      return named ? { kind: 'mapped', counterparts: named } : { kind: 'unmapped', banned: banned[0]! };
    },
    memberOf,
    fits,
    typeAt,
    argumentsOf,
  };
}

/** The names a member access or a destructured property reads: its static name, or its computed key's literals. */
export function memberNames(
  services: ParserServicesWithTypeInformation,
  node: TSESTree.MemberExpression | TSESTree.Property,
): MemberNames {
  const name = staticPropertyName(node);
  if (name !== undefined) return [name];
  if (!node.computed) return undefined;
  const key = services.getTypeAtLocation(node.type === 'MemberExpression' ? node.property : node.key);
  const literals = key.isUnion() ? key.types : [key];
  return literals.every((type) => type.isStringLiteral() || type.isNumberLiteral())
    ? literals.map((type) => String((type as ts.LiteralType).value))
    : undefined;
}

/** A literal's own type, which needs no contextual type (so no resolution of the banned call it is written in). */
function literalType(
  { checker }: ProgramFacts,
  services: ParserServicesWithTypeInformation,
  literal: TSESTree.Literal,
): ts.Type {
  const { value } = literal;
  if (typeof value === 'string') return checker.getStringLiteralType(value);
  if (typeof value === 'number') return checker.getNumberLiteralType(value);
  if (typeof value === 'boolean') return value ? checker.getTrueType() : checker.getFalseType();
  return value === null && !('regex' in literal) ? checker.getNullType() : services.getTypeAtLocation(literal);
}
