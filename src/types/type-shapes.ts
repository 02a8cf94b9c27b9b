import type * as ts from 'typescript';
import type { ProgramFacts } from './program-modules.js';

/** `AxiosResponse<User>`: an instantiation of a generic class or interface. */
export function isTypeReference({ ts: typescript }: ProgramFacts, type: ts.Type): type is ts.TypeReference {
  return (((type as ts.ObjectType).objectFlags ?? 0) & typescript.ObjectFlags.Reference) !== 0;
}

/** `any`, or a type parameter: nothing about its members can be told, so nothing is claimed. */
export function isOpaque({ ts: typescript }: ProgramFacts, type: ts.Type): boolean {
  return (type.flags & (typescript.TypeFlags.Any | typescript.TypeFlags.Instantiable)) !== 0;
}

/** A property's type, or an index signature's that takes the key (any string without a name). */
export function memberType({ checker }: ProgramFacts, type: ts.Type, name: string | undefined): ts.Type | undefined {
  const property = name === undefined ? undefined : checker.getPropertyOfType(type, name);
  if (property) return checker.getTypeOfSymbol(property);
  const key = name === undefined ? checker.getStringType() : checker.getStringLiteralType(name);
  return checker.getIndexInfosOfType(type).find((info) => checker.isTypeAssignableTo(key, info.keyType))?.type;
}

/** A type with `null` and `undefined` left out (`e.response?.status`); only a union can hold them beside others. */
export function withoutNullish({ checker }: ProgramFacts, type: ts.Type): ts.Type {
  return type.isUnion() ? checker.getNonNullableType(type) : type;
}
