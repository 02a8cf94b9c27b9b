import { RuleTester } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { expect, it } from 'vitest';

const expected = process.env.EXPECT_ESLINT_MAJOR;

it('imports the ESLint major this project expects', () => {
  expect(Linter.version.split('.')[0]).toBe(expected);
});

// The rule tester loads ESLint on its own; ESLint 10 removed context.getSourceCode(), so a rule can tell.
const probe: TSESLint.RuleModule<'seen'> = {
  meta: { type: 'problem', schema: [], messages: { seen: 'ESLint {{major}}' } },
  create(context) {
    const major = typeof (context as { getSourceCode?: unknown }).getSourceCode === 'function' ? '9' : '10';
    return { Program: (node) => context.report({ node, messageId: 'seen', data: { major } }) };
  },
};

new RuleTester().run('eslint-major-probe', probe, {
  valid: [],
  invalid: [{ code: '0', errors: [{ messageId: 'seen', data: { major: expected } }] }],
});
