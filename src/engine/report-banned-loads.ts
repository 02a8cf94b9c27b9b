import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { findModuleLoads } from '../loads/find-module-loads.js';
import type { CompiledBans } from './bans.js';

export const bannedLoadMessages = {
  banned: "'{{module}}' is banned: {{advice}}",
} as const;

export type BannedLoadMessageId = keyof typeof bannedLoadMessages;

/** The listener every rule returns: find the banned loads in this file and report each one. */
export function reportBannedLoads(
  context: Readonly<TSESLint.RuleContext<BannedLoadMessageId, readonly unknown[]>>,
  bans: CompiledBans,
): TSESLint.RuleListener {
  if (bans.allow.length > 0 && bans.isExempt(relativeToCwd(context))) return {};
  return findModuleLoads(context.sourceCode, {
    match: bans.match,
    includeMocks: bans.checkMocks,
    onLoad(load, { advice }) {
      if (load.typeOnly && bans.allowTypeImports) return;
      context.report({ node: load.source, messageId: 'banned', data: { module: load.specifier, advice } });
    },
  });
}

function relativeToCwd(context: { cwd: string; filename: string }): string {
  return path.relative(context.cwd, context.filename).split(path.sep).join('/');
}
