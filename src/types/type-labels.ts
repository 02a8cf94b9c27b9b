// How the problems of a type mismatch name types, counterparts and arguments.
import type * as ts from 'typescript';
import { type Counterpart, typeKey } from './counterparts.js';
import type { ProgramFacts } from './program-modules.js';
import type { Argument } from './signature-fit.js';

export const noCounterpart = (facts: ProgramFacts, banned: ts.Type, target: string) =>
  `'${describeType(facts, banned)}' has no counterpart in '${target}'`;

/** A counterpart in messages: its type's name, or the target module for the module object. */
export const labelOf = (facts: ProgramFacts, counterpart: Counterpart, target: string) =>
  counterpart.type ? describeType(facts, counterpart.type) : target;

/** A callee: `fetch`, or `new RedisClient` for a class constructed. */
export function calleeLabel(facts: ProgramFacts, counterpart: Counterpart, constructed: boolean, target: string) {
  const label = labelOf(facts, counterpart, target);
  return constructed ? `new ${label.replace(/^typeof /, '')}` : label;
}

/** An argument as a signature would name its type: `string` for `'key'`, `{ EX: number }` for `{ EX: 60 }`. */
export function argumentText(facts: ProgramFacts, arg: Argument): string {
  const { checker } = facts;
  if ('type' in arg) return checker.typeToString(checker.getBaseTypeOfLiteralType(arg.type));
  const properties = [...arg.properties].map(([name, value]) => `${name}: ${argumentText(facts, value)}`);
  return properties.length === 0 ? '{}' : `{ ${properties.join('; ')} }`;
}

/** A type by its declared name, else as TypeScript prints it. */
export const describeType = (facts: ProgramFacts, type: ts.Type) =>
  typeName(facts, type) ?? facts.checker.typeToString(type);

/** A type's declared name (`AxiosError`, `typeof AxiosError` for the class itself); none for anonymous types. */
export function typeName(facts: ProgramFacts, type: ts.Type): string | undefined {
  const key = typeKey(facts, type);
  const name = key?.symbol.name;
  // Anonymous types (`__type`), modules (`"…/index"`) and default exports have no name of their own to show.
  if (!key || !name || /^(__|")/.test(name) || name === 'default') return undefined;
  return key.side === 'value' && key.symbol.flags & facts.ts.SymbolFlags.Class ? `typeof ${name}` : name;
}
