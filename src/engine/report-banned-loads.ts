import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createModuleMatcher } from '../config/module-matcher.js';
import type { Target } from '../config/target.js';
import { buildFileFix, type FileFix } from '../fixes/build-fix.js';
import { detectStyle } from '../fixes/code-style.js';
import { familyAnchor } from '../fixes/family-anchor.js';
import { migrateWithMocks, mockCall } from '../fixes/mock-migration.js';
import { type NameMapping, nameMappingFor } from '../fixes/name-mapping.js';
import type { Edit } from '../fixes/occurrences.js';
import { type LoadPlan, planLoad } from '../fixes/plan-load.js';
import {
  notFixedMessageId,
  notFixedMessages,
  type Reason,
  type ReasonKey,
  reason,
  renderReason,
} from '../fixes/reasons.js';
import { isSameTarget, targetSpecifier } from '../fixes/target-specifier.js';
import { dropInJudge, type Proof } from '../evidence/drop-in.js';
import { findModuleLoads } from '../loads/find-module-loads.js';
import type { ModuleLoad } from '../loads/module-load.js';
import type { CompiledBans, MatchedBan } from './bans.js';
import { disabledReports } from './disable-directives.js';

const BANNED = "'{{module}}' is banned: {{advice}}";
/** A companion package (`axios-retry`): what it does, the banned module it goes with, advice fitting its kind. */
export const COMPANION = "'{{module}}' {{reason}}; '{{of}}' is banned: {{advice}}";

export const bannedLoadMessages = {
  banned: BANNED,
  // A fix that rests on the mapping's word alone: it states nothing about the names the file uses.
  'banned/unproven': `${BANNED} The fix rests on the mapping's word: it states no promises for the names used here.`,
  // One message per reason key (`notFixed/<key>`): tools read the id, never the text.
  ...notFixedMessages(BANNED),
  useTarget: "Load '{{target}}' here instead of '{{module}}'.",
  useTargetWithMocks: "Load '{{target}}' instead of '{{module}}' in this file, its mocks included.",
  // One id per kind of companion that code can load (an `@types` package is only declared, in package.json).
  'companion/mock': COMPANION,
  'companion/plugin': COMPANION,
  'companion/framework': COMPANION,
} as const;

export type BannedLoadMessageId = keyof typeof bannedLoadMessages;

type Context = Readonly<TSESLint.RuleContext<BannedLoadMessageId, readonly unknown[]>>;

interface FoundLoad {
  readonly load: ModuleLoad;
  readonly matched: MatchedBan;
  /** False for a mock found only because it must move with the loads (`checkMocks: false`). */
  readonly reported: boolean;
}

/**
 * The listener every rule returns for a file that may load a banned module (its rule checked the text first):
 * collect the banned loads of the file, then report each one, with the file's one migration fix where the
 * declared mapping makes the rewrite provably safe.
 */
export function reportBannedLoads(context: Context, bans: CompiledBans): TSESLint.RuleListener {
  const match = bans.matcherFor(context);
  if (!match) return {};
  const { checkMocks: includeMocks, allowTypeImports } = bans;
  // Without a target nothing is fixed, so each load is reported as it is found.
  if (!bans.hasTargets) {
    return findModuleLoads(context.sourceCode, {
      match,
      includeMocks,
      onLoad(load, matched) {
        if (load.typeOnly && allowTypeImports) return;
        if (matched.companion) reportCompanion(context, load, matched);
        else report(context, load, matched);
      },
    });
  }
  const found: FoundLoad[] = [];
  const companions = new Map<MatchedBan['ban'], string>();
  return findModuleLoads(context.sourceCode, {
    match,
    // Mocks are always looked at here: a mocked module's loads must move with the mock.
    includeMocks: true,
    onLoad(load, matched) {
      const reported = includeMocks || load.form !== 'mock';
      if (load.typeOnly && allowTypeImports) return;
      // A companion is never migrated: it stays out of the file fix, reported with its own advice.
      if (matched.companion) {
        if (!companions.has(matched.ban)) companions.set(matched.ban, matched.module);
        if (reported) reportCompanion(context, load, matched);
      } else found.push({ load, matched, reported });
    },
    onEnd: () => reportAll(context, bans, found, companions),
  });
}

