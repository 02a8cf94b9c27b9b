import json from '@eslint/json';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToSection, memberNamed, removeMember } from '../../src/dependencies/json-edits.js';
import type { ObjectNode } from '../../src/dependencies/json-nodes.js';
import type { Edit } from '../../src/fixes/occurrences.js';

// Every edit to a package.json is computed from its JSON tree and keeps the file's layout; checked here over
// generated manifests: layouts × sections × positions.

const SECTIONS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

function parse(text: string): ObjectNode {
  const result = json.languages.json.parse(
    { body: text, path: 'package.json' } as never,
    { languageOptions: {} } as never,
  ) as {
    ok: boolean;
    ast: { body: ObjectNode };
  };
  if (!result.ok) throw new Error(`does not parse: ${text}`);
  return result.ast.body;
}

const apply = (text: string, edit: Edit) => text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);

interface Layout {
  readonly indent: string;
  readonly eol: string;
  /** Sections written on one line (`{ "a": "1" }`); the manifest itself is then one line too when `flat`. */
  readonly oneLineSections: boolean;
  readonly flat: boolean;
  readonly colon: string;
}

type Manifest = Record<string, Record<string, string> | string>;

/** Writes a manifest in a layout, by hand, as people and tools do. */
function write(manifest: Manifest, layout: Layout): string {
  const { indent, eol, colon } = layout;
  const pair = (key: string, value: string) => `${JSON.stringify(key)}${colon}${value}`;
  const object = (entries: [string, string][], depth: number, oneLine: boolean) => {
    if (entries.length === 0) return '{}';
    if (oneLine) return `{ ${entries.map(([k, v]) => pair(k, v)).join(', ')} }`;
    const inner = indent.repeat(depth + 1);
    return `{${eol}${entries.map(([k, v]) => `${inner}${pair(k, v)}`).join(`,${eol}`)}${eol}${indent.repeat(depth)}}`;
  };
  const top = Object.entries(manifest).map(([key, value]): [string, string] => [
    key,
    typeof value === 'string'
      ? JSON.stringify(value)
      : object(
          Object.entries(value).map(([k, v]) => [k, JSON.stringify(v)]),
          1,
          layout.oneLineSections || layout.flat,
        ),
  ]);
  return `${object(top, 0, layout.flat)}${eol}`;
}

// Package names that never read as a top-level key of the generated manifests.
const packageName = fc.stringMatching(/^(@[a-z]{1,4}\/)?[a-z][a-z-]{0,8}$/).filter((name) => name !== 'name');
const range = fc.constantFrom('^1.0.0', '~2.3.4', '*', 'workspace:^', 'npm:other@1');

const layout = fc.record({
  indent: fc.constantFrom('  ', '    ', '\t'),
  eol: fc.constantFrom('\n', '\r\n'),
  oneLineSections: fc.boolean(),
  flat: fc.boolean(),
  colon: fc.constantFrom(': ', ':'),
});

const manifest = fc
  .record({
    name: packageName,
    sections: fc.dictionary(fc.constantFrom(...SECTIONS), fc.dictionary(packageName, range, { maxKeys: 5 })),
    sorted: fc.boolean(),
  })
  .map(({ name, sections, sorted }) => {
    const result: Manifest = { name };
    for (const [section, entries] of Object.entries(sections)) {
      const keys = Object.keys(entries);
      const ordered = sorted ? keys.sort((a, b) => a.localeCompare(b, 'en')) : keys;
      result[section] = Object.fromEntries(ordered.map((key) => [key, entries[key]!]));
    }
    return result;
  });

const TOP_LEVEL = new Set(['name', ...SECTIONS]);

/**
 * Every member that starts a line stands at its depth's indentation in the file's unit: top-level keys one
 * unit in, dependencies two. A flat manifest stays on one line.
 */
