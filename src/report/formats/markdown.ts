import type { PackageChange } from '../baseline.js';
import type { HistoryPoint } from '../history.js';
import type { MigrationReport } from '../summarize.js';
import { FIX_LEGEND, openByModule, plural, sinceBaselineText } from './shared.js';
import { tableRows } from './table.js';
import { trendMarkdown } from './trend.js';
import { workListMarkdown } from './work-list.js';

const cells = (row: readonly string[]) => `| ${row.join(' | ')} |`;

/** A report for a pull-request comment: stable for the same findings. */
export function formatMarkdown(
  report: MigrationReport,
  changes?: readonly PackageChange[],
  history: readonly HistoryPoint[] = [],
): string {
  const [header, ...rows] = tableRows(report, changes);
  const t = report.totals;
  const since = sinceBaselineText(report);
  const lines = [
    '## Migration to the standardized clients',
    '',
    `${plural(t.findings, 'open finding')}${since ? ` (${since})` : ''} in ${plural(t.packages, 'package')}: \`--fix\` takes ${t.fixableProven} proven and ${t.fixableUnproven} unproven fixes; ${t.suggestionOnly} with a suggestion and ${t.manual} manual are left for a person; ${t.suppressed} suppressed.`,
    '',
    cells(header!),
    cells(header!.map((_, i) => (i === 0 ? '---' : '---:'))),
    ...rows.map(cells),
    '',
    `_${FIX_LEGEND}_`,
  ];
  const modules = openByModule(report);
  if (modules.length > 0) {
    lines.push('', '### By banned module', '', '| Module | Open |', '| --- | ---: |');
    for (const [m, n] of modules) lines.push(`| \`${m}\` | ${n} |`);
  }
  const withDependencies = report.packages.filter((p) => p.bannedDependencies.length > 0);
  if (withDependencies.length > 0) {
    lines.push('', '### package.json', '');
    for (const p of withDependencies)
      lines.push(`- ${p.name}: ${p.bannedDependencies.map((d) => `\`${d}\``).join(', ')} still declared`);
  }
  lines.push(...workListMarkdown(report));
  if (changes && changes.length > 0) {
    lines.push('', '### Since the baseline', '');
    for (const c of changes)
      lines.push(`- ${c.name}: ${c.before} → ${c.after} (${c.after > c.before ? 'worse' : 'better'})`);
  }
  if (history.length > 0) lines.push('', ...trendMarkdown(history));
  return `${lines.join('\n')}\n`;
}
