import { readdirSync, readFileSync } from 'node:fs';
import json from '@eslint/json';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { BANNED_CLIENTS } from '../src/ban-data.js';
import { REASONS } from '../src/fixes/reasons.js';
import plugin from '../src/index.js';
import { consumerLinter } from './helpers/consumer.js';
import { withPresetTable } from '../scripts/preset-table.js';

const docsDir = new URL('../docs/rules/', import.meta.url);
const docs = readdirSync(docsDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3));
const rules = Object.entries(plugin.rules);

describe('rule docs', () => {
  it('exist for every rule, and every doc has a rule', () => {
    expect(docs.sort()).toEqual(rules.map(([name]) => name).sort());
  });

  it.each(rules)('%s: meta.docs.url points at its doc in the released version', (name, rule) => {
    const tag = `v${plugin.meta.version}`.replaceAll('.', '\\.');
    expect(rule.meta?.docs?.url).toMatch(new RegExp(`/blob/${tag}/docs/rules/${name}\\.md$`));
  });

  it.each(rules)('%s: shows examples, fixes and every option', (name, rule) => {
    const text = readFileSync(new URL(`${name}.md`, docsDir), 'utf8');
    expect(text).toContain('❌ Incorrect');
    expect(text).toContain('✅ Correct');
    expect(text).toContain('## Fixes and suggestions');
    const options = text.slice(text.indexOf('## Options'));
    const schema = (rule.meta?.schema as { properties: Record<string, unknown> }[])[0]!;
    for (const key of Object.keys(schema.properties)) expect(options).toContain(`| \`${key}\` |`);
  });
});

describe('companion packages on the rule pages', () => {
  it.each(BANNED_CLIENTS.map((client) => [client.rule, client] as const))(
    '%s: its table lists the companions of the data, in order, with their kind and reason',
    (rule, client) => {
      const text = readFileSync(new URL(`${rule}.md`, docsDir), 'utf8');
      const section = text.slice(text.indexOf('## Companion packages'));
      const table = section
        .slice(0, section.indexOf('\n## ', 1))
        .split('\n')
        .filter((line) => line.startsWith('| `'));
      // On failure, the expected rows are what the page should say.
      expect(table).toEqual(
        client.companions.map(({ module, kind, of, reason }) => `| \`${module}\` | ${kind} | \`${of}\` | ${reason} |`),
      );
    },
  );
});

describe('docs/not-fixed-reasons.md', () => {
  const page = readFileSync(new URL('../docs/not-fixed-reasons.md', import.meta.url), 'utf8');
  // One section per key: its heading, its message template, then what to do.
  const sections = new Map(
    page
      .split(/^### /m)
      .slice(1)
      .map((section) => [/^`(\w+)`/.exec(section)?.[1] ?? section.split('\n')[0]!, section]),
  );

  it('lists every reason key of the table, and no other', () => {
    expect([...sections.keys()].sort()).toEqual(Object.keys(REASONS).sort());
  });

  it.each(Object.entries(REASONS))('%s: shows its message and what to do', (key, { message, doc }) => {
    const section = sections.get(key) ?? '';
    const code = message.includes('`') ? `\`\` ${message} \`\`` : `\`${message}\``;
    expect(section).toContain(`Message: ${code}\n`);
    expect(section).toContain(doc);
  });

  it('is linked from the README and from the rules that fix loads', () => {
    expect(readFileSync(new URL('../README.md', import.meta.url), 'utf8')).toContain('docs/not-fixed-reasons.md');
    for (const name of ['no-axios', 'no-node-fetch', 'no-legacy-redis', 'no-restricted-clients']) {
      const text = readFileSync(new URL(`${name}.md`, docsDir), 'utf8');
      const fixes = text.slice(text.indexOf('## Fixes and suggestions'));
      expect(fixes, name).toContain('(../not-fixed-reasons.md)');
    }
  });
});

/** What a labelled example claims: incorrect, correct, left for a person, or fixed. */
type ExampleKind = '❌' | '✅' | 'manual' | 'fixed';

const LABELS: readonly [string, ExampleKind][] = [
  ['❌ Incorrect', '❌'],
  ['✅ Correct', '✅'],
  ['❌ Left for a person', 'manual'],
  ['✅ Fixed', 'fixed'],
];

/** The fenced code blocks under each example label, up to the next label or heading. */
function examplesOf(text: string): { kind: ExampleKind; lang: string; code: string }[] {
  const examples: { kind: ExampleKind; lang: string; code: string }[] = [];
  let kind: ExampleKind | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const label = LABELS.find(([text]) => line.startsWith(text));
    if (line.startsWith('#')) kind = undefined;
    else if (label) kind = label[1];
    else if (line.startsWith('```') && kind) {
      const end = lines.indexOf('```', i + 1);
      examples.push({ kind, lang: line.slice(3), code: lines.slice(i + 1, end).join('\n') });
      i = end;
    }
  }
  return examples;
}