function membersIndented(text: string, layout: Layout): boolean {
  if (layout.flat) return !/[\r\n]./.test(text);
  return text
    .split(/\r?\n/)
    .map((line) => /^(\s*)"([^"]*)"/.exec(line))
    .filter((match) => match !== null)
    .every(([, indent, key]) => indent === layout.indent.repeat(TOP_LEVEL.has(key!) ? 1 : 2));
}

describe('JSON-tree edits of package.json', () => {
  it('adding a package to a section parses, adds exactly it, and keeps the layout', () => {
    fc.assert(
      fc.property(manifest, layout, fc.constantFrom(...SECTIONS), packageName, (data, style, section, added) => {
        const existing = data[section];
        fc.pre(typeof existing !== 'object' || !(added in existing));
        const text = write(data, style);
        const edit = addToSection(parse(text), section, added, '^1.2.3', text);
        expect(edit).toBeDefined();
        const result = apply(text, edit!);
        const expected = {
          ...data,
          [section]: { ...(typeof existing === 'object' ? existing : {}), [added]: '^1.2.3' },
        };
        expect(JSON.parse(result)).toEqual(expected);
        // The rest of the file is as it was: the edit only inserts, or fills an empty object.
        expect(result.length).toBeGreaterThan(text.length);
        expect(result.includes('\r\n')).toBe(style.eol === '\r\n');
        if (style.eol === '\r\n') expect(/[^\r]\n/.test(result)).toBe(false);
        expect(membersIndented(result, style)).toBe(true);
        // A section written on one line stays on one line; a member-per-line one gets a line of its own.
        const sectionText = result.slice(result.indexOf(`"${section}"`));
        const sectionEnd = sectionText.indexOf('}');
        const onOneLine = !/[\r\n]/.test(sectionText.slice(0, sectionEnd));
        const wasOneLine =
          style.flat || (style.oneLineSections && typeof existing === 'object' && Object.keys(existing).length > 0);
        if (wasOneLine) expect(onOneLine).toBe(true);
        if (!style.flat && !style.oneLineSections) expect(onOneLine).toBe(false);
        // In a sorted section the new key goes in order.
        const keys = Object.keys(JSON.parse(result)[section] as object);
        const before = typeof existing === 'object' ? Object.keys(existing) : [];
        const wasSorted = before.every((k, i) => i === 0 || before[i - 1]!.localeCompare(k, 'en') <= 0);
        if (wasSorted) expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b, 'en')));
      }),
      { numRuns: 600 },
    );
  });

  it('removing an entry parses and removes exactly it', () => {
    fc.assert(
      fc.property(manifest, layout, (data, style) => {
        const sections = Object.keys(data).filter((key) => typeof data[key] === 'object');
        const entries = sections.flatMap((section) =>
          Object.keys(data[section] as object).map((name) => [section, name] as const),
        );
        fc.pre(entries.length > 0);
        const text = write(data, style);
        const root = parse(text);
        for (const [section, name] of entries) {
          const container = memberNamed(root, section)!.value as ObjectNode;
          const result = apply(text, removeMember(container, memberNamed(container, name)!));
          const rest = Object.fromEntries(Object.entries(data[section] as object).filter(([key]) => key !== name));
          expect(JSON.parse(result)).toEqual({ ...data, [section]: rest });
          expect(membersIndented(result, style)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an empty section in a multi-line manifest gets a line per member at the next indentation', () => {
    const text = '{\n    "name": "a",\n    "dependencies": {}\n}\n';
    const result = apply(text, addToSection(parse(text), 'dependencies', 'x', '^1', text)!);
    expect(result).toBe('{\n    "name": "a",\n    "dependencies": {\n        "x": "^1"\n    }\n}\n');
  });

  it('a section that is not an object is left alone', () => {
    const text = '{ "name": "a", "dependencies": [] }';
    expect(addToSection(parse(text), 'dependencies', 'x', '^1', text)).toBeUndefined();
  });
});
