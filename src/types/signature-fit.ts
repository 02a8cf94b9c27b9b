import type * as ts from 'typescript';
import type { ProgramFacts } from './program-modules.js';

/**
 * The first signature that takes these arguments: as many as it has parameters (optional and rest ones counted as
 * TypeScript counts them), each assignable to its parameter. A parameter whose type involves a type parameter is
 * not inferred here, so it takes any argument: an unresolved `T` must not make a mismatch.
 */
export function fittingSignature(
  facts: ProgramFacts,
  signatures: readonly ts.Signature[],
  args: readonly ts.Type[],
): ts.Signature | undefined {
  return signatures.find((signature) => fits(facts, signature, args));
}

function fits(facts: ProgramFacts, signature: ts.Signature, args: readonly ts.Type[]): boolean {
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

function accepts(facts: ProgramFacts, arg: ts.Type, parameter: ts.Type): boolean {
  return facts.checker.isTypeAssignableTo(arg, parameter) || mentionsTypeParameter(facts, parameter);
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
  const isReference = ((type as ts.ObjectType).objectFlags ?? 0) & typescript.ObjectFlags.Reference;
  if (isReference && checker.getTypeArguments(type as ts.TypeReference).some(mentions)) return true;
  return [...type.getCallSignatures(), ...type.getConstructSignatures()].some(
    (signature) =>
      mentions(signature.getReturnType()) ||
      signature.getParameters().some((parameter) => mentions(checker.getTypeOfSymbol(parameter))),
  );
}
