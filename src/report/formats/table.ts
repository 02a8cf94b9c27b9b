import { type PackageChange, rowKey, rowsOf } from '../baseline.js';
import type { HistoryPoint } from '../history.js';
import type { MigrationReport } from '../summarize.js';
import { ROW_HEADERS, rowLabel, signed } from './shared.js';
import { trendLine } from './trend.js';
import { workListTable } from './work-list.js';

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

const delta = (change: PackageChange | undefined) => (change ? signed(change.after - change.before) : '');

export const HEADERS = ['Package', 'Open', 'Auto-fixable', 'Suggestion', 'Manual', 'Suppressed'];

export function tableRows(report: MigrationReport, changes?: readonly PackageChange[]): string[][] {
  const byKey = new Map(changes?.map((c) => [c.path, c]));
  const withDelta = changes !== undefined;
  const shown = rowsOf(report);
  const rows = shown.map((p) => [
    rowLabel(p),
    String(p.findings),
    String(p.fixable),
    String(p.suggestionOnly),
    String(p.manual),
    String(p.suppressed),
    ...(withDelta ? [delta(byKey.get(rowKey(p)))] : []),
  ]);
  // Rows that reached zero are no longer in the report but did change.
  for (const change of changes ?? []) {
    if (!shown.some((p) => rowKey(p) === change.path)) {
      const label = change.path === change.name ? change.name : `${change.name} (${change.path})`;
      rows.push([label, '0', '0', '0', '0', '0', delta(change)]);
    }
  }
  const t = report.totals;
  const totalChange = report.sinceBaseline?.findings.change;
  rows.push([
    'Total',
    ...[t.findings, t.fixable, t.suggestionOnly, t.manual, t.suppressed].map(String),
    ...(withDelta ? [totalChange === undefined ? '' : signed(totalChange)] : []),
  ]);
  const header = [ROW_HEADERS[report.groupBy], ...HEADERS.slice(1)];
  return [[...header, ...(withDelta ? ['Since baseline'] : [])], ...rows];
}

export function formatTable(
  report: MigrationReport,
  changes?: readonly PackageChange[],
  history: readonly HistoryPoint[] = [],
): string {
  const lines = alignColumns(tableRows(report, changes));
  const rule = '-'.repeat(Math.max(...lines.map((l) => l.length)));
  const trend = history.length > 0 ? ['', trendLine(history)] : [];
  return [lines[0], rule, ...lines.slice(1, -1), rule, lines.at(-1), ...workListTable(report), ...trend, ''].join('\n');
}
