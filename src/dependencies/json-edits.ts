import type { Edit } from '../fixes/occurrences.js';
import type { MemberNode, ObjectNode } from './json-nodes.js';

// Edits to a package.json computed from its JSON tree. Each keeps the object's layout: a one-line object stays on
// one line with its own spacing, a multi-line one gets a line per member at the indentation its members have.
// No edit writes a trailing comma, and every result parses.

type Ranged = { range?: [number, number]; loc: { start: { offset: number }; end: { offset: number } } };

export function rangeOf(node: Ranged): [number, number] {
  return node.range ?? [node.loc.start.offset, node.loc.end.offset];
}

export const keyOf = (member: MemberNode): string =>
  member.name.type === 'String' ? member.name.value : member.name.name;

export function memberNamed(object: ObjectNode, key: string): MemberNode | undefined {
  return object.members.find((member) => keyOf(member) === key);
}

const lineBreak = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

const isOneLine = (node: Ranged, text: string) => !/[\r\n]/.test(text.slice(...rangeOf(node)));

/** The whitespace before a node on its line, when only whitespace precedes it there. */
function indentBefore(node: Ranged, text: string): string | undefined {
  const start = rangeOf(node)[0];
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, 0);
  const before = text.slice(lineStart, start);
  return /^[ \t]*$/.test(before) ? before : undefined;
}

/** The file's indentation unit, read off the first indented line (two spaces when nothing is indented). */
function indentUnit(text: string): string {
  return /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
}

/** How an object writes `"key": value` and what separates its members. */
function styleOf(object: ObjectNode, text: string) {
  const [first, second] = object.members;
  const colon = first ? text.slice(rangeOf(first.name)[1], rangeOf(first.value)[0]) : ': ';
  const separator = first && second ? text.slice(rangeOf(first)[1], rangeOf(second)[0]) : undefined;
  return { colon: colon.includes(':') ? colon : ': ', separator };
}

/** The indentation of members of `object` in a multi-line layout, given the indentation of the line it opens on. */
function memberIndent(object: ObjectNode, text: string): string {
  const first = object.members[0];
  const existing = first && indentBefore(first, text);
  if (existing !== undefined) return existing;
  return openingIndent(object, text) + indentUnit(text);
}

/** The indentation of the line an object's `{` stands on. */
function openingIndent(object: ObjectNode, text: string): string {
  const start = rangeOf(object)[0];
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, start))![0];
}

/**
 * Adds `"key": <json>` to an object. Where its keys are sorted (as npm writes dependencies), the new one goes in
 * order; otherwise last. `json` is the value already serialized.
 */
export function insertMember(object: ObjectNode, key: string, json: string, text: string): Edit {
  const { members } = object;
  const [start, end] = rangeOf(object);
  const { colon, separator } = styleOf(object, text);
  const entry = `${JSON.stringify(key)}${colon}${json}`;
  if (members.length === 0) return { range: [start, end], text: emptyObjectWith(object, entry, text) };
  const keys = members.map(keyOf);
  const sorted = keys.every((k, i) => i === 0 || keys[i - 1]!.localeCompare(k, 'en') <= 0);
  const following = sorted ? members.find((m) => keyOf(m).localeCompare(key, 'en') > 0) : undefined;
  const between = separator ?? (isOneLine(object, text) ? ', ' : `,${lineBreak(text)}${memberIndent(object, text)}`);
  if (following) {
    const at = rangeOf(following)[0];
    return { range: [at, at], text: `${entry}${between}` };
  }
  const at = rangeOf(members.at(-1)!)[1];
  return { range: [at, at], text: `${between}${entry}` };
}

/** `{}` with one member: on one line inside a one-line parent, else a member per line. */
function emptyObjectWith(object: ObjectNode, entry: string, text: string): string {
  const inner = text.slice(rangeOf(object)[0] + 1, rangeOf(object)[1] - 1);
  // The object itself spans lines (`{\n}`), or stands in a file written a member per line.
  const multiLine = /[\r\n]/.test(inner) || /[\r\n]/.test(text.trim());
  if (!multiLine) return `{ ${entry} }`;
  const outer = openingIndent(object, text);
  const eol = lineBreak(text);
  return `{${eol}${outer}${indentUnit(text)}${entry}${eol}${outer}}`;
}

/** Removes one member and its separator; an object left empty becomes `{}`. */
export function removeMember(object: ObjectNode, member: MemberNode): Edit {
  const { members } = object;
  const index = members.indexOf(member);
  if (members.length === 1) return { range: rangeOf(object), text: '{}' };
  if (index < members.length - 1) return { range: [rangeOf(member)[0], rangeOf(members[index + 1]!)[0]], text: '' };
  return { range: [rangeOf(members[index - 1]!)[1], rangeOf(member)[1]], text: '' };
}

/**
 * Adds `"name": "range"` to a section of the manifest (`dependencies`, …), creating the section as the manifest's
 * last member when there is none. A section that holds something other than an object is left alone (undefined).
 */
export function addToSection(
  root: ObjectNode,
  section: string,
  name: string,
  range: string,
  text: string,
): Edit | undefined {
  const existing = memberNamed(root, section);
  if (existing) {
    return existing.value.type === 'Object'
      ? insertMember(existing.value, name, JSON.stringify(range), text)
      : undefined;
  }
  const sectionObject = sectionText(root, name, range, text);
  return appendMember(root, section, sectionObject, text);
}

/** A new section object with one entry, laid out as the manifest's other sections are. */
function sectionText(root: ObjectNode, name: string, range: string, text: string): string {
  const entry = `${JSON.stringify(name)}: ${JSON.stringify(range)}`;
  if (isOneLine(root, text)) return `{ ${entry} }`;
  const indent = root.members[0] ? (indentBefore(root.members[0], text) ?? indentUnit(text)) : indentUnit(text);
  const eol = lineBreak(text);
  return `{${eol}${indent}${indentUnit(text)}${entry}${eol}${indent}}`;
}

/** Adds a member after the last one (never in sorted position: a manifest's top-level keys follow no order). */
function appendMember(object: ObjectNode, key: string, json: string, text: string): Edit {
  const last = object.members.at(-1);
  if (!last) return { range: rangeOf(object), text: emptyObjectWith(object, `${JSON.stringify(key)}: ${json}`, text) };
  const { colon, separator } = styleOf(object, text);
  const between = separator ?? (isOneLine(object, text) ? ', ' : `,${lineBreak(text)}${memberIndent(object, text)}`);
  const at = rangeOf(last)[1];
  return { range: [at, at], text: `${between}${JSON.stringify(key)}${colon}${json}` };
}
