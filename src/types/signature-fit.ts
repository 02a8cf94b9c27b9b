import type * as ts from 'typescript';
import type { ProgramFacts } from './program-modules.js';
import { isOpaque, isTypeReference, memberType } from './type-shapes.js';

/**
 * An argument as the fit sees it: its type, or an object literal's properties. A literal's type in the banned call
 * is what the banned signature makes of it (contextual typing, which resolves that call: with redis's generic
 * commands, the dearest question of the file), and its extra properties are only an error where it is written:
 * so each property is checked against the target's parameter instead.
 */
export type Argument = { readonly type: ts.Type } | { readonly properties: ReadonlyMap<string, Argument> };

/**
 * The first signature that takes these arguments: as many as it has parameters (optional and rest ones counted as
 * TypeScript counts them), each assignable to its parameter. A parameter whose type involves a type parameter is
 * not inferred here, so it takes any argument: an unresolved `T` must not make a mismatch.
 */
export function fittingSignature(
  facts: ProgramFacts,
  signatures: readonly ts.Signature[],
  args: readonly Argument[],
): ts.Signature | undefined {
  return signatures.find((signature) => fits(facts, signature, args));
}

function fits(facts: ProgramFacts, signature: ts.Signature, args: readonly Argument[]): boolean {
  const { checker } = facts;
  const parameters = signature.getParameters();
  const declarations = parameters.map((p) => p.valueDeclaration as ts.ParameterDeclaration | undefined);
  const rest = declarations.at(-1)?.dotDotDotToken !== undefined;
  const fixed = rest ? parameters.length - 1 : parameters.length;
  // A parameter without a declaration (a synthesized signature) is taken as optional.
  const required = 1 + declarations.findLastIndex((d, i) => i < fixed && d && !d.questionToken && !d.initializer);
  if (args.length < required || (!rest && args.length > fixed)) return false;
  const restElement = rest ? arrayElement(facts, checker.getTypeOfSymbol(parameters[fixed]!)) : undefined;
  return args.every((arg, i) => {
    const parameter = i < fixed ? checker.getTypeOfSymbol(parameters[i]!) : restElement;
    return parameter === undefined || accepts(facts, arg, parameter);
  });
}

function accepts(facts: ProgramFacts, arg: Argument, parameter: ts.Type): boolean {
  const fitting =
    'type' in arg ? facts.checker.isTypeAssignableTo(arg.type, parameter) : takesLiteral(facts, arg, parameter);
  return fitting || mentionsTypeParameter(facts, parameter);
}

/**
 * Whether an object literal fits a parameter, as TypeScript checks a fresh literal: some constituent has every
 * property it names (each value fitting) and names every property that constituent requires.
 */
function takesLiteral(facts: ProgramFacts, literal: Exclude<Argument, { type: ts.Type }>, parameter: ts.Type) {
  const { ts: typescript, checker } = facts;
  const objectLike =
    typescript.TypeFlags.Object | typescript.TypeFlags.Intersection | typescript.TypeFlags.NonPrimitive;
  return (parameter.isUnion() ? parameter.types : [parameter]).some((candidate) => {
    if (isOpaque(facts, candidate) || candidate.flags & typescript.TypeFlags.Unknown) return true;
    if (!(candidate.flags & objectLike)) return false;
    const apparent = checker.getApparentType(candidate);
    const members = checker.getPropertiesOfType(apparent);
    // `{}` and `object` take any literal; a function type takes none.
    if (members.length === 0 && checker.getIndexInfosOfType(apparent).length === 0)
      return apparent.getCallSignatures().length === 0 && apparent.getConstructSignatures().length === 0;
    const named = [...literal.properties].every(([name, value]) => {
      const type = memberType(facts, apparent, name);
      return type !== undefined && accepts(facts, value, type);
    });
    const optional = (member: ts.Symbol) => (member.flags & typescript.SymbolFlags.Optional) !== 0;
    return named && members.every((member) => optional(member) || literal.properties.has(member.name));
  });
}

/** The element type of a rest parameter's array; undefined for a tuple or anything else (taken as fitting). */
function arrayElement({ checker }: ProgramFacts, type: ts.Type): ts.Type | undefined {
  return checker.isArrayType(type) ? checker.getTypeArguments(type as ts.TypeReference)[0] : undefined;
}

const DEPTH = 4;

/** Whether a type depends on a type parameter: `T`, `T[]`, `Partial<T>`, `(value: T) => void`, `keyof T`. */
export function mentionsTypeParameter(facts: ProgramFacts, type: ts.Type, depth = 0): boolean {
  const { ts: typescript, checker } = facts;
  // Too deep to tell: count it as generic, which can only spare a fix from a false mismatch.
  if (depth > DEPTH) return true;
  const mentions = (inner: ts.Type) => mentionsTypeParameter(facts, inner, depth + 1);
  if (type.flags & typescript.TypeFlags.Instantiable) return true;
  if (type.isUnionOrIntersection()) return type.types.some(mentions);
  if (type.aliasTypeArguments?.some(mentions)) return true;
  if (isTypeReference(facts, type) && checker.getTypeArguments(type).some(mentions)) return true;
  return [...type.getCallSignatures(), ...type.getConstructSignatures()].some(
    (signature) =>
      mentions(signature.getReturnType()) ||
      signature.getParameters().some((parameter) => mentions(checker.getTypeOfSymbol(parameter))),
  );
}
