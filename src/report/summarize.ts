import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageNameOf } from '../config/module-matcher.js';
import { pinnedPackage } from '../dependencies/package-json.js';
import { reasonKeyOf } from '../fixes/reasons.js';
import { globalModuleName } from '../loads/find-global-uses.js';
import { PLUGIN_NAMESPACE } from '../package-meta.js';

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
  fixable: number;
  suggestionOnly: number;
  manual: number;
  suppressed: number;
}

export interface PackageReport extends Counts {
  /** The package's `name`, or its folder when it has none. */
  readonly name: string;
  /** Folder of its package.json, relative to the report root (POSIX; '.' for the root). */
  readonly path: string;
  readonly byRule: Record<string, number>;
  readonly byModule: Record<string, number>;
  /** Banned packages still declared or pinned in its package.json. */
  readonly bannedDependencies: string[];
  /** Findings not fixed automatically, by reason key (docs/not-fixed-reasons.md). */
  readonly reasons: Record<string, number>;
}

export interface MigrationReport {
  readonly version: 1;
  readonly totals: Counts & { packages: number; files: number };
  readonly packages: PackageReport[];
}

const RULE_PREFIX = `${PLUGIN_NAMESPACE}/`;
const DEPENDENCY_RULE = `${RULE_PREFIX}no-banned-dependencies`;
const GLOBAL_FETCH_RULE = `${RULE_PREFIX}no-global-fetch`;

const emptyCounts = (): Counts => ({ findings: 0, fixable: 0, suggestionOnly: 0, manual: 0, suppressed: 0 });

/** Finds the package (nearest package.json) of each file, reading each manifest once. */
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
      let name: unknown;
      try {
        name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name;
      } catch {
        // A manifest that does not parse is reported by the dependency rule; the folder still names it.
      }
      found = { dir, name: typeof name === 'string' ? name : path.relative(this.root, dir) || '.' };
    } else {
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

/** Turns lint results into per-package migration counts. */
export function summarize(
  results: readonly LintResultLike[],
  root: string,
  suppressions: Suppressions = {},
): MigrationReport {
  const index = new PackageIndex(root);
  const packages = new Map<string, PackageReport>();
  const files = new Set<string>();
  // Shards arrive in any order: sort, so that the same findings always make the same report.
  const sorted = [...results].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  for (const result of sorted) {
    const findings = result.messages.filter((m) => m.ruleId?.startsWith(RULE_PREFIX));
    if (findings.length === 0) continue;
    const relativeFile = posix(path.relative(root, result.filePath));
    files.add(relativeFile);
    const owner = index.of(result.filePath);
    const key = posix(path.relative(root, owner.dir)) || '.';
    let report = packages.get(key);
    if (!report) {
      report = {
        name: owner.name,
        path: key,
        ...emptyCounts(),
        byRule: {},
        byModule: {},
        bannedDependencies: [],
        reasons: {},
      };
      packages.set(key, report);
    }
    let lines: readonly string[] | undefined | null = null;
    const suppressedLeft = new Map(
      Object.entries(suppressions[relativeFile] ?? {}).map(([rule, { count }]) => [rule, count]),
    );
    for (const finding of findings) {
      const rule = finding.ruleId!;
      const left = suppressedLeft.get(rule) ?? 0;
      if (left > 0) {
        suppressedLeft.set(rule, left - 1);
        report.suppressed++;
        continue;
      }
      report.findings++;
      if (finding.fix) report.fixable++;
      else if (finding.suggestions?.length) report.suggestionOnly++;
      else report.manual++;
      report.byRule[rule] = (report.byRule[rule] ?? 0) + 1;
      const reason = reasonKeyOf(finding.messageId);
      if (reason) report.reasons[reason] = (report.reasons[reason] ?? 0) + 1;
      if (lines === null) lines = linesOf(result);
      const module = bannedModule(finding, lines);
      report.byModule[module] = (report.byModule[module] ?? 0) + 1;
      if (rule === DEPENDENCY_RULE && !report.bannedDependencies.includes(module))
        report.bannedDependencies.push(module);
    }
  }
  const list = [...packages.values()].sort((a, b) => a.path.localeCompare(b.path));
  for (const report of list) report.bannedDependencies.sort();
  const totals = { ...emptyCounts(), packages: list.length, files: files.size };
  for (const report of list) {
    for (const key of ['findings', 'fixable', 'suggestionOnly', 'manual', 'suppressed'] as const)
      totals[key] += report[key];
  }
  return { version: 1, totals, packages: list };
}
