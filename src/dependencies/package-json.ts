import type { Edit } from '../fixes/occurrences.js';
import type { MemberNode, ObjectNode, ValueNode } from './json-nodes.js';

const DEPENDENCY_SECTIONS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

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

export const keyOf = (member: MemberNode): string =>
  member.name.type === 'String' ? member.name.value : member.name.name;

export function memberNamed(object: ObjectNode, key: string): MemberNode | undefined {
  return object.members.find((member) => keyOf(member) === key);
}

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

/** Removes one member and its comma, keeping the layout of the rest; an emptied object becomes `{}`. */
export function removeMember(container: ObjectNode, member: MemberNode): Edit {
  const { members } = container;
  const index = members.indexOf(member);
  if (members.length === 1) return { range: range(container), text: '{}' };
  if (index < members.length - 1) return { range: [range(member)[0], range(members[index + 1]!)[0]], text: '' };
  return { range: [range(members[index - 1]!)[1], range(member)[1]], text: '' };
}

/**
 * Adds `"name": "version"` to `dependencies` where npm would put it (keys sorted), creating the section
 * at the end of the manifest when there is none. Indentation follows the file.
 */
export function addDependency(root: ObjectNode, name: string, version: string, text: string): Edit {
  const indent = detectIndent(text);
  const entry = `${JSON.stringify(name)}: ${JSON.stringify(version)}`;
  const dependencies = asObject(memberNamed(root, 'dependencies')?.value);
  if (!dependencies || dependencies.members.length === 0) {
    const block = `{${lineBreak(text)}${indent.repeat(2)}${entry}${lineBreak(text)}${indent}}`;
    if (dependencies) return { range: range(dependencies), text: block };
    const last = root.members.at(-1);
    if (!last)
      return { range: range(root), text: `{${lineBreak(text)}${indent}"dependencies": ${block}${lineBreak(text)}}` };
    return { range: [range(last)[1], range(last)[1]], text: `,${lineBreak(text)}${indent}"dependencies": ${block}` };
  }
  const following = dependencies.members.find((member) => keyOf(member) > name);
  const memberIndent = text.slice(
    text.lastIndexOf('\n', range(dependencies.members[0]!)[0]) + 1,
    range(dependencies.members[0]!)[0],
  );
  if (following) {
    return { range: [range(following)[0], range(following)[0]], text: `${entry},${lineBreak(text)}${memberIndent}` };
  }
  const last = dependencies.members.at(-1)!;
  return { range: [range(last)[1], range(last)[1]], text: `,${lineBreak(text)}${memberIndent}${entry}` };
}

function range(node: {
  range?: [number, number];
  loc: { start: { offset: number }; end: { offset: number } };
}): [number, number] {
  return node.range ?? [node.loc.start.offset, node.loc.end.offset];
}

const lineBreak = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

function detectIndent(text: string): string {
  return /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  ';
}
