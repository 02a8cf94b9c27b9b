import { rowsOf } from '../baseline.js';
import type { Counts, GroupReport, MigrationReport, PackageReport } from '../summarize.js';

export const nounFor = (count: number, noun: string, nouns = `${noun}s`) => (count === 1 ? noun : nouns);

export const plural = (count: number, noun: string, nouns?: string) => `${count} ${nounFor(count, noun, nouns)}`;

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

/**
 * The counts the tables show, in order: the fixes `--fix` takes apart by what they rest on (proven, or the mapping's
 * word), then what is left for a person. `fixable` is their sum, so no table repeats it.
 */
export const COUNT_COLUMNS = [
  { key: 'findings', header: 'Open' },
  { key: 'fixableProven', header: 'Proven fix' },
  { key: 'fixableUnproven', header: 'Unproven fix' },
  { key: 'suggestionOnly', header: 'Suggestion' },
  { key: 'manual', header: 'Manual' },
  { key: 'suppressed', header: 'Suppressed' },
] as const satisfies readonly { key: keyof Counts; header: string }[];

/** A count a history line written by an earlier release does not have (the split of fixes). */
export const UNKNOWN = '—';

/** What the two kinds of fix rest on: a lead plans unproven fixes as work to check, not as free. */
export const FIX_LEGEND =
  "Proven fix: the mapping's promises, the installed version or types prove it. Unproven fix: it rests on the mapping's word, which states no promise for a name the file uses; check it in review and with the tests.";

/** Pads a table of strings into aligned columns: counts to the right (by default every column after the first). */
export function alignColumns(
  rows: readonly (readonly string[])[],
  alignsRight: (column: number) => boolean = (column) => column > 0,
): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (alignsRight(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
}
