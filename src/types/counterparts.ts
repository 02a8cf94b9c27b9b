import type * as ts from 'typescript';
import type { NameMapping } from '../fixes/name-mapping.js';
import type { ProgramFacts, ProgramModule } from './program-modules.js';
import { MODULE_OBJECT } from './file-bindings.js';
import { isTypeReference } from './type-shapes.js';

/** What a banned value becomes in the target. */
export interface Counterpart {
  /** The target's type; none for the module object, whose members are only the target's exports. */
  readonly type?: ts.Type;
  /** Members that become target exports of their own (`axios.isAxiosError` → `isHttpClientError`). */
  readonly exportFor?: (member: string) => string | undefined;
}

/** The counterparts the mapping gives a banned module's types, and the target's exports. */
export interface Counterparts {
  /** Whether the banned package declares the type (its symbol, or its alias's). */
  readonly isBanned: (type: ts.Type) => boolean;
  /** The counterpart the mapping gives a banned type; undefined when its name maps to nothing in the target. */
  readonly of: (type: ts.Type) => Counterpart | undefined;
  /** The counterpart of an import of the banned module's export (`default`, a name, or the module object). */
  readonly ofImport: (name: string) => Counterpart | undefined;
  /** The value type of a target export; undefined when the target has no such value. */
  readonly exportValue: (name: string) => ts.Type | undefined;
}

/** A type's symbol, and whether the type is what the symbol declares (`AxiosError` instances) or its value (`typeof AxiosError`). */
interface TypeKey {
  readonly symbol: ts.Symbol;
  readonly side: 'declared' | 'value';
}

/** Per side, the counterpart, computed on first use: a mapping names types a file never uses, some dear to compute. */
type Sides = Partial<Record<TypeKey['side'], () => Counterpart>>;

type ByModules = WeakMap<ts.Symbol, WeakMap<ts.Symbol, WeakMap<NameMapping['mapping'], Counterparts>>>;
const cache = new WeakMap<ProgramFacts, ByModules>();

/** The counterparts of a banned module's types in a target module, built once per program, modules and mapping. */
export function counterpartsOf(
  facts: ProgramFacts,
  banned: ProgramModule,
  target: ProgramModule,
  mapping: NameMapping,
): Counterparts {
  // A program reuses the source files (and their module symbols) of the one before it, not its checker's types:
  // the cache goes with the program.
  const byModules = lazily(cache, facts, () => new WeakMap());
  const forTarget = lazily(byModules, target.symbol, () => new WeakMap());
  const forBanned = lazily(forTarget, banned.symbol, () => new WeakMap());
  return lazily(forBanned, mapping.mapping, () => buildCounterparts(facts, banned, target, mapping));
}

