import type { PackageChange } from '../baseline.js';
import type { HistoryPoint } from '../history.js';
import type { MigrationReport } from '../summarize.js';
import { tableRows } from './table.js';
import { trendMarkdown } from './trend.js';

const cells = (row: readonly string[]) => `| ${row.join(' | ')} |`;

/** A report for a pull-request comment: stable for the same findings. */
export function formatMarkdown(
  report: MigrationReport,
  changes?: readonly PackageChange[],
  history: readonly HistoryPoint[] = [],
): string {
  const [header, ...rows] = tableRows(report, changes);
  const t = report.totals;
  const lines = [
    '## Migration to the standardized clients',
    '',
    `${t.findings} open findings in ${t.packages} packages: ${t.fixable} auto-fixable, ${t.suggestionOnly} with a suggestion, ${t.manual} manual; ${t.suppressed} suppressed.`,
    '',
    cells(header!),
    cells(header!.map((_, i) => (i === 0 ? '---' : '---:'))),
    ...rows.map(cells),
  ];
  const modules = new Map<string, number>();
  for (const p of report.packages)
    for (const [m, n] of Object.entries(p.byModule)) modules.set(m, (modules.get(m) ?? 0) + n);
  if (modules.size > 0) {
    lines.push('', '### By banned module', '', '| Module | Open |', '| --- | ---: |');
    for (const [m, n] of [...modules].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
      lines.push(`| \`${m}\` | ${n} |`);
  }
  const withDependencies = report.packages.filter((p) => p.bannedDependencies.length > 0);
  if (withDependencies.length > 0) {
    lines.push('', '### package.json', '');
    for (const p of withDependencies)
      lines.push(`- ${p.name}: ${p.bannedDependencies.map((d) => `\`${d}\``).join(', ')} still declared`);
  }
  if (changes && changes.length > 0) {
    lines.push('', '### Since the baseline', '');
    for (const c of changes)
      lines.push(`- ${c.name}: ${c.before} → ${c.after} (${c.after > c.before ? 'worse' : 'better'})`);
  }
  if (history.length > 0) lines.push('', ...trendMarkdown(history));
  return `${lines.join('\n')}\n`;
}
