import { ReportInputError } from './collect.js';
import type { GroupReport, MigrationReport, PackageReport, SinceBaseline } from './summarize.js';

export interface PackageChange {
  /** A package's folder; an owner's or a directory's name under `--group-by owner|directory`. */
  readonly path: string;
  readonly name: string;
  readonly before: number;
  readonly after: number;
}

/** The rows a report's tables show: its owners or directories under `--group-by`, else its packages. */
export const rowsOf = (report: MigrationReport): readonly (GroupReport | PackageReport)[] =>
  report.groups ?? report.packages;

export const rowKey = (row: GroupReport | PackageReport) => ('path' in row ? row.path : row.name);

/** Per row (package, owner or directory), how the open findings moved since the baseline; unchanged rows are left out. */
export function compareWithBaseline(current: MigrationReport, baseline: MigrationReport): PackageChange[] {
  // Reports written before `groupBy` existed grouped by package.
  const baselineGrouping = baseline.groupBy ?? 'package';
  if (baselineGrouping !== current.groupBy) {
    throw new ReportInputError(
      `the baseline is grouped by ${baselineGrouping}, this report by ${current.groupBy}: compare with --group-by ${baselineGrouping}, or save a baseline with --group-by ${current.groupBy}`,
    );
  }
  const before = new Map(rowsOf(baseline).map((p) => [rowKey(p), p]));
  const after = new Map(rowsOf(current).map((p) => [rowKey(p), p]));
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  return keys
    .map((key) => ({
      path: key,
      name: after.get(key)?.name ?? before.get(key)!.name,
      before: before.get(key)?.findings ?? 0,
      after: after.get(key)?.findings ?? 0,
    }))
    .filter((change) => change.before !== change.after);
}

export const increases = (changes: readonly PackageChange[]) => changes.filter((c) => c.after > c.before);

/** The open findings in all, then and now. */
export function sinceBaseline(current: MigrationReport, baseline: MigrationReport): SinceBaseline {
  const before = baseline.totals.findings;
  const after = current.totals.findings;
  return { findings: { before, after, change: after - before } };
}
