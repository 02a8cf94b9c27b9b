import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageNameOf } from '../config/module-matcher.js';
import { pinnedPackage } from '../dependencies/package-json.js';
import { rawRequestModule } from '../engine/node-http-requests.js';
import type { BannedLoadMessageId } from '../engine/report-banned-loads.js';
import { type ReasonKey, reasonKeyOf } from '../fixes/reasons.js';
import { globalModuleName } from '../loads/find-global-uses.js';
import { PLUGIN_NAMESPACE } from '../package-meta.js';
import { groupBy } from './group-by.js';
import { limitWorkList, type WorkList, workListOf } from './work-list.js';

/**
 * The part of ESLint's result format the report reads (the JSON formatter writes it too). The message text is
 * never read: the reason is the message id, and the banned module is the text the report points at.
 */
export interface LintResultLike {
  readonly filePath: string;
  /** The linted text, which ESLint includes when a file has problems and was not fixed. */
  readonly source?: string;
  /** The fixed text, when a fix was applied: the remaining problems point into it. */
  readonly output?: string;
  readonly messages: readonly {
    readonly ruleId: string | null;
    readonly messageId?: string;
    readonly line: number;
    readonly column: number;
    readonly endLine?: number;
    readonly endColumn?: number;
    readonly fix?: unknown;
    readonly suggestions?: readonly unknown[];
  }[];
}

export interface Counts {
  findings: number;
  /** What `--fix` takes: `fixableProven` + `fixableUnproven`. */
  fixable: number;
  /** Fixes proven safe: by the mapping's promises, the installed version, or types. */
  fixableProven: number;
  /** Fixes on the mapping's word alone: it states no promise for a name the file uses (`banned/unproven`). */
  fixableUnproven: number;
  suggestionOnly: number;
  manual: number;
  suppressed: number;
}

/** The open findings of a package, an owner or a directory. */
export interface GroupReport extends Counts {
  /** A package's `name` (its folder when it has none), an owner, or a directory. */
  readonly name: string;
  readonly byRule: Record<string, number>;
  readonly byModule: Record<string, number>;
  /**
   * Findings not fixed automatically, by reason key (docs/not-fixed-reasons.md): a `notFixed/<key>` key, or what a
   * finding that no fix exists for is (`companion/mock`, `rawRequest`).
   */
  readonly reasons: Record<string, number>;
  /** The files with findings `--fix` cannot take, biggest first. */
  readonly workList: WorkList;
}

export interface PackageReport extends GroupReport {
  /** Folder of its package.json, relative to the report root (POSIX; '.' for the root). */
  readonly path: string;
  /** Banned packages still declared or pinned in its package.json. */
  readonly bannedDependencies: string[];
}

export type GroupingName = 'package' | 'owner' | 'directory';

/** How findings are grouped besides by package (grouping.ts). */
export interface Grouping {
  readonly by: Exclude<GroupingName, 'package'>;
  /** The groups a finding counts in: one directory; each of a file's owners. */
  readonly keysOf: (finding: ReportFinding) => readonly string[];
  readonly compare: (a: string, b: string) => number;
}

export interface SummaryOptions {
  readonly grouping?: Grouping;
  /** At most this many files in each work list. */
  readonly limit?: number;
}

/** The open findings against a baseline report (baseline.ts). */
export interface SinceBaseline {
  readonly findings: { readonly before: number; readonly after: number; readonly change: number };
}

/**
 * The JSON format (docs: README, "Migration progress report"). Version 1 only grows: fields are added, never
 * changed or removed, so a baseline saved by an earlier release still reads.
 */
export interface MigrationReport {
  readonly version: 1;
  readonly groupBy: GroupingName;
  readonly totals: Counts & { packages: number; files: number };
  readonly packages: PackageReport[];
  /** With `--group-by owner|directory`: the same counts per owner or directory. */
  readonly groups?: GroupReport[];
  /** With `--baseline`. */
  readonly sinceBaseline?: SinceBaseline;
}

const RULE_PREFIX = `${PLUGIN_NAMESPACE}/`;
const DEPENDENCY_RULE = `${RULE_PREFIX}no-banned-dependencies`;
const GLOBAL_FETCH_RULE = `${RULE_PREFIX}no-global-fetch`;

export const COUNT_KEYS = [
  'findings',
  'fixable',
  'fixableProven',
  'fixableUnproven',
  'suggestionOnly',
  'manual',
  'suppressed',
] as const satisfies readonly (keyof Counts)[];

export const emptyCounts = (): Counts => ({
  findings: 0,
  fixable: 0,
  fixableProven: 0,
  fixableUnproven: 0,
  suggestionOnly: 0,
  manual: 0,
  suppressed: 0,
});

const NOT_READ = Symbol('manifest not read');

