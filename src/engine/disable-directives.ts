import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** What `SourceCode#getDisableDirectives()` returns for each directive comment (ESLint 9+, not in the TS types). */
interface DisableDirective {
  readonly type: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  readonly node: TSESTree.Comment;
  /** The rule list as written, without the `-- description`; empty for every rule. */
  readonly value: string;
}

type WithDirectives = { getDisableDirectives?: () => { directives: readonly DisableDirective[] } };

/**
 * Whether ESLint will drop a report of `ruleId` starting at a node, because a disable comment covers it.
 * Mirrors ESLint's own rules (apply-disable-directives.js): line directives cover whole lines; block
 * directives apply from the comment's start, the last applicable one wins, and an `enable` clears them.
 * Such a load must stay out of the file's fix: ESLint applies another report's fix whole.
 */
export function disabledReports(
  sourceCode: Readonly<TSESLint.SourceCode>,
  ruleId: string,
): (node: TSESTree.Node) => boolean {
  const all = (sourceCode as WithDirectives).getDisableDirectives?.().directives ?? [];
  const directives = all.filter((d) => appliesTo(d.value, ruleId));
  if (directives.length === 0) return () => false;
  const lines = new Set<number>();
  const blocks: DisableDirective[] = [];
  for (const directive of directives) {
    if (directive.type === 'disable-line') lines.add(directive.node.loc.start.line);
    else if (directive.type === 'disable-next-line') lines.add(directive.node.loc.end.line + 1);
    else blocks.push(directive);
  }
  blocks.sort((a, b) => a.node.range[0] - b.node.range[0]);
  return (node) => {
    if (lines.has(node.loc.start.line)) return true;
    const last = blocks.findLast((d) => d.node.range[0] <= node.range[0]);
    return last?.type === 'disable';
  };
}

/** Rule lists are comma-separated ids, optionally quoted (as ESLint's `parseListConfig` reads them). */
function appliesTo(value: string, ruleId: string): boolean {
  const ids = value
    .split(',')
    .map((id) => id.trim().replace(/^(['"]?)(.*)\1$/s, '$2'))
    .filter(Boolean);
  return ids.length === 0 || ids.includes(ruleId);
}
