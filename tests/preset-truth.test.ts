import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { mailySettings } from '../src/configs.js';
import type { Mapping, Target } from '../src/config/target.js';

// configs.maily promises, per banned name, what the company clients have. The example workspace's clients are
// those clients: their declarations must have every member the preset promises, so that a fix never keeps a
// member the client lacks.

const declarations = {
  http: fileURLToPath(new URL('../example/packages/error-handling/http-client.d.ts', import.meta.url)),
  redis: fileURLToPath(new URL('../example/packages/database/redis.d.ts', import.meta.url)),
};

const program = ts.createProgram(Object.values(declarations), {
  strict: true,
  noEmit: true,
  types: [],
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
});
const checker = program.getTypeChecker();

function exportsOf(file: string): Map<string, ts.Symbol> {
  const source = program.getSourceFile(file)!;
  const module = checker.getSymbolAtLocation(source)!;
  return new Map(checker.getExportsOfModule(module).map((symbol) => [symbol.name, symbol]));
}

/** The sides of an export a promise speaks of: the value itself, its instances, what calling it returns. */
function sides(symbol: ts.Symbol) {
  const declaration = symbol.declarations![0]!;
  const value =
    symbol.flags & ts.SymbolFlags.Value ? checker.getTypeOfSymbolAtLocation(symbol, declaration) : undefined;
  const instance =
    symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)
      ? checker.getDeclaredTypeOfSymbol(symbol)
      : undefined;
  const [signature] = value ? checker.getSignaturesOfType(value, ts.SignatureKind.Call) : [];
  return { value, instance, returns: signature && checker.getReturnTypeOfSignature(signature), signature };
}

const has = (type: ts.Type | undefined, member: string) =>
  type !== undefined && checker.getPropertyOfType(checker.getApparentType(type), member) !== undefined;

/** Every promise of every mapping of a target, as [banned module, banned name, target export, promise]. */
function promisesOf(target: Target) {
  return Object.entries(target.mappings ?? {}).flatMap(([module, mapping]: [string, Mapping]) => {
    const exportOf = (name: string) =>
      name === 'default' ? mapping.default : (mapping.named?.[name] ?? mapping.members?.[name]);
    const promises = {
      ...mapping.promises,
      ...(mapping.surface && { default: { ...mapping.promises?.default, members: mapping.surface } }),
    };
    return Object.entries(promises).map(([name, promised]) => ({
      module,
      name,
      target: exportOf(name)!,
      promised,
      mapping,
    }));
  });
}

describe.each(Object.entries(declarations))('configs.maily and the %s client it names', (slot, file) => {
  const target = mailySettings[slot as 'http' | 'redis']!;
  const exported = exportsOf(file);

  it('maps every banned name to an export the client has', () => {
    const mapped = Object.values(target.mappings ?? {}).flatMap((m) => [
      ...(m.default ? [m.default] : []),
      ...Object.values(m.named ?? {}),
      ...Object.values(m.members ?? {}),
    ]);
    expect(mapped.filter((name) => !exported.has(name))).toEqual([]);
  });

  it.each(promisesOf(target).map((p) => [`${p.module} ${p.name} → ${p.target}`, p] as const))(
    '%s: the client has every member promised',
    (_, { target: name, promised, mapping }) => {
      const side = sides(exported.get(name)!);
      const missing = [
        ...(promised.members ?? []).filter((m) => !has(side.value, m)).map((m) => `static ${m}`),
        ...(promised.instances ?? []).filter((m) => !has(side.instance, m)).map((m) => `instance ${m}`),
        ...(promised.returns ?? []).filter((m) => !has(side.returns, m)).map((m) => `returns ${m}`),
      ];
      expect(missing).toEqual([]);
      if (promised.narrows !== undefined) {
        // A guard's predicate narrows to the instances of the export the narrowed name maps to.
        const predicate = side.signature && checker.getTypePredicateOfSignature(side.signature);
        const narrowedTo = mapping.named?.[promised.narrows] ?? mapping.members?.[promised.narrows];
        expect(predicate?.type && checker.typeToString(predicate.type)).toBe(narrowedTo);
      }
    },
  );

  it('states what the client promises for every name it maps, but the platform fetch API it re-exports', () => {
    const unstated = Object.entries(target.mappings ?? {}).flatMap(([module, m]) =>
      [...(m.default ? ['default'] : []), ...Object.keys(m.named ?? {})]
        .filter((name) => !m.promises?.[name] && !(name === 'default' && m.surface))
        .filter(
          (name) =>
            !['fetch', 'Headers', 'Request', 'Response'].includes((name === 'default' ? m.default : m.named?.[name])!),
        )
        .map((name) => `${module} ${name}`),
    );
    expect(unstated).toEqual([]);
  });
});
