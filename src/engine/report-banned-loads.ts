import type { TSESLint } from '@typescript-eslint/utils';
import { createModuleMatcher } from '../config/module-matcher.js';
import type { Target } from '../config/target.js';
import { buildFileFix, type FileFix } from '../fixes/build-fix.js';
import { detectStyle } from '../fixes/code-style.js';
import { familyAnchor } from '../fixes/family-anchor.js';
import { nameMappingFor } from '../fixes/name-mapping.js';
import type { Edit } from '../fixes/occurrences.js';
import { type LoadPlan, planLoad } from '../fixes/plan-load.js';
import { isSameTarget, targetSpecifier } from '../fixes/target-specifier.js';
import { findModuleLoads } from '../loads/find-module-loads.js';
import type { ModuleLoad } from '../loads/module-load.js';
import type { CompiledBans, MatchedBan } from './bans.js';

export const bannedLoadMessages = {
  banned: "'{{module}}' is banned: {{advice}}",
  bannedManual: "'{{module}}' is banned: {{advice}} Not fixed automatically: {{reason}}.",
  useTarget: "Load '{{target}}' here instead of '{{module}}'.",
} as const;

export type BannedLoadMessageId = keyof typeof bannedLoadMessages;

type Context = Readonly<TSESLint.RuleContext<BannedLoadMessageId, readonly unknown[]>>;

interface FoundLoad {
  readonly load: ModuleLoad;
  readonly matched: MatchedBan;
}

/**
 * The listener every rule returns: collect the banned loads of the file, then report each one, with the
 * file's one migration fix where the declared mapping makes the rewrite provably safe.
 */
export function reportBannedLoads(context: Context, bans: CompiledBans): TSESLint.RuleListener {
  if (!bans.mayLoad(context.sourceCode.text)) return {};
  const match = bans.matcherFor(context);
  if (!match) return {};
  const { checkMocks: includeMocks, allowTypeImports } = bans;
  // Without a target nothing is fixed, so each load is reported as it is found.
  if (!bans.hasTargets) {
    return findModuleLoads(context.sourceCode, {
      match,
      includeMocks,
      onLoad(load, matched) {
        if (!(load.typeOnly && allowTypeImports)) report(context, load, matched);
      },
    });
  }
  const found: FoundLoad[] = [];
  return findModuleLoads(context.sourceCode, {
    match,
    includeMocks,
    onLoad(load, matched) {
      if (!(load.typeOnly && allowTypeImports)) found.push({ load, matched });
    },
    onEnd: () => reportAll(context, found),
  });
}

function reportAll(context: Context, found: readonly FoundLoad[]): void {
  if (found.length === 0) return;
  const byTarget = new Map<Target | undefined, FoundLoad[]>();
  for (const entry of found) {
    const { target } = entry.matched.ban;
    byTarget.set(target, [...(byTarget.get(target) ?? []), entry]);
  }
  for (const [target, entries] of byTarget) {
    if (!target) {
      for (const { load, matched } of entries) report(context, load, matched);
      continue;
    }
    const { fix, plans, specifier } = migrate(context, target, entries);
    for (const { load, matched } of entries) {
      const plan = plans.get(load)!;
      const failure = plan.kind === 'manual' ? plan.reason : fix.failures.get(load);
      if (failure === undefined) report(context, load, matched, { edits: fix.edits });
      else {
        const suggestion = plan.kind === 'manual' ? plan.suggestion : undefined;
        report(context, load, matched, { reason: failure, suggestion, target: specifier });
      }
    }
  }
}

function migrate(context: Context, target: Target, entries: readonly FoundLoad[]) {
  const { sourceCode, cwd, filename } = context;
  // Relative to the file on disk: a code block's virtual name (README.md/0.ts) is one folder too deep.
  const specifier = targetSpecifier(target, cwd, context.physicalFilename);
  const style = detectStyle(sourceCode, entries[0]!.load.source);
  const commonJsFile = /\.c[jt]s$/.test(filename) || context.languageOptions.sourceType === 'commonjs';
  const plans = new Map<ModuleLoad, LoadPlan>();
  for (const { load, matched } of entries) {
    const noMapping =
      load.specifier === matched.module
        ? `'${matched.module}' has no mapping to '${specifier}'`
        : `the subpath '${load.specifier}' has no mapping`;
    const mapping = nameMappingFor(target, matched.module, load.specifier);
    plans.set(
      load,
      // Reasons name the target as this file would write it.
      planLoad(load, {
        sourceCode,
        mapping,
        noMapping,
        target: specifier,
        targetLabel: specifier,
        style,
        commonJsFile,
      }),
    );
  }
  const planned = [...plans].filter(([, plan]) => plan.kind !== 'manual').map(([load, plan]) => ({ load, plan }));
  const isTarget = (existing: string) => isSameTarget(existing, target, specifier, cwd, context.physicalFilename);
  const mapped = mappedModules(target);
  const inFamily = (existing: string) => isTarget(existing) || mapped(existing) !== undefined;
  const anchor = familyAnchor(sourceCode, inFamily, entries[0]!.load.node);
  const fix: FileFix = buildFileFix(planned, { sourceCode, target: specifier, style, isTarget, anchor });
  return { fix, plans, specifier };
}

const mappedMatchers = new WeakMap<Target, (specifier: string) => string | undefined>();

/** The banned modules a target has mappings for, matched once per target rather than once per file. */
function mappedModules(target: Target) {
  let matcher = mappedMatchers.get(target);
  if (!matcher) mappedMatchers.set(target, (matcher = createModuleMatcher(Object.keys(target.mappings ?? {}))));
  return matcher;
}

interface Outcome {
  readonly edits?: readonly Edit[];
  readonly reason?: string;
  readonly suggestion?: Edit | undefined;
  readonly target?: string;
}

function report(context: Context, load: ModuleLoad, { advice }: MatchedBan, outcome: Outcome = {}): void {
  const module = load.specifier;
  const { edits, reason, suggestion, target } = outcome;
  context.report({
    node: load.source,
    messageId: reason === undefined ? 'banned' : 'bannedManual',
    data: reason === undefined ? { module, advice } : { module, advice, reason },
    fix: edits && edits.length > 0 ? () => edits.map((e) => ({ range: e.range, text: e.text })) : null,
    suggest:
      suggestion && target
        ? [
            {
              messageId: 'useTarget',
              data: { target, module },
              fix: () => ({ range: suggestion.range, text: suggestion.text }),
            },
          ]
        : null,
  });
}