/**
 * `companions`: per ban, a companion the file loads. A mock or plugin works on the banned client itself
 * (`new MockAdapter(axios)`, `axiosRetry(axios)`): renaming the client under it would hand it the target, so
 * the file's loads of that client are left to a person, who migrates both together.
 */
function reportAll(
  context: Context,
  bans: CompiledBans,
  found: readonly FoundLoad[],
  companions: ReadonlyMap<MatchedBan['ban'], string>,
): void {
  if (found.length === 0) return;
  const byTarget = new Map<Target | undefined, FoundLoad[]>();
  for (const entry of found) {
    const { target } = entry.matched.ban;
    byTarget.set(target, [...(byTarget.get(target) ?? []), entry]);
  }
  const isDisabled = disabledReports(context.sourceCode, context.id);
  for (const [target, entries] of byTarget) {
    if (!target) {
      for (const { load, matched, reported } of entries) if (reported) report(context, load, matched);
      continue;
    }
    // Where the target may not be written at all, the loads that would be fixed say why (the others keep the
    // reason a person must act on either way).
    const blocked = bans.targetBlocked(target, context);
    const outcomes = migrate(context, target, entries, { isDisabled, companions, blocked });
    for (const { load, matched, reported } of entries) if (reported) report(context, load, matched, outcomes(load));
  }
}

const DISABLED = reason('disabled');
const BINDS_NOTHING = new Set<ReasonKey>(['sideEffectImport', 'bareRequire', 'resolvedPath']);

interface MigrationContext {
  readonly isDisabled: (node: TSESTree.Node) => boolean;
  /** Per ban, a companion the file loads (see reportAll). */
  readonly companions: ReadonlyMap<MatchedBan['ban'], string>;
  /** Why the target may not be written into this file at all. */
  readonly blocked: Reason | undefined;
}

