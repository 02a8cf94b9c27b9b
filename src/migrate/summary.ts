import { DEPENDENCY_SECTIONS } from '../dependencies/package-json.js';
import type { Counts, PackageReport } from '../report/summarize.js';
import type { WorkList } from '../report/work-list.js';

/** The outcome of one run of a check. */
export interface CheckOutcome {
  readonly ok: boolean;
  /** tsc's errors, `file:line TS1234 message`. */
  readonly typeErrors: readonly string[];
  /** Failed tests, `file › full name: message`, from jest's or vitest's JSON report. */
  readonly failedTests: readonly string[];
  /** The end of the output of a failed check whose failures could not be read. */
  readonly output?: string;
}

export interface CheckSummary {
  readonly kind: 'typecheck' | 'test';
  readonly command: string;
  /** Absent in a dry run, which runs no check. */
  readonly before?: CheckOutcome;
  readonly after?: CheckOutcome;
}

/** A banned load as the report counts it. */
export interface LoadRef {
  readonly line: number;
  readonly column: number;
  readonly rule: string;
  readonly module: string;
}

/** A file whose migration was undone, with the loads it had and why. */
export interface RolledBackFile {
  readonly file: string;
  readonly cause: 'typecheck' | 'test';
  readonly loads: readonly LoadRef[];
  /** The compiler's messages, or the failing tests (or the test command's output). */
  readonly errors: readonly string[];
}

export interface ManifestSummary {
  /** `section/name` entries added (the target's package) and removed (the banned clients and companions). */
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** Banned entries kept because the package still names them where no lint rule looks. */
  readonly namedElsewhere: readonly { readonly name: string; readonly places: readonly string[] }[];
}

export interface PackageSummary {
  readonly name: string;
  readonly path: string;
  /** Findings in code that the migration removed, mock calls aside. */
  readonly loadsMigrated: number;
  /** `vi.mock`/`jest.mock` calls moved to the target with their loads. */
  readonly mocksMoved: number;
  readonly manifest: ManifestSummary;
  readonly rolledBack: readonly RolledBackFile[];
  /** The report's work list after the migration: what is left for a person. */
  readonly left: WorkList;
  /** What is left, counted by reason key (docs/not-fixed-reasons.md). */
  readonly leftByReason: Readonly<Record<string, number>>;
  /** The report's counts for the package before and after (`standard-clients-report --format json`). */
  readonly findings: { readonly before: Counts; readonly after: Counts };
}

export interface MigrationSummary {
  readonly version: 1;
  readonly dryRun: boolean;
  readonly packages: readonly PackageSummary[];
  readonly checks: readonly CheckSummary[];
  /** The install after manifest changes (`npm install …`), or why there was none. */
  readonly install: { readonly command: string; readonly ok: boolean } | { readonly skipped: string } | null;
  readonly formatter: string | null;
  /** What the reviewer should know: skipped steps and why, a stale lockfile, errors no rollback explained. */
  readonly notes: readonly string[];
  readonly totals: {
    readonly loadsMigrated: number;
    readonly mocksMoved: number;
    readonly manifestLinesAdded: number;
    readonly manifestLinesRemoved: number;
    readonly loadsRolledBack: number;
    readonly leftForAPerson: number;
  };
}

const EMPTY_COUNTS: Counts = {
  findings: 0,
  fixable: 0,
  fixableProven: 0,
  fixableUnproven: 0,
  suggestionOnly: 0,
  manual: 0,
  suppressed: 0,
};

/** The report's counts of a package, zero when the report has no row for it (nothing found). */
export function countsOf(report: PackageReport | undefined): Counts {
  if (!report) return EMPTY_COUNTS;
  const { findings, fixable, fixableProven, fixableUnproven, suggestionOnly, manual, suppressed } = report;
  return { findings, fixable, fixableProven, fixableUnproven, suggestionOnly, manual, suppressed };
}

/** The `section/name` entries a manifest declares. */
function declarations(text: string): Set<string> {
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return new Set();
  }
  const entries = new Set<string>();
  for (const section of DEPENDENCY_SECTIONS) {
    const declared = manifest[section];
    if (declared && typeof declared === 'object')
      for (const name of Object.keys(declared)) entries.add(`${section}/${name}`);
  }
  return entries;
}

/** The dependency entries added to and removed from a manifest. */
export function manifestChanges(before: string, after: string): { added: string[]; removed: string[] } {
  const [was, is] = [declarations(before), declarations(after)];
  return { added: [...is].filter((e) => !was.has(e)), removed: [...was].filter((e) => !is.has(e)) };
}

/**
 * What the exit code says: 0 when everything was migrated and verified; 1 when anything was rolled back or left for
 * a person, or a check that passed before fails after (`--keep-failing`).
 */
export function exitCodeOf(summary: MigrationSummary): 0 | 1 {
  const { loadsRolledBack, leftForAPerson } = summary.totals;
  const turnedRed = summary.checks.some((check) => check.after && !check.after.ok && check.before?.ok !== false);
  const rolledBack = summary.packages.some((p) => p.rolledBack.length > 0);
  return loadsRolledBack > 0 || rolledBack || leftForAPerson > 0 || turnedRed ? 1 : 0;
}