function lazily<Key extends object, Value>(map: WeakMap<Key, Value>, key: Key, make: () => Value): Value {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

function buildCounterparts(
  facts: ProgramFacts,
  banned: ProgramModule,
  target: ProgramModule,
  mapping: NameMapping,
): Counterparts {
  const { checker } = facts;
  const { SymbolFlags } = facts.ts;
  const targetExports = exportsOf(facts, target.symbol);
  const exportValue = (name: string) => {
    const symbol = targetExports.get(name);
    return symbol && symbol.flags & SymbolFlags.Value ? checker.getTypeOfSymbol(symbol) : undefined;
  };
  const sides = new Map<ts.Symbol, Sides>();
  const bindings = new Map<string, () => Counterpart>();
  const register = (key: TypeKey | undefined, counterpart: () => Counterpart) => {
    if (!key) return;
    const entry = sides.get(key.symbol) ?? {};
    entry[key.side] ??= counterpart;
    sides.set(key.symbol, entry);
  };
  // A value is bound to its counterpart by name too: an export typed by another package (`typeof globalThis.fetch`)
  // has no banned type to be known by.
  const registerValue = (name: string, symbol: ts.Symbol, counterpart: () => Counterpart) => {
    register(typeKey(facts, checker.getTypeOfSymbol(symbol)), counterpart);
    bindings.set(name, counterpart);
  };
  // The module object (`import * as axios`, `require('axios')`): its members are the mapping's `members` or exports.
  registerValue(
    MODULE_OBJECT,
    banned.symbol,
    once(() => ({ exportFor: mapping.memberFor })),
  );
  for (const [name, symbol] of exportsOf(facts, banned.symbol)) {
    const targetName = mapping.exportFor(name);
    const targetSymbol = targetName === undefined ? undefined : targetExports.get(targetName);
    if (!targetSymbol) continue;
    // A class is both: its instances' type maps to the target's instances, `typeof` it to the target's constructor.
    if (symbol.flags & SymbolFlags.Type && targetSymbol.flags & SymbolFlags.Type)
      register(
        declaredKey(facts, symbol),
        once(() => ({ type: checker.getDeclaredTypeOfSymbol(targetSymbol) })),
      );
    if (symbol.flags & SymbolFlags.Value && targetSymbol.flags & SymbolFlags.Value)
      registerValue(
        name,
        symbol,
        once(() => ({
          type: checker.getTypeOfSymbol(targetSymbol),
          // `axios.isAxiosError` on the default export: the mapping's `members` name exports of their own.
          exportFor: name === 'default' ? mapping.defaultMemberFor : undefined,
        })),
      );
  }
  return {
    isBanned: (type) => (type.aliasSymbol ?? type.getSymbol())?.declarations?.some(banned.declares) ?? false,
    of: (type) => {
      const key = typeKey(facts, type);
      return key && sides.get(key.symbol)?.[key.side]?.();
    },
    ofImport: (name) => bindings.get(name)?.(),
    exportValue,
  };
}

/**
 * The key of the type a symbol declares: the symbol itself for a class, an interface, an enum or an alias (whose
 * instances carry it), without computing the type (redis's generic client type is dear).
 */
function declaredKey(facts: ProgramFacts, symbol: ts.Symbol): TypeKey | undefined {
  const { Class, Interface, Enum, TypeAlias } = facts.ts.SymbolFlags;
  if (symbol.flags & (Class | Interface | Enum | TypeAlias)) return { symbol, side: 'declared' };
  return typeKey(facts, facts.checker.getDeclaredTypeOfSymbol(symbol));
}

const once = <Value>(make: () => Value): (() => Value) => {
  let made: { value: Value } | undefined;
  return () => (made ??= { value: make() }).value;
};

/** A type's key: its alias (`RedisClientType<…>`), else its symbol and which side of it the type is. */
export function typeKey(facts: ProgramFacts, type: ts.Type): TypeKey | undefined {
  const { checker } = facts;
  if (type.aliasSymbol) return { symbol: type.aliasSymbol, side: 'declared' };
  const symbol = type.getSymbol();
  if (!symbol) return undefined;
  const declared = checker.getDeclaredTypeOfSymbol(symbol);
  // `AxiosResponse<User>` is a reference to the generic type `AxiosResponse` declares.
  const generic = isTypeReference(facts, type) ? type.target : type;
  return { symbol, side: generic === declared ? 'declared' : 'value' };
}

/** What an import or re-export names, else the symbol itself. */
const aliased = ({ ts: typescript, checker }: ProgramFacts, symbol: ts.Symbol) =>
  symbol.flags & typescript.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;

/** A module's exports by name, aliases resolved; a CommonJS `export =` counts as the default export. */
function exportsOf(facts: ProgramFacts, module: ts.Symbol): ReadonlyMap<string, ts.Symbol> {
  const exports = new Map(
    facts.checker.getExportsOfModule(module).map((symbol) => [symbol.name, aliased(facts, symbol)]),
  );
  const exportEquals = module.exports?.get(facts.ts.InternalSymbolName.ExportEquals);
  if (exportEquals && !exports.has('default')) exports.set('default', aliased(facts, exportEquals));
  return exports;
}
