import type { TSESLint } from '@typescript-eslint/utils';
import { docsUrl } from './package-meta.js';

/** A rule on JavaScript/TypeScript syntax, typed with typescript-eslint's AST (types only: no runtime import). */
export type JsRule<MessageIds extends string, Options extends readonly unknown[]> = TSESLint.RuleModule<
  MessageIds,
  Options
>;

/** What every rule object has, whatever its language (JS rules and @eslint/json's JSON rules alike). */
interface AnyRule {
  readonly meta?: { readonly docs?: { readonly url?: string } };
  readonly create: (context: never) => unknown;
}

type Meta<Rule extends AnyRule> = NonNullable<Rule['meta']>;

/** A rule as its file writes it: the factory adds what follows from its name. */
export type RuleDefinition<Rule extends AnyRule> = Omit<Rule, 'meta'> & {
  readonly name: string;
  readonly meta: Omit<Meta<Rule>, 'docs'> & { readonly docs: Omit<NonNullable<Meta<Rule>['docs']>, 'url'> };
};

/** Which name each rule was built under; the plugin test checks every exported rule is in here. */
const builtRules = new WeakMap<object, string>();

/**
 * The one way to build a rule of this plugin, for every language: the docs URL follows from the name (pinned to
 * the release tag), so the two cannot drift apart. Give the rule's type explicitly (`JsRule<…>` or
 * `JSONRuleDefinition<…>`) so that `create` is typed for its language.
 */
export function createRule<Rule extends AnyRule>({ name, meta, ...rest }: RuleDefinition<Rule>): Rule {
  const rule = { ...rest, meta: { ...meta, docs: { ...meta.docs, url: docsUrl(name) } } } as unknown as Rule;
  builtRules.set(rule, name);
  return rule;
}

/** The name `createRule` built this rule under; undefined for a rule built any other way. */
export function builtRuleName(rule: object): string | undefined {
  return builtRules.get(rule);
}
