// The README's table of what configs.maily maps and promises, written from the preset itself so that it can never
// say more or less than the preset does. `node scripts/preset-table.js --write` updates README.md (npm run docs);
// tests/docs.test.ts fails when the README's table differs from this one.
import { readFileSync, writeFileSync } from 'node:fs';
import { mailySettings } from '../dist/src/configs.js';

const BEGIN = '<!-- begin configs.maily table -->';
const END = '<!-- end configs.maily table -->';

const code = (text) => `\`${text}\``;
const list = (names) => names.map(code).join(', ');

/** `AxiosError` → `HttpClientError`, or the name alone where the target keeps it. */
const arrow = (from, to) => (from === to ? code(from) : `${code(from)} → ${code(to)}`);

function names(mapping) {
  const parts = [];
  if (mapping.default !== undefined) parts.push(`default → ${code(mapping.default)}`);
  for (const [from, to] of Object.entries(mapping.named ?? {})) parts.push(arrow(from, to));
  const members = Object.entries(mapping.members ?? {}).map(([from, to]) => `\`.${from}\` → ${code(to)}`);
  if (members.length > 0) parts.push(`on the module object or default: ${members.join(', ')}`);
  return parts.join('; ');
}

function promises(mapping) {
  const stated = { ...mapping.promises };
  if (mapping.surface) stated.default = { ...stated.default, members: mapping.surface };
  const parts = Object.entries(stated).map(([name, promised]) => {
    const kinds = [
      promised.members && `statics ${promised.members.length > 0 ? list(promised.members) : 'none'}`,
      promised.instances && `instances ${list(promised.instances)}`,
      promised.returns && `returns ${list(promised.returns)}`,
      promised.narrows && `narrows to ${code(promised.narrows)}`,
    ].filter(Boolean);
    return `${code(name)}: ${kinds.join('; ')}`;
  });
  return parts.length > 0 ? parts.join('<br>') : "none: the mapping's word";
}

const versions = (mapping) =>
  mapping.versions === undefined
    ? 'any'
    : `${code(mapping.versions)}${mapping.versionsNote ? ` (${mapping.versionsNote})` : ''}`;

/** One row per mapping object: modules that share one (node-fetch's cousins) share a row. */
export function presetTable() {
  const rows = [];
  for (const target of [mailySettings.http, mailySettings.redis]) {
    const byMapping = new Map();
    for (const [module, mapping] of Object.entries(target.mappings ?? {})) {
      byMapping.set(mapping, [...(byMapping.get(mapping) ?? []), module]);
    }
    for (const [mapping, modules] of byMapping) {
      rows.push(
        `| ${list(modules)} | ${code(target.module)} | ${names(mapping)} | ${promises(mapping)} | ${versions(mapping)} |`,
      );
    }
  }
  const fetch = mailySettings.http.globals?.fetch;
  if (fetch)
    rows.push(
      `| the global \`fetch\` (\`no-global-fetch\`) | ${code(mailySettings.http.module)} | \`globals.fetch\` → ${code(fetch)} | — | — |`,
    );
  return [
    '| Banned | Target | Names | Promises (checked against every use) | Versions |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The README with its table replaced. */
export function withPresetTable(readme) {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) throw new Error(`README.md has no ${BEGIN} … ${END} markers`);
  return `${readme.slice(0, start + BEGIN.length)}\n${presetTable()}\n${readme.slice(end)}`;
}

if (process.argv.includes('--write')) {
  const readme = new URL('../README.md', import.meta.url);
  writeFileSync(readme, withPresetTable(readFileSync(readme, 'utf8')));
}
