import type { Mapping, Target } from './target.js';

/** The banned names a mapping maps: `default`, the exports it names and the members it maps. */
function mappedNames(mapping: Mapping): string[] {
  return [
    ...(mapping.default === undefined ? [] : ['default']),
    ...Object.keys(mapping.named ?? {}),
    ...Object.keys(mapping.members ?? {}),
  ];
}

/** What a schema cannot say about a mapping: that its promises speak of names it maps, and say each thing once. */
function mappingProblem(mapping: Mapping, path: string): string | undefined {
  const names = [...new Set(mappedNames(mapping))];
  const expected = names.length > 0 ? `one of ${names.join(', ')}` : 'a mapped name (the mapping maps none)';
  for (const [name, promised] of Object.entries(mapping.promises ?? {})) {
    if (!names.includes(name)) return `${path}.promises.${name} names no name the mapping maps; expected ${expected}`;
    if (promised.narrows !== undefined && !names.includes(promised.narrows))
      return `${path}.promises.${name}.narrows names no name the mapping maps: '${promised.narrows}'; expected ${expected}`;
  }
  if (mapping.surface && mapping.promises?.default?.members)
    return `${path} states the default's members twice, in surface and in promises.default.members; keep one`;
  if (mapping.versionsNote !== undefined && mapping.versions === undefined)
    return `${path}.versionsNote explains versions, which the mapping does not state; add versions (a semver range)`;
  return undefined;
}

/** Throws the first inconsistency in a target's mappings, naming its key (`settings['standard-clients'].http`). */
export function assertConsistentMappings(target: Target, key: string): void {
  for (const [module, mapping] of Object.entries(target.mappings ?? {})) {
    const problem = mappingProblem(mapping, `${key}.mappings.${module}`);
    if (problem) throw new Error(`eslint-plugin-standard-clients: ${problem}.`);
  }
}
