import { type HistoryCounts, type HistoryPoint, shortDate } from '../history.js';
import { COUNT_COLUMNS, plural, UNKNOWN } from './shared.js';

/** How many of the latest runs the Markdown trend shows; the HTML chart shows them all. */
export const TREND_LENGTH = 8;

/** A count with its change since the run before; `—` where the run's line predates the count. */
const withDelta = (value: number | undefined, previous: number | undefined) => {
  if (value === undefined) return UNKNOWN;
  if (previous === undefined || previous === value) return String(value);
  return `${value} (${value > previous ? '+' : '−'}${Math.abs(value - previous)})`;
};

/** The burn-down as a small Markdown table: the latest runs, each count with its change since the run before. */
export function trendMarkdown(points: readonly HistoryPoint[]): string[] {
  if (points.length === 0) return [];
  const shown = points.slice(-TREND_LENGTH);
  const first = points.length - shown.length;
  const lines = [
    '### Burn-down',
    '',
    first > 0 ? `The last ${shown.length} of ${points.length} runs.` : `${plural(points.length, 'run')}.`,
    '',
    `| Date | ${COUNT_COLUMNS.map((c) => c.header).join(' | ')} |`,
    `| --- |${' ---: |'.repeat(COUNT_COLUMNS.length)}`,
  ];
  shown.forEach((point, i) => {
    const previous: HistoryCounts | undefined = points[first + i - 1]?.totals;
    const cells = COUNT_COLUMNS.map(({ key }) => withDelta(point.totals[key], previous?.[key]));
    lines.push(`| ${shortDate(point.date)} | ${cells.join(' | ')} |`);
  });
  return lines;
}

/** The burn-down in one line for the terminal: the open findings of the latest runs. */
export function trendLine(points: readonly HistoryPoint[]): string {
  const shown = points.slice(-TREND_LENGTH);
  const span = `${shortDate(shown[0]!.date)} to ${shortDate(shown.at(-1)!.date)}`;
  const runs =
    shown.length < points.length ? `the last ${shown.length} of ${points.length} runs` : plural(points.length, 'run');
  return `Open findings over ${runs} (${span}): ${shown.map((p) => p.totals.findings).join(' → ')}`;
}