/** Finds the package (nearest package.json with a name) of each file, reading each manifest once. */
class PackageIndex {
  private readonly byDirectory = new Map<string, { dir: string; name: string } | null>();

  constructor(private readonly root: string) {}

  of(file: string): { dir: string; name: string } {
    return this.lookup(path.dirname(file)) ?? { dir: this.root, name: path.basename(this.root) };
  }

  private lookup(dir: string): { dir: string; name: string } | null {
    const cached = this.byDirectory.get(dir);
    if (cached !== undefined) return cached;
    let found: { dir: string; name: string } | null = null;
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      let name: unknown = NOT_READ;
      try {
        name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name;
      } catch {
        // A manifest that does not parse is reported by the dependency rule; the folder still names it.
      }
      // A manifest without a name (`{ "type": "commonjs" }` for one folder) is no package: it belongs to its parent.
      if (typeof name === 'string' && name !== '') found = { dir, name };
      else if (name === NOT_READ) found = { dir, name: path.relative(this.root, dir) || '.' };
    }
    if (!found) {
      const parent = path.dirname(dir);
      found = parent !== dir && isWithin(parent, this.root) ? this.lookup(parent) : null;
    }
    this.byDirectory.set(dir, found);
    return found;
  }
}

const isWithin = (dir: string, root: string) => !path.relative(root, dir).startsWith('..');

type Finding = LintResultLike['messages'][number];

