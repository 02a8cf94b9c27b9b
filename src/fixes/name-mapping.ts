import type { Mapping, Target } from '../config/target.js';

/** What the declared mapping says a banned module's names become in the target. */
export interface NameMapping {
  /** For an imported name (`'default'` or an export name). */
  readonly exportFor: (imported: string) => string | undefined;
  /** For `moduleObject.member`: members first, then the export of that name. */
  readonly memberFor: (member: string) => string | undefined;
  readonly hasDefault: boolean;
}

const lookup = (record: Readonly<Record<string, string>> | undefined, key: string) =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

/** The mapping for a load of `module` through `specifier`; subpaths have none (their shape is unknown). */
export function nameMappingFor(target: Target | undefined, module: string, specifier: string): NameMapping | undefined {
  const mapping: Mapping | undefined =
    target?.mappings && Object.hasOwn(target.mappings, module) ? target.mappings[module] : undefined;
  if (!mapping || specifier !== module) return undefined;
  const exportFor = (imported: string) => (imported === 'default' ? mapping.default : lookup(mapping.named, imported));
  return {
    exportFor,
    memberFor: (member) => lookup(mapping.members, member) ?? exportFor(member),
    hasDefault: mapping.default !== undefined,
  };
}
