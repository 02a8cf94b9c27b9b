import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REASONS } from '../src/fixes/reasons.js';
import plugin from '../src/index.js';

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
