import type { TSESLint } from '@typescript-eslint/utils';
import { docsUrl } from './package-meta.js';

type RuleMeta<MessageIds extends string, Options extends readonly unknown[]> = Omit<
  TSESLint.RuleMetaData<MessageIds, unknown, Options>,
  'docs'
> & { docs: Omit<TSESLint.RuleMetaDataDocs, 'url'> };

export interface RuleDefinition<MessageIds extends string, Options extends readonly unknown[]> {
  readonly name: string;
  readonly meta: RuleMeta<MessageIds, Options>;
  readonly create: (context: Readonly<TSESLint.RuleContext<MessageIds, Options>>) => TSESLint.RuleListener;
}

/** Every rule gets its docs URL from its name, so the two cannot drift apart. */
export function createRule<MessageIds extends string, Options extends readonly unknown[]>({
  name,
  meta,
  create,
}: RuleDefinition<MessageIds, Options>): TSESLint.RuleModule<MessageIds, Options> {
  return { meta: { ...meta, docs: { ...meta.docs, url: docsUrl(name) } }, create };
}