function migrate(
  context: Context,
  target: Target,
  entries: readonly FoundLoad[],
  { isDisabled, companions, blocked }: MigrationContext,
): (load: ModuleLoad) => Outcome {
  const { sourceCode, cwd, filename } = context;
  // Relative to the file on disk: a code block's virtual name (README.md/0.ts) is one folder too deep.
  const specifier = targetSpecifier(target, cwd, context.physicalFilename);
  const style = detectStyle(sourceCode, entries[0]!.load.source);
  const commonJsFile = /\.c[jt]s$/.test(filename) || context.languageOptions.sourceType === 'commonjs';
  const plans = new Map<ModuleLoad, LoadPlan>();
  const proofs = new Map<ModuleLoad, Proof>();
  const judge = dropInJudge({ sourceCode, filename: context.physicalFilename, target: specifier });
  // A disabled load stays out of every fix: ESLint would apply another report's fix to it.
  const disabled = new Set(entries.filter(({ load }) => isDisabled(load.source)).map(({ load }) => load));
  const mappings = new Map<ModuleLoad, { mapping: NameMapping | undefined; noMapping: Reason }>();
  for (const { load, matched } of entries) {
    const noMapping =
      load.specifier === matched.module
        ? noModuleMapping(target, matched, specifier)
        : reason('noSubpathMapping', { subpath: load.specifier });
    const mapping = nameMappingFor(target, matched.module, load.specifier);
    mappings.set(load, { mapping, noMapping });
    const companion = companions.get(matched.ban);
    const { plan, proof } = disabled.has(load)
      ? { plan: { kind: 'manual', reason: DISABLED } as const }
      : companion !== undefined
        ? {
            plan: {
              kind: 'manual',
              reason: reason('companionInFile', { companion, bannedModule: matched.module }),
            } as const,
          }
        : // Reasons name the target as this file would write it; the fix must be a drop-in for every use.
          judge(
            load,
            matched.module,
            mapping,
            planLoad(load, {
              sourceCode,
              mapping,
              noMapping,
              target: specifier,
              targetLabel: specifier,
              style,
              commonJsFile,
              filename: context.physicalFilename,
            }),
          );
    plans.set(load, plan);
    if (proof) proofs.set(load, proof);
  }
  holdTogether(entries, plans);
  // A load whose module the file mocks moves only together with the mock (see mock-migration.ts).
  const mocked = new Set(entries.filter(({ load }) => isMock(load)).map(({ load }) => load.specifier));
  const fixable = (load: ModuleLoad) => plans.get(load)!.kind !== 'manual';
  const planned = (loads: readonly ModuleLoad[]) =>
    loads.filter(fixable).map((load) => ({ load, plan: plans.get(load)! }));
  const isTarget = (existing: string) => isSameTarget(existing, target, specifier, cwd, context.physicalFilename);
  const mapped = mappedModules(target);
  const inFamily = (existing: string) => isTarget(existing) || mapped(existing) !== undefined;
  const anchor = familyAnchor(sourceCode, inFamily, entries[0]!.load.node);
  const fixInput = { sourceCode, target: specifier, style, isTarget, anchor };
  const loads = entries.map((e) => e.load);
  const fix: FileFix = buildFileFix(planned(loads.filter((load) => !mocked.has(load.specifier))), fixInput);
  const together = new Map<string, readonly Edit[] | Reason>();
  const withMocks = (module: string) => {
    let result = together.get(module);
    if (result === undefined) {
      const group = loads.filter((load) => load.specifier === module);
      const { mapping, noMapping } = mappings.get(group[0]!)!;
      result = migrateWithMocks(group, {
        blockedBy: (load) => {
          const plan = plans.get(load)!;
          const line = String(load.node.loc.start.line);
          if (disabled.has(load)) return reason('blockedByDisable', { line });
          if (plan.kind !== 'manual' || isMock(load)) return undefined;
          return reason('blockedLoad', { line, reason: renderReason(plan.reason) });
        },
        buildFix: (fixed) => buildFileFix(planned(fixed), fixInput),
        mock: { sourceCode, mapping, noMapping, target: specifier, targetLabel: specifier, style },
      });
      together.set(module, result);
    }
    return result;
  };
  return (load) => {
    const plan = plans.get(load)!;
    // ESLint drops this report; the reason shows only where directives are off (`noInlineConfig`).
    if (disabled.has(load)) return { reason: DISABLED };
    if (mocked.has(load.specifier) && (isMock(load) || plan.kind !== 'manual')) {
      const alone = loads.every((other) => other.specifier !== load.specifier || isMock(other));
      const why = !isMock(load)
        ? mockedLoadReason(sourceCode, loads, load)
        : alone
          ? reason('mockAlone', { target: specifier })
          : reason('mockWithLoads', { mocked: load.specifier });
      return withSuggestion(why, blocked ?? withMocks(load.specifier), specifier, !alone);
    }
    const failure = plan.kind === 'manual' ? plan.reason : (blocked ?? fix.failures.get(load));
    if (failure === undefined) return { edits: fix.edits, proof: proofs.get(load) };
    const suggestion = plan.kind === 'manual' && plan.suggestion ? [plan.suggestion] : undefined;
    return { reason: failure, suggestion, target: specifier };
  };
}

/**
 * A file's loads of one banned module move together or not at all: with one left as it is, a fixed sibling would
 * pair the two clients (axios still throwing `AxiosError`, tested by `isHttpClientError`). Mocks move with their
 * loads on their own terms (see mock-migration.ts).
 */
function holdTogether(entries: readonly FoundLoad[], plans: Map<ModuleLoad, LoadPlan>): void {
  const staying = new Map<string, { readonly load: ModuleLoad; readonly reason: Reason }>();
  for (const { load, matched } of entries) {
    const plan = plans.get(load)!;
    // A disabled load is one the user chose to keep; a type-only one changes no value (the type-check speaks);
    // one run only for its effects (`import 'axios'`) hands the file no value to mix.
    const holds =
      plan.kind === 'manual' &&
      !BINDS_NOTHING.has(plan.reason.key) &&
      plan.reason !== DISABLED &&
      !load.typeOnly &&
      !isMock(load);
    if (holds && !staying.has(matched.module)) staying.set(matched.module, { load, reason: plan.reason });
  }
  for (const { load, matched } of entries) {
    const stays = staying.get(matched.module);
    if (!stays || stays.load === load || isMock(load) || plans.get(load)!.kind === 'manual') continue;
    const line = String(stays.load.node.loc.start.line);
    const data = { bannedModule: matched.module, line, reason: renderReason(stays.reason) };
    plans.set(load, { kind: 'manual', reason: reason('moduleLoadStays', data) });
  }
}

