import type { PackageChange } from '../baseline.js';
import type { HistoryPoint } from '../history.js';
import type { MigrationReport } from '../summarize.js';
import { burnDownSection } from './burn-down-chart.js';
import { escapeHtml as escape } from './escape-html.js';
import { tableRows } from './table.js';

const SERIES = [
  { key: 'fixable', label: 'Auto-fixable', color: '#2e7d32' },
  { key: 'suggestionOnly', label: 'Suggestion', color: '#f9a825' },
  { key: 'manual', label: 'Manual', color: '#c62828' },
] as const;

/** A stacked bar per package: the remaining work, drawn as SVG so the file needs nothing from the network. */
function chart(report: MigrationReport): string {
  const rowHeight = 28;
  const labelWidth = 260;
  const barWidth = 480;
  const max = Math.max(1, ...report.packages.map((p) => p.findings));
  const height = report.packages.length * rowHeight + 40;
  const bars = report.packages.map((p, row) => {
    const y = row * rowHeight + 10;
    let x = labelWidth;
    const segments = SERIES.map(({ key, color, label }) => {
      const width = (p[key] / max) * barWidth;
      const rect = `<rect class="bar" data-package="${escape(p.path)}" data-series="${key}" x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="18" fill="${color}"><title>${escape(p.name)}: ${p[key]} ${label.toLowerCase()}</title></rect>`;
      x += width;
      return rect;
    }).join('');
    return `<text x="${labelWidth - 8}" y="${y + 13}" text-anchor="end">${escape(p.name)}</text>${segments}<text x="${(x + 6).toFixed(1)}" y="${y + 13}">${p.findings}</text>`;
  });
  const legendY = report.packages.length * rowHeight + 28;
  const legend = SERIES.map(
    ({ label, color }, i) =>
      `<rect x="${labelWidth + i * 140}" y="${legendY - 10}" width="12" height="12" fill="${color}"/><text x="${labelWidth + i * 140 + 18}" y="${legendY}">${label}</text>`,
  ).join('');
  return `<svg id="remaining-work" role="img" aria-label="Remaining work per package" width="${labelWidth + barWidth + 60}" height="${height}" xmlns="http://www.w3.org/2000/svg">${bars.join('')}${legend}</svg>`;
}

/** One self-contained page: totals, a chart of remaining work per package, and the table. */
export function formatHtml(
  report: MigrationReport,
  changes?: readonly PackageChange[],
  history: readonly HistoryPoint[] = [],
): string {
  const t = report.totals;
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
  table { border-collapse: collapse; margin-top: 16px; }
  th, td { border: 1px solid #ddd; padding: 4px 10px; text-align: right; }
  th:first-child, td:first-child { text-align: left; }
  svg text { font-size: 12px; }
</style>
</head>
<body>
<h1>Migration to the standardized clients</h1>
<div class="totals" id="totals" data-findings="${t.findings}" data-fixable="${t.fixable}" data-suggestion-only="${t.suggestionOnly}" data-manual="${t.manual}" data-suppressed="${t.suppressed}" data-packages="${t.packages}">
  <div><strong>${t.findings}</strong>open findings</div>
  <div><strong>${t.fixable}</strong>auto-fixable</div>
  <div><strong>${t.suggestionOnly}</strong>with a suggestion</div>
  <div><strong>${t.manual}</strong>manual</div>
  <div><strong>${t.suppressed}</strong>suppressed</div>
</div>
<h2>Remaining work per package</h2>
${chart(report)}
<table>
${table}
</table>
${burnDownSection(history)}
</body>
</html>
`;
}
