import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ESLint, Linter } from 'eslint';
import { PLUGIN_NAMESPACE } from '../package-meta.js';
import { FRESH_MS } from '../project/file-facts.js';
import { type ExtraLintOptions, lintWithProjectConfig, type Progress, projectESLint } from '../report/collect.js';
import type { Changes } from './changes.js';
import { type MigratedPackage, packageOf } from './workspace.js';

const OWN_PREFIX = `${PLUGIN_NAMESPACE}/`;

/** Whether a message comes from one of this plugin's rules. */
export const isOwn = (message: Pick<Linter.LintMessage, 'ruleId'>): boolean =>
  message.ruleId?.startsWith(OWN_PREFIX) ?? false;

/** The latest lint result of each file, by absolute path. */
export type Results = Map<string, ESLint.LintResult>;

/** How the migration lints: the project's configuration, with the plugin's own rules alone. */
export interface Linting {
  readonly root: string;
  readonly configFile: string | undefined;
  readonly progress: Progress;
}

/** Files that passes lint and fix, for the cost measurement (bench/migrate-cost.js). */
export interface LintCount {
  lintedFiles: number;
  passes: number;
}

/**
 * Only the plugin's rules run (`ruleFilter`), and only their fixes apply: a directive of another rule that looks
 * unused without that rule is neither reported nor removed.
 */
const ownRulesOnly = (fix: boolean): ExtraLintOptions => ({
  ruleFilter: ({ ruleId }) => ruleId.startsWith(OWN_PREFIX),
  fix: fix && isOwn,
});

function collect(results: readonly ESLint.LintResult[], count: LintCount | undefined): Results {
  if (count) {
    count.lintedFiles += results.length;
    count.passes++;
  }
  return new Map(results.map((result) => [result.filePath, { ...result, messages: result.messages.filter(isOwn) }]));
}

/** One lint of `paths` (fixed when `fix`) with a fresh ESLint instance. */
export async function lint(linting: Linting, paths: readonly string[], fix: boolean, count?: LintCount) {
  const { root, progress, configFile } = linting;
  return collect(await lintWithProjectConfig(root, paths, progress, configFile, ownRulesOnly(fix)), count);
}

/** One lint of texts as they stand in memory (a dry run writes nothing), each under its file's configuration. */
export async function lintTexts(linting: Linting, texts: ReadonlyMap<string, string>, count?: LintCount) {
  const [first] = texts.keys();
  if (first === undefined) return new Map() as Results;
  const eslint = await projectESLint(linting.root, first, linting.configFile, ownRulesOnly(false));
  const results: ESLint.LintResult[] = [];
  for (const [filePath, text] of texts) results.push(...(await eslint.lintText(text, { filePath })));
  return collect(results, count);
}

const isManifest = (file: string) => path.basename(file) === 'package.json';

/** Files with a fix of the plugin's to apply. */
const fixable = (results: Results) =>
  [...results.values()].filter((r) => r.messages.some((m) => m.fix)).map((r) => r.filePath);

/** What the fix passes work with. */
export interface PassContext {
  readonly linting: Linting;
  readonly changes: Changes;
  readonly packages: readonly MigratedPackage[];
  readonly count: LintCount;
  /** Runs after a pass that changed manifests, before the next: the package manager's install. */
  readonly afterManifestsChanged: (manifests: readonly string[]) => Promise<void>;
}

/** Enough passes for a manifest fix and the code that follows it, with room for a companion's second round. */
const MAX_PASSES = 5;

/**
 * Applies the plugin's fixes in passes until nothing changes. The first pass lints only the files the lint before
 * found a fix in; when a pass changed manifests, the next lints the packages of those manifests again, whose code
 * may now take the target the manifest declares. Returns the latest result of each file.
 */
export async function fixInPasses(context: PassContext, before: Results): Promise<Results> {
  const { linting, changes, packages, count } = context;
  const latest: Results = new Map(before);
  let targets = fixable(before);
  for (let pass = 1; targets.length > 0 && pass <= MAX_PASSES; pass++) {
    const written = Date.now();
    const results = await lint(linting, targets, true, count);
    const manifests: string[] = [];
    for (const [file, result] of results) {
      latest.set(file, result);
      if (result.output === undefined) continue;
      changes.write(file, result.output);
      if (isManifest(file)) manifests.push(file);
    }
    // A dry run cannot lint what it did not write: the plan names the packages instead.
    if (manifests.length === 0 || changes.inMemory) break;
    await context.afterManifestsChanged(manifests);
    // The rules re-read a manifest at most once per FRESH_MS (src/project/file-facts.ts).
    await sleep(Math.max(0, FRESH_MS - (Date.now() - written)));
    const folders = new Set(manifests.map((manifest) => path.dirname(manifest)));
    targets = [...latest.keys()].filter((file) => folders.has(packageOf(file, packages)?.dir ?? ''));
  }
  return latest;
}
