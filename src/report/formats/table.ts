import { type PackageChange, rowKey, rowsOf } from '../baseline.js';
import type { HistoryPoint } from '../history.js';
import { type Counts, emptyCounts, type MigrationReport } from '../summarize.js';
import { alignColumns, COUNT_COLUMNS, FIX_LEGEND, ROW_HEADERS, rowLabel, signed } from './shared.js';
import { trendLine } from './trend.js';
import { workListTable } from './work-list.js';

const delta = (change: PackageChange | undefined) => (change ? signed(change.after - change.before) : '');

const countCells = (counts: Counts) => COUNT_COLUMNS.map(({ key }) => String(counts[key]));

export function tableRows(report: MigrationReport, changes?: readonly PackageChange[]): string[][] {
  const byKey = new Map(changes?.map((c) => [c.path, c]));
  const withDelta = changes !== undefined;
  const shown = rowsOf(report);
  const rows = shown.map((p) => [rowLabel(p), ...countCells(p), ...(withDelta ? [delta(byKey.get(rowKey(p)))] : [])]);
  // Rows that reached zero are no longer in the report but did change.
  for (const change of changes ?? []) {
    if (!shown.some((p) => rowKey(p) === change.path)) {
      const label = change.path === change.name ? change.name : `${change.name} (${change.path})`;
      rows.push([label, ...countCells(emptyCounts()), delta(change)]);
    }
  }
  const t = report.totals;
  const totalChange = report.sinceBaseline?.findings.change;
  rows.push(['Total', ...countCells(t), ...(withDelta ? [totalChange === undefined ? '' : signed(totalChange)] : [])]);
  const header = [ROW_HEADERS[report.groupBy], ...COUNT_COLUMNS.map((c) => c.header)];
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
  return [
    lines[0],
    rule,
    ...lines.slice(1, -1),
    rule,
    lines.at(-1),
    '',
    FIX_LEGEND,
    ...workListTable(report),
    ...trend,
    '',
  ].join('\n');
}
