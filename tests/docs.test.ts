import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
