import { keyOf, memberNamed } from './json-edits.js';
import type { MemberNode, ObjectNode, ValueNode } from './json-nodes.js';

export const DEPENDENCY_SECTIONS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

/** One package named by a package.json: a declared dependency, or one that an override pins. */
export interface DependencyEntry {
  /** Where it stands, as written in messages: `devDependencies`, `overrides`, `pnpm.overrides`, … */
  readonly section: string;
  readonly packageName: string;
  readonly member: MemberNode;
  readonly container: ObjectNode;
}

/** A declared dependency, as opposed to an override that pins one. */
export const isDeclaration = (entry: DependencyEntry): boolean => DEPENDENCY_SECTIONS.includes(entry.section);

const asObject = (value: ValueNode | undefined): ObjectNode | undefined =>
  value?.type === 'Object' ? value : undefined;

/** Every package the manifest declares or pins, in the sections a package manager reads. */
export function dependencyEntries(root: ObjectNode): DependencyEntry[] {
  const entries: DependencyEntry[] = [];
  for (const section of DEPENDENCY_SECTIONS) {
    const container = asObject(memberNamed(root, section)?.value);
    for (const member of container?.members ?? []) {
      entries.push({ section, packageName: keyOf(member), member, container: container! });
    }
  }
  const overrides = (section: string, container: ObjectNode | undefined): void => {
    for (const member of container?.members ?? []) {
      const packageName = pinnedPackage(keyOf(member));
      if (packageName) entries.push({ section, packageName, member, container: container! });
      // npm nests overrides under the package whose dependencies they change.
      overrides(section, asObject(member.value));
    }
  };
  overrides('overrides', asObject(memberNamed(root, 'overrides')?.value));
  overrides('resolutions', asObject(memberNamed(root, 'resolutions')?.value));
  const pnpm = asObject(memberNamed(root, 'pnpm')?.value);
  if (pnpm) overrides('pnpm.overrides', asObject(memberNamed(pnpm, 'overrides')?.value));
  return entries;
}

/**
 * The package an override key pins: `axios`, `axios@1`, `**\/axios` and `parent/axios` (yarn),
 * `parent>axios` (pnpm), `@scope/name@2`. The npm self-reference `.` pins nothing.
 */
export function pinnedPackage(key: string): string | undefined {
  const path = key.replace(/^(\*\*\/)+/, '');
  const segments: string[] = [];
  for (const part of path.split(/[>/]/)) {
    const previous = segments.at(-1);
    if (previous?.startsWith('@') && !previous.includes('/')) segments[segments.length - 1] = `${previous}/${part}`;
    else segments.push(part);
  }
  const last = segments.at(-1) ?? '';
  const name = last.startsWith('@') ? `@${last.slice(1).split('@')[0]}` : last.split('@')[0];
  return name && name !== '.' ? name : undefined;
}
