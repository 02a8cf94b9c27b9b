import { type HistoryPoint, shortDate } from '../history.js';
import { escapeHtml as escape } from './escape-html.js';
import { COUNT_COLUMNS, plural, UNKNOWN } from './shared.js';

// Each line has its own dash pattern too, so the series stay apart without telling colors apart.
const SERIES = [
  { key: 'findings', label: 'Open', color: '#1565c0', dash: 'none' },
  { key: 'fixableProven', label: 'Proven fix', color: '#2e7d32', dash: '8 4' },
  { key: 'fixableUnproven', label: 'Unproven fix', color: '#6a1b9a', dash: '4 2 1 2' },
  { key: 'manual', label: 'Manual', color: '#c62828', dash: '2 3' },
] as const;

type Series = (typeof SERIES)[number];

/** The runs a series has a value for: lines written before fixes were split have no proven or unproven count. */
const valuesOf = (points: readonly HistoryPoint[], { key }: Series) =>
  points.flatMap((point, run) => {
    const value = point.totals[key];
    return value === undefined ? [] : [{ point, run, value }];
  });

const WIDTH = 760;
const HEIGHT = 320;
const PLOT = { left: 56, right: WIDTH - 140, top: 20, bottom: HEIGHT - 56 };
const MAX_DATE_LABELS = 6;
/** Above this many runs, dots would merge into a smear: the lines alone show the trend. */
const MAX_DOTS = 60;

/** Round gridline values: a step of 1, 2 or 5 × 10ⁿ, at most five steps up to the largest value. */
export function gridValues(max: number): number[] {
  let magnitude = 1;
  while (max > 25 * magnitude) magnitude *= 10;
  const step = [1, 2, 5].map((factor) => factor * magnitude).find((candidate) => max / candidate <= 5)!;
  const steps = Math.max(1, Math.ceil(max / step));
  return Array.from({ length: steps + 1 }, (_, i) => i * step);
}

const fixed = (n: number) => n.toFixed(1);

/** The words the chart says to someone who cannot see it. */
function description(points: readonly HistoryPoint[]): string {
  const first = points[0]!;
  const last = points.at(-1)!;
  const span = `over ${plural(points.length, 'run')}, ${shortDate(first.date)} to ${shortDate(last.date)}`;
  const moves = SERIES.flatMap((series) => {
    const values = valuesOf(points, series);
    if (values.length === 0) return [];
    return [`${series.label.toLowerCase()} from ${values[0]!.value} to ${values.at(-1)!.value}`];
  });
  return `Findings ${span}: ${moves.join(', ')}.`;
}

/** The burn-down over the report runs of the history file: an SVG line chart, then the same data as a table. */
export function burnDownSection(points: readonly HistoryPoint[]): string {
  if (points.length === 0) return '';
  const gridlines = gridValues(Math.max(...SERIES.flatMap((series) => valuesOf(points, series).map((v) => v.value))));
  const top = gridlines.at(-1)!;
  // Runs are evenly spaced: the chart shows progress per run, whatever the time between runs.
  const x = (i: number) =>
    points.length === 1
      ? (PLOT.left + PLOT.right) / 2
      : PLOT.left + (i / (points.length - 1)) * (PLOT.right - PLOT.left);
  const y = (value: number) => PLOT.bottom - (value / top) * (PLOT.bottom - PLOT.top);

  const grid = gridlines.map(
    (value) =>
      `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${fixed(y(value))}" y2="${fixed(y(value))}" stroke="#e0e0e0"/><text x="${PLOT.left - 8}" y="${fixed(y(value) + 4)}" text-anchor="end">${value}</text>`,
  );
  // Days only on the axis, evenly picked so that they never overlap; the times are in the tooltips and the table.
  const labels = Math.min(points.length, MAX_DATE_LABELS);
  const labelled = new Set(
    Array.from({ length: labels }, (_, k) => (labels === 1 ? 0 : Math.round((k * (points.length - 1)) / (labels - 1)))),
  );
  const dates = [...labelled]
    .map(
      (i) =>
        `<text x="${fixed(x(i))}" y="${PLOT.bottom + 18}" text-anchor="middle">${shortDate(points[i]!.date).slice(0, 10)}</text>`,
    )
    .join('');
  const lines = SERIES.map((series) => {
    const { key, label, color, dash } = series;
    const values = valuesOf(points, series);
    const coordinates = values.map(({ run, value }) => `${fixed(x(run))},${fixed(y(value))}`).join(' ');
    const dots = (points.length > MAX_DOTS ? [] : values)
      .map(
        ({ point, run, value }) =>
          `<circle class="point" data-series="${key}" data-run="${escape(point.run)}" data-value="${value}" cx="${fixed(x(run))}" cy="${fixed(y(value))}" r="4" fill="${color}"><title>${escape(shortDate(point.date))}, ${label.toLowerCase()}: ${value}</title></circle>`,
      )
      .join('');
    return `<polyline class="series" data-series="${key}" points="${coordinates}" fill="none" stroke="${color}" stroke-width="2.5" stroke-dasharray="${dash}"/>${dots}`;
  });
  const legend = SERIES.map(({ label, color, dash }, i) => {
    const y = PLOT.top + i * 22;
    return `<line x1="${PLOT.right + 16}" x2="${PLOT.right + 40}" y1="${y + 6}" y2="${y + 6}" stroke="${color}" stroke-width="2.5" stroke-dasharray="${dash}"/><text x="${PLOT.right + 46}" y="${y + 10}">${label}</text>`;
  }).join('');

  const rows = points.map(
    (p) =>
      `<tr><td>${escape(shortDate(p.date))}</td><td>${escape(p.run)}</td>${COUNT_COLUMNS.map(({ key }) => `<td>${p.totals[key] ?? UNKNOWN}</td>`).join('')}</tr>`,
  );
  return `<h2>Burn-down</h2>
<svg id="burn-down" role="img" aria-labelledby="burn-down-title burn-down-desc" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" xmlns="http://www.w3.org/2000/svg"><title id="burn-down-title">Burn-down of the migration</title><desc id="burn-down-desc">${escape(description(points))}</desc>${grid.join('')}${dates}${lines.join('')}${legend}</svg>
<details>
<summary>Burn-down data (${plural(points.length, 'run')})</summary>
<table id="burn-down-data">
<tr><th>Date</th><th>Run</th>${COUNT_COLUMNS.map(({ header }) => `<th>${header}</th>`).join('')}</tr>
${rows.join('\n')}
</table>
</details>`;
}