// no-restricted-clients documents its own list; its target file belongs to the reader's repository.
const OPTIONS: Partial<Record<string, unknown[]>> = {
  'no-restricted-clients': [{ clients: [{ modules: ['got', 'superagent'] }, { modules: ['request'] }] }],
};

function lintExample(rule: string, { lang, code }: { lang: string; code: string }) {
  const ruleId = `standard-clients/${rule}`;
  const [maily] = plugin.configs.maily;
  const config: Linter.Config[] =
    lang === 'json'
      ? [{ files: ['**/*.json'], plugins: { json, 'standard-clients': plugin }, language: 'json/json' }]
      : [{ files: ['**/*.ts'], plugins: { 'standard-clients': plugin }, languageOptions: { parser: tsParser } }];
  config.push({ settings: maily!.settings, rules: { [ruleId]: ['error', ...(OPTIONS[rule] ?? [])] } });
  const messages = consumerLinter().verify(code, config, lang === 'json' ? 'package.json' : 'example.ts');
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.filter((m) => m.ruleId === ruleId);
}

describe('rule docs examples', () => {
  const cases = docs.flatMap((rule) =>
    examplesOf(readFileSync(new URL(`${rule}.md`, docsDir), 'utf8')).map((example, index) => ({
      rule,
      index: String(index + 1),
      ...example,
    })),
  );

  it('every doc has both kinds of examples', () => {
    for (const rule of docs) {
      const kinds = new Set(
        cases.filter((c) => c.rule === rule && (c.kind === '❌' || c.kind === '✅')).map((c) => c.kind),
      );
      expect([rule, ...kinds]).toEqual([rule, '❌', '✅']);
    }
  });

  it.each(cases.filter((c) => c.kind === '❌'))('$rule: ❌ block $index is reported', (example) => {
    const reports = lintExample(example.rule, example);
    // Each non-empty, non-comment line of a ❌ block is one banned load.
    const loads = example.code
      .split('\n')
      .filter((line) => line.trim() && !/^\s*(\/\/|[{}]|"[\w@-]+": \{|\})/.test(line));
    expect(reports.length, example.code).toBeGreaterThan(0);
    if (example.lang !== 'json')
      expect(reports.map((r) => r.line)).toEqual(loads.map((line) => example.code.split('\n').indexOf(line) + 1));
  });

  it.each(cases.filter((c) => c.kind === '✅'))('$rule: ✅ block $index is not reported', (example) => {
    expect(lintExample(example.rule, example), example.code).toEqual([]);
  });

  // What a fix promises: a block left for a person has a load not fixed, with its reason; a fixed block's every
  // load is fixed, and proven (not on the mapping's word).
  it.each(cases.filter((c) => c.kind === 'manual'))(
    '$rule: "left for a person" block $index is not fixed',
    (example) => {
      const reports = lintExample(example.rule, example);
      expect(reports.length, example.code).toBeGreaterThan(0);
      expect(
        reports.every((r) => r.messageId?.startsWith('notFixed/') && !r.fix),
        example.code,
      ).toBe(true);
    },
  );

  it.each(cases.filter((c) => c.kind === 'fixed'))('$rule: "fixed" block $index is fixed, and proven', (example) => {
    const reports = lintExample(example.rule, example);
    expect(reports.length, example.code).toBeGreaterThan(0);
    expect(
      reports.map((r) => [r.messageId, Boolean(r.fix)]),
      example.code,
    ).toEqual(reports.map(() => ['banned', true]));
  });
});

describe('README: the configs.maily table', () => {
  it('says exactly what the preset maps, promises and holds for (npm run docs writes it)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toBe(withPresetTable(readme));
  });
});
