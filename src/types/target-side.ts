import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';
import { staticPropertyName } from '../loads/static-values.js';
import type { Counterpart, Counterparts } from './counterparts.js';
import type { ProgramFacts } from './program-modules.js';
import { fittingSignature } from './signature-fit.js';

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
  /** A call's argument types, a banned value's as its counterpart; undefined with a spread (their number is unknown). */
  readonly argumentTypes: (call: Call) => readonly ts.Type[] | undefined;
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
): TargetSide {
  const { checker } = facts;
  const typeAt = (node: TSESTree.Node) => checker.getNonNullableType(services.getTypeAtLocation(node));
  const derived = new Map<TSESTree.Node, readonly Counterpart[] | undefined>();

  const bannedParts = (type: ts.Type) => (type.isUnion() ? type.types : [type]).filter(counterparts.isBanned);

  const byName = (node: TSESTree.Node): readonly Counterpart[] | undefined => {
    const found = bannedParts(typeAt(node)).map(counterparts.of);
    return found.length > 0 && found.every((c) => c !== undefined) ? (found as Counterpart[]) : undefined;
  };

  const bound = (node: TSESTree.Node): readonly Counterpart[] | undefined => {
    const binding = node.type === 'Identifier' ? counterparts.ofBinding(services.getSymbolAtLocation(node)) : undefined;
    return binding && [binding];
  };

  const valueOf = (node: TSESTree.Node): readonly Counterpart[] | undefined => {
    if (!derived.has(node)) {
      // Set first: a `const` whose initializer reads itself ends here.
      derived.set(node, undefined);
      derived.set(node, derive(node));
    }
    return derived.get(node) ?? bound(node) ?? byName(node);
  };

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
      ? members.map((member) => ({ type: checker.getNonNullableType(member) }))
      : undefined;
  };

  const argumentTypes = (call: Call) =>
    call.arguments.some((arg) => arg.type === 'SpreadElement')
      ? undefined
      : call.arguments.map((arg) => {
          const mapped = counterparts.isBanned(typeAt(arg)) ? valueOf(arg) : undefined;
          return mapped?.length === 1 && mapped[0]!.type ? mapped[0]!.type : services.getTypeAtLocation(arg);
        });

  const signatureFor = (callee: ts.Type, call: Call, args: readonly ts.Type[]) =>
    fittingSignature(
      facts,
      call.type === 'NewExpression' ? callee.getConstructSignatures() : callee.getCallSignatures(),
      args,
    );

  const fits = (callee: ts.Type, call: Call) => {
    const args = argumentTypes(call);
    return !args || isOpaque(facts, callee) || signatureFor(callee, call, args) !== undefined;
  };

  /** What a call of a value with counterparts returns in the target: the return type of the signature that fits. */
  const returned = (call: Call): readonly Counterpart[] | undefined => {
    const callees = valueOf(call.callee);
    const args = argumentTypes(call);
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
        const init = constInitializer(services, node);
        return init && valueOf(init);
      }
      default:
        return undefined;
    }
  };

  return {
    sideOf(node) {
      // A name bound to the banned module needs no type to be known by.
      const binding = bound(node);
      if (binding) return { kind: 'mapped', counterparts: binding };
      const banned = bannedParts(typeAt(node));
      if (banned.length === 0) return UNBANNED;
      const counterparts = valueOf(node);
      return counterparts ? { kind: 'mapped', counterparts } : { kind: 'unmapped', banned: banned[0]! };
    },
    memberOf,
    fits,
    typeAt,
    argumentTypes,
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

/** A property's type, or an index signature's that takes the key (any string without a name). */
function memberType({ checker }: ProgramFacts, type: ts.Type, name: string | undefined): ts.Type | undefined {
  const property = name === undefined ? undefined : checker.getPropertyOfType(type, name);
  if (property) return checker.getTypeOfSymbol(property);
  const key = name === undefined ? checker.getStringType() : checker.getStringLiteralType(name);
  return checker.getIndexInfosOfType(type).find((info) => checker.isTypeAssignableTo(key, info.keyType))?.type;
}

/** `any`, or a type parameter: nothing about its members can be told, so nothing is claimed. */
export function isOpaque({ ts: typescript }: ProgramFacts, type: ts.Type): boolean {
  return (type.flags & (typescript.TypeFlags.Any | typescript.TypeFlags.Instantiable)) !== 0;
}

/** The initializer of the `const` an identifier names, when declared in this file (`const client = createClient()`). */
function constInitializer(
  services: ParserServicesWithTypeInformation,
  identifier: TSESTree.Identifier,
): TSESTree.Expression | undefined {
  const declaration = services.getSymbolAtLocation(identifier)?.valueDeclaration;
  const declarator = declaration && services.tsNodeToESTreeNodeMap.get(declaration);
  return declarator?.type === 'VariableDeclarator' &&
    declarator.parent.kind === 'const' &&
    declarator.id.type === 'Identifier'
    ? (declarator.init ?? undefined)
    : undefined;
}
