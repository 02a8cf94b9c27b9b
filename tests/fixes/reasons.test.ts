import { describe, expect, it } from 'vitest';
import { REASONS, type ReasonKey, reasonKeyOf, renderReason, unaccountedMembers } from '../../src/fixes/reasons.js';
import plugin from '../../src/index.js';

const FIXING_RULES = ['no-axios', 'no-node-fetch', 'no-legacy-redis', 'no-restricted-clients'] as const;
const keys = Object.keys(REASONS) as ReasonKey[];

describe('the table of not-fixed reasons', () => {
  it.each(FIXING_RULES)('%s: one message per reason key, the ban and its advice first', (name) => {
    const messages = plugin.rules[name].meta?.messages as Record<string, string>;
    for (const key of keys) {
      expect(messages[`notFixed/${key}`]).toBe(
        `'{{module}}' is banned: {{advice}} Not fixed automatically: ${REASONS[key].message}.`,
      );
    }
  });

  it("no template uses the report's own placeholders (module, advice), which would clash in one data object", () => {
    for (const { message } of Object.values(REASONS)) expect(message).not.toMatch(/\{\{\s*(?:module|advice)\s*\}\}/);
  });

  it('reads a key back from its message id, and nothing else', () => {
    expect(reasonKeyOf('notFixed/unmappedNames')).toBe('unmappedNames');
    expect(reasonKeyOf('notFixed/toString')).toBeUndefined();
    expect(reasonKeyOf('banned')).toBeUndefined();
    expect(reasonKeyOf(undefined)).toBeUndefined();
  });

  it('renders data into the template as ESLint does, in the singular and the plural', () => {
    expect(renderReason(unaccountedMembers(['create'], 'axios', 'httpClient'))).toBe(
      "member 'create' of 'axios' is neither mapped in members nor part of the surface of 'httpClient'",
    );
    expect(renderReason(unaccountedMembers(['a', 'b'], 'axios', 'httpClient'))).toBe(
      "members 'a', 'b' of 'axios' are neither mapped in members nor part of the surface of 'httpClient'",
    );
  });
});