/** The lines of the text a result's locations point into: the fixed text, the linted text, else the file. */
function linesOf(result: LintResultLike): readonly string[] | undefined {
  let text = result.output ?? result.source;
  if (text === undefined) {
    try {
      text = readFileSync(result.filePath, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      return undefined;
    }
  }
  return text.split(/\r\n|[\r\n\u2028\u2029]/);
}

/**
 * The banned package of a finding, read from the code it points at: every import rule reports the specifier literal
 * (`'axios/lib/x'`) or the package.json key (`"axios@1"` under overrides). The package is what the migration tracks.
 */
function bannedModule(finding: Finding, lines: readonly string[] | undefined): string {
  // A raw request is reported at `https.get`, not at the specifier: its message id names the module.
  const requestModule = rawRequestModule(finding.messageId);
  if (requestModule) return requestModule;
  const { line, column, endLine = line, endColumn } = finding;
  const first = lines?.[line - 1];
  if (first === undefined || endLine !== line || endColumn === undefined) return 'unknown';
  const literal = first.slice(column - 1, endColumn - 1);
  // The global fetch is used, not loaded: the report points at `fetch` or `globalThis.fetch`.
  if (finding.ruleId === GLOBAL_FETCH_RULE) return globalModuleName(literal);
  if (literal.length < 2) return 'unknown';
  if (finding.ruleId === DEPENDENCY_RULE) {
    let key: unknown;
    try {
      key = JSON.parse(literal);
    } catch {
      key = literal.slice(1, -1);
    }
    return (typeof key === 'string' && pinnedPackage(key)) || 'unknown';
  }
  return packageNameOf(literal.slice(1, -1));
}

/** `eslint-suppressions.json`: per file (relative to its folder) and rule, how many findings are suppressed. */
export type Suppressions = Record<string, Record<string, { count: number }>>;

export function readSuppressions(root: string): Suppressions {
  const file = path.join(root, 'eslint-suppressions.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Suppressions) : {};
}

const posix = (p: string) => p.split(path.sep).join('/');

/**
 * What a finding leaves to do: `--fix` takes it (proven safe, or on the mapping's word), a suggestion to apply,
 * a human's work, or suppressed.
 */
export type FindingKind = 'provenFix' | 'unprovenFix' | 'suggestion' | 'manual' | 'suppressed';

/** One finding of this plugin, with everything the report groups and lists it by. */
export interface ReportFinding {
  /** Relative to the report root, POSIX. */
  readonly file: string;
  readonly package: { readonly path: string; readonly name: string };
  readonly rule: string;
  readonly kind: FindingKind;
  /** The banned package it points at; not read for suppressed findings. */
  readonly module?: string;
  /** The key of its message id `notFixed/<key>`, if it has one. */
  readonly reason?: WorkReason;
  readonly line: number;
  readonly column: number;
}

/** Every finding of this plugin in the results, file by file in path order, suppressed ones included. */
export function collectFindings(
  results: readonly LintResultLike[],
  root: string,
  suppressions: Suppressions = {},
): ReportFinding[] {
  const index = new PackageIndex(root);
  const collected: ReportFinding[] = [];
  // Shards arrive in any order: sort, so that the same findings always make the same report.
  const sorted = [...results].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  for (const result of sorted) {
    const findings = result.messages.filter((m) => m.ruleId?.startsWith(RULE_PREFIX));
    if (findings.length === 0) continue;
    const file = posix(path.relative(root, result.filePath));
    const owner = index.of(result.filePath);
    const inPackage = { path: posix(path.relative(root, owner.dir)) || '.', name: owner.name };
    let lines: readonly string[] | undefined | null = null;
    const suppressedLeft = new Map(Object.entries(suppressions[file] ?? {}).map(([rule, { count }]) => [rule, count]));
    for (const finding of findings) {
      const rule = finding.ruleId!;
      const where = { file, package: inPackage, rule, line: finding.line, column: finding.column };
      const left = suppressedLeft.get(rule) ?? 0;
      if (left > 0) {
        suppressedLeft.set(rule, left - 1);
        collected.push({ ...where, kind: 'suppressed' });
        continue;
      }
      if (lines === null) lines = linesOf(result);
      const kind = kindOf(finding);
      const reason = reasonOf(finding.messageId);
      collected.push({ ...where, kind, module: bannedModule(finding, lines), ...(reason && { reason }) });
    }
  }
  return collected;
}

// The message id of a fix on the mapping's word. Every other fix is proven: a `banned` load, a global fetch, and
// the manifest entry no-banned-dependencies adds for a missing target (`missingTarget`).
const UNPROVEN_FIX: BannedLoadMessageId = 'banned/unproven';

function kindOf(finding: Finding): Exclude<FindingKind, 'suppressed'> {
  if (finding.fix) return finding.messageId === UNPROVEN_FIX ? 'unprovenFix' : 'provenFix';
  return finding.suggestions?.length ? 'suggestion' : 'manual';
}

/** The counts a finding of each kind adds to. */
const COUNTS_OF_KIND = {
  provenFix: ['fixable', 'fixableProven'],
  unprovenFix: ['fixable', 'fixableUnproven'],
  suggestion: ['suggestionOnly'],
  manual: ['manual'],
  suppressed: ['suppressed'],
} as const satisfies Record<FindingKind, readonly (keyof Counts)[]>;

/** Why no fix: the key of `notFixed/<key>`, the companion kind's message id, or `rawRequest`. */
export type WorkReason = ReasonKey | `companion/${string}` | 'rawRequest';

/**
 * Why a finding has no fix. Most carry their reason key; a companion package or a raw request has no fix to
 * miss, and says what it is instead, so that a work list never leaves a lead guessing.
 */
function reasonOf(messageId: string | undefined): WorkReason | undefined {
  if (messageId?.startsWith(COMPANION_PREFIX)) return messageId as `companion/${string}`;
  if (rawRequestModule(messageId)) return 'rawRequest';
  return reasonKeyOf(messageId);
}

const COMPANION_PREFIX = 'companion/';

/** The counts of a group of findings, by kind, rule, banned module and reason, with its work list. */
function tally(findings: readonly ReportFinding[], limit: number | undefined): Omit<GroupReport, 'name'> {
  const counts = emptyCounts();
  const byRule: Record<string, number> = {};
  const byModule: Record<string, number> = {};
  const reasons: Record<string, number> = {};
  for (const finding of findings) {
    for (const key of COUNTS_OF_KIND[finding.kind]) counts[key]++;
    if (finding.kind === 'suppressed') continue;
    counts.findings++;
    byRule[finding.rule] = (byRule[finding.rule] ?? 0) + 1;
    byModule[finding.module!] = (byModule[finding.module!] ?? 0) + 1;
    if (finding.reason) reasons[finding.reason] = (reasons[finding.reason] ?? 0) + 1;
  }
  return { ...counts, byRule, byModule, reasons, workList: limitWorkList(workListOf(findings), limit) };
}

/** Turns lint results into per-package migration counts, and per owner or directory when asked. */
export function summarize(
  results: readonly LintResultLike[],
  root: string,
  suppressions: Suppressions = {},
  options: SummaryOptions = {},
): MigrationReport {
  const findings = collectFindings(results, root, suppressions);
  const packages = [...groupBy(findings, (f) => [f.package.path])]
    .map(([packagePath, inPackage]): PackageReport => {
      const dependencies = inPackage.filter((f) => f.rule === DEPENDENCY_RULE && f.kind !== 'suppressed');
      return {
        name: inPackage[0]!.package.name,
        path: packagePath,
        ...tally(inPackage, options.limit),
        bannedDependencies: [...new Set(dependencies.map((f) => f.module!))].sort(),
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
  const totals = { ...emptyCounts(), packages: packages.length, files: new Set(findings.map((f) => f.file)).size };
  for (const report of packages) for (const key of COUNT_KEYS) totals[key] += report[key];
  const grouping = options.grouping;
  if (!grouping) return { version: 1, groupBy: 'package', totals, packages };
  const groups = [...groupBy(findings, grouping.keysOf)]
    .map(([name, inGroup]) => ({ name, ...tally(inGroup, options.limit) }))
    .sort((a, b) => grouping.compare(a.name, b.name));
  return { version: 1, groupBy: grouping.by, totals, packages, groups };
}