/** A mock reason with the suggestion that moves loads and mocks together, or with what blocks it. */
function withSuggestion(why: Reason, edits: readonly Edit[] | Reason, target: string, withMocks: boolean): Outcome {
  return 'key' in edits
    ? { reason: reason('noSuggestion', { reason: renderReason(why), why: renderReason(edits) }) }
    : { reason: why, suggestion: edits, target, withMocks };
}

const isMock = (load: ModuleLoad) => mockCall(load) !== undefined;

function mockedLoadReason(sourceCode: Context['sourceCode'], loads: readonly ModuleLoad[], load: ModuleLoad) {
  const mock = loads.find((other) => other.specifier === load.specifier && isMock(other))!;
  const call = mockCall(mock)!;
  return reason('mockedLoad', { mock: `${sourceCode.getText(call.callee)}()`, line: String(call.loc.start.line) });
}

const mappedMatchers = new WeakMap<Target, (specifier: string) => string | undefined>();

/** The banned modules a target has mappings for, matched once per target rather than once per file. */
export function mappedModules(target: Target) {
  let matcher = mappedMatchers.get(target);
  if (!matcher) mappedMatchers.set(target, (matcher = createModuleMatcher(Object.keys(target.mappings ?? {}))));
  return matcher;
}

interface Outcome {
  readonly edits?: readonly Edit[];
  /** What a fix rests on: the mapping's word alone is reported under its own message id. */
  readonly proof?: Proof;
  readonly reason?: Reason;
  readonly suggestion?: readonly Edit[] | undefined;
  readonly target?: string;
  /** The suggestion also moves the file's mocks of the module. */
  readonly withMocks?: boolean;
}

/** A load of a companion package: never fixed, since what replaces it depends on how the code used it. */
function reportCompanion(context: Context, load: ModuleLoad, { advice, companion }: MatchedBan): void {
  const { kind, reason, of } = companion!;
  // `@types` companions never match in code (see matcherFor).
  if (kind === 'types') return;
  context.report({
    node: load.source,
    messageId: `companion/${kind}`,
    data: { module: load.specifier, reason, of, advice },
  });
}

function report(context: Context, load: ModuleLoad, { advice }: MatchedBan, outcome: Outcome = {}): void {
  const module = load.specifier;
  const { edits, reason, suggestion, target, withMocks, proof } = outcome;
  context.report({
    node: load.source,
    messageId: reason !== undefined ? notFixedMessageId(reason.key) : proof === 'word' ? 'banned/unproven' : 'banned',
    data: { ...reason?.data, module, advice },
    fix: edits && edits.length > 0 ? () => edits.map((e) => ({ range: e.range, text: e.text })) : null,
    suggest:
      suggestion && target
        ? [
            {
              messageId: withMocks ? 'useTargetWithMocks' : 'useTarget',
              data: { target, module },
              fix: () => suggestion.map((e) => ({ range: e.range, text: e.text })),
            },
          ]
        : null,
  });
}

/** Why a module has no mapping; a key spelt like the module's name otherwise (`nodefetch`) is named as the cause. */
function noModuleMapping(target: Target, matched: MatchedBan, specifier: string): Reason {
  const spelling = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
  const declared = Object.keys(target.mappings ?? {}).find(
    (key) => key !== matched.module && spelling(key) === spelling(matched.module),
  );
  return declared === undefined
    ? reason('noModuleMapping', { bannedModule: matched.module, target: specifier })
    : reason('misspeltMappingKey', { bannedModule: matched.module, target: specifier, declared });
}
