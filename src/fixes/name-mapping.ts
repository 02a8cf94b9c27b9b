import type { Mapping, Promised, Target } from '../config/target.js';

/** What the declared mapping says a banned module's names become in the target. */
export interface NameMapping {
  /** For an imported name (`'default'` or an export name). */
  readonly exportFor: (imported: string) => string | undefined;
  /** For `moduleObject.member`: members first, then the export of that name. */
  readonly memberFor: (member: string) => string | undefined;
  /** For `defaultExport.member`: only `members` answers (a default need not carry the named exports). */
  readonly defaultMemberFor: (member: string) => string | undefined;
  /** Whether the export `default` maps to has `member` too, so `axios.member` may keep its member. */
  readonly inDefaultSurface: (member: string) => boolean;
  readonly hasDefault: boolean;
  /** Whether `members` maps some member to an export of its own. */
  readonly hasMembers: boolean;
  /** What the target promises for a banned name (`surface` is the default's `members`); undefined: nothing stated. */
  readonly promised: (name: string) => Promised | undefined;
  /** The mapping itself, for the evidence that reads its other statements (`versions`). */
  readonly mapping: Mapping;
}

/** The target name `'default'` means the target's default export, which needs a local name of its own. */
export const TARGET_DEFAULT = 'default';

const lookup = (record: Readonly<Record<string, string>> | undefined, key: string) =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

/** The mapping for a load of `module` through `specifier`; subpaths have none (their shape is unknown). */
export function nameMappingFor(target: Target | undefined, module: string, specifier: string): NameMapping | undefined {
  const mapping: Mapping | undefined =
    target?.mappings && Object.hasOwn(target.mappings, module) ? target.mappings[module] : undefined;
  if (!mapping || specifier !== module) return undefined;
  const exportFor = (imported: string) => (imported === 'default' ? mapping.default : lookup(mapping.named, imported));
  const promised = (name: string): Promised | undefined => {
    const stated = mapping.promises && Object.hasOwn(mapping.promises, name) ? mapping.promises[name] : undefined;
    if (name !== 'default' || !mapping.surface) return stated;
    return { ...stated, members: mapping.surface };
  };
  return {
    exportFor,
    memberFor: (member) => lookup(mapping.members, member) ?? exportFor(member),
    defaultMemberFor: (member) => lookup(mapping.members, member),
    inDefaultSurface: (member) => promised('default')?.members?.includes(member) ?? false,
    hasDefault: mapping.default !== undefined,
    hasMembers: Object.keys(mapping.members ?? {}).length > 0,
    promised,
    mapping,
  };
}
