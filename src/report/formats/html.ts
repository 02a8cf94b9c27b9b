import { type PackageChange, rowKey, rowsOf } from '../baseline.js';
import type { HistoryPoint } from '../history.js';
import type { MigrationReport } from '../summarize.js';
import { burnDownSection } from './burn-down-chart.js';
import { escapeHtml as escape } from './escape-html.js';
import { FIX_LEGEND, nounFor, openByModule, sinceBaselineText } from './shared.js';
import { tableRows } from './table.js';
import { workListHtml } from './work-list.js';

const SERIES = [
  { key: 'fixableProven', label: 'Proven fix', color: '#2e7d32' },
  { key: 'fixableUnproven', label: 'Unproven fix', color: '#6a1b9a' },
  { key: 'suggestionOnly', label: 'Suggestion', color: '#f9a825' },
  { key: 'manual', label: 'Manual', color: '#c62828' },
] as const;

/** A stacked bar per package: the remaining work, drawn as SVG so the file needs nothing from the network. */
function chart(report: MigrationReport): string {
  const rowHeight = 28;
  const labelWidth = 260;
  const barWidth = 480;
  const shown = rowsOf(report);
  const max = Math.max(1, ...shown.map((p) => p.findings));
  const height = shown.length * rowHeight + 40;
  const bars = shown.map((p, row) => {
    const y = row * rowHeight + 10;
    let x = labelWidth;
    const segments = SERIES.map(({ key, color, label }) => {
      const width = (p[key] / max) * barWidth;
      const rect = `<rect class="bar" data-package="${escape(rowKey(p))}" data-series="${key}" x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="18" fill="${color}"><title>${escape(p.name)}, ${label.toLowerCase()}: ${p[key]}</title></rect>`;
      x += width;
      return rect;
    }).join('');
    return `<text x="${labelWidth - 8}" y="${y + 13}" text-anchor="end">${escape(p.name)}</text>${segments}<text x="${(x + 6).toFixed(1)}" y="${y + 13}">${p.findings}</text>`;
  });
  const legendY = shown.length * rowHeight + 28;
  const legend = SERIES.map(
    ({ label, color }, i) =>
      `<rect x="${labelWidth + i * 110}" y="${legendY - 10}" width="12" height="12" fill="${color}"/><text x="${labelWidth + i * 110 + 18}" y="${legendY}">${label}</text>`,
  ).join('');
  return `<svg id="remaining-work" role="img" aria-label="Remaining work per ${report.groupBy}" width="${labelWidth + barWidth + 60}" height="${height}" xmlns="http://www.w3.org/2000/svg">${bars.join('')}${legend}</svg>`;
}

/** The open findings per banned module, as the markdown report lists them. */
function byModuleTable(report: MigrationReport): string {
  const modules = openByModule(report);
  if (modules.length === 0) return '';
  const rows = modules.map(
    ([m, n]) => `<tr class="module" data-module="${escape(m)}"><td><code>${escape(m)}</code></td><td>${n}</td></tr>`,
  );
  return `<h2>By banned module</h2>
<table id="by-module">
<tr><th>Module</th><th>Open</th></tr>
${rows.join('\n')}
</table>`;
}

/** One self-contained page: totals, a chart of remaining work per package, and the table. */
export function formatHtml(
  report: MigrationReport,
  changes?: readonly PackageChange[],
  history: readonly HistoryPoint[] = [],
): string {
  const t = report.totals;
  const since = sinceBaselineText(report);
  const [header, ...rows] = tableRows(report, changes);
  const table = [
    `<tr>${header!.map((h) => `<th>${escape(h)}</th>`).join('')}</tr>`,
    ...rows.map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`),
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Migration to the standardized clients</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #222; }
  .totals { display: flex; gap: 24px; margin: 16px 0; }
  .totals div { border: 1px solid #ddd; border-radius: 6px; padding: 8px 16px; }
  .totals strong { display: block; font-size: 22px; }
  .totals small { display: block; color: #555; }
  table.work-list td, table.work-list th { text-align: left; }
  table { border-collapse: collapse; margin-top: 16px; }
  th, td { border: 1px solid #ddd; padding: 4px 10px; text-align: right; }
  th:first-child, td:first-child { text-align: left; }
  svg text { font-size: 12px; }
</style>
</head>
<body>
<h1>Migration to the standardized clients</h1>
<div class="totals" id="totals" data-findings="${t.findings}" data-fixable="${t.fixable}" data-fixable-proven="${t.fixableProven}" data-fixable-unproven="${t.fixableUnproven}" data-suggestion-only="${t.suggestionOnly}" data-manual="${t.manual}" data-suppressed="${t.suppressed}" data-packages="${t.packages}"${report.sinceBaseline ? ` data-since-baseline="${report.sinceBaseline.findings.change}"` : ''}>
  <div><strong>${t.findings}</strong>open finding${t.findings === 1 ? '' : 's'}${since ? `<small id="since-baseline">${since}</small>` : ''}</div>
  <div><strong>${t.fixableProven}</strong>${nounFor(t.fixableProven, 'proven fix', 'proven fixes')}</div>
  <div><strong>${t.fixableUnproven}</strong>${nounFor(t.fixableUnproven, 'unproven fix', 'unproven fixes')}</div>
  <div><strong>${t.suggestionOnly}</strong>with a suggestion</div>
  <div><strong>${t.manual}</strong>manual</div>
  <div><strong>${t.suppressed}</strong>suppressed</div>
  <div><strong>${t.packages}</strong>${t.packages === 1 ? 'package' : 'packages'}</div>
</div>
<h2>Remaining work per ${report.groupBy}</h2>
${chart(report)}
<table>
${table}
</table>
<p id="fix-legend">${escape(FIX_LEGEND)}</p>
${byModuleTable(report)}
${workListHtml(report)}
${burnDownSection(history)}
</body>
</html>
`;
}
