import type { PackageChange } from '../baseline.js';
import type { HistoryPoint } from '../history.js';
import type { MigrationReport } from '../summarize.js';
import { trendLine } from './trend.js';

/** Pads a table of strings into aligned columns (the first column left, the others right). */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
}

const delta = (change: PackageChange | undefined) => {
  if (!change) return '';
  const difference = change.after - change.before;
  return difference > 0 ? `+${difference}` : String(difference);
};

export const HEADERS = ['Package', 'Open', 'Auto-fixable', 'Suggestion', 'Manual', 'Suppressed'];

export function tableRows(report: MigrationReport, changes?: readonly PackageChange[]): string[][] {
  const byPath = new Map(changes?.map((c) => [c.path, c]));
  const withDelta = changes !== undefined;
  const rows = report.packages.map((p) => [
    `${p.name} (${p.path})`,
    String(p.findings),
    String(p.fixable),
    String(p.suggestionOnly),
    String(p.manual),
    String(p.suppressed),
    ...(withDelta ? [delta(byPath.get(p.path))] : []),
  ]);
  // Packages that reached zero are no longer in the report but did change.
  for (const change of changes ?? []) {
    if (!report.packages.some((p) => p.path === change.path)) {
      rows.push([`${change.name} (${change.path})`, '0', '0', '0', '0', '0', delta(change)]);
    }
  }
  const t = report.totals;
  rows.push([
    'Total',
    ...[t.findings, t.fixable, t.suggestionOnly, t.manual, t.suppressed].map(String),
    ...(withDelta ? [''] : []),
  ]);
  return [[...HEADERS, ...(withDelta ? ['Since baseline'] : [])], ...rows];
}

export function formatTable(
  report: MigrationReport,
  changes?: readonly PackageChange[],
  history: readonly HistoryPoint[] = [],
): string {
  const lines = alignColumns(tableRows(report, changes));
  const rule = '-'.repeat(Math.max(...lines.map((l) => l.length)));
  const trend = history.length > 0 ? ['', trendLine(history)] : [];
  return [lines[0], rule, ...lines.slice(1, -1), rule, lines.at(-1), ...trend, ''].join('\n');
}
