import { rowsOf } from '../baseline.js';
import type { GroupReport, MigrationReport, PackageReport } from '../summarize.js';

export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

export const signed = (difference: number) => (difference > 0 ? `+${difference}` : String(difference));

/** "+2 since the baseline", when the report was compared with one. */
export const sinceBaselineText = (report: MigrationReport) =>
  report.sinceBaseline ? `${signed(report.sinceBaseline.findings.change)} since the baseline` : undefined;

/** A package as `name (folder)`; an owner or a directory by its name. */
export const rowLabel = (row: GroupReport | PackageReport) => ('path' in row ? `${row.name} (${row.path})` : row.name);

export const ROW_HEADERS = { package: 'Package', owner: 'Owner', directory: 'Directory' } as const;

/** The open findings per banned module over the whole report, most first. */
export function openByModule(report: MigrationReport): [module: string, open: number][] {
  const modules = new Map<string, number>();
  for (const p of report.packages)
    for (const [m, n] of Object.entries(p.byModule)) modules.set(m, (modules.get(m) ?? 0) + n);
  return [...modules].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The rows whose work lists have something in them. */
export const withWork = (report: MigrationReport) =>
  rowsOf(report).filter((row) => row.workList.files.length > 0 || row.workList.omittedFiles > 0);
