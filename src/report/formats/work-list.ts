import { PLUGIN_NAMESPACE } from '../../package-meta.js';
import type { GroupReport, MigrationReport, PackageReport } from '../summarize.js';
import type { WorkItem, WorkList } from '../work-list.js';
import { escapeHtml as escape } from './escape-html.js';
import { plural, rowLabel, withWork } from './shared.js';

export const WORK_LIST_TITLE = 'Work list';
export const WORK_LIST_INTRO =
  'Findings `--fix` cannot take (a suggestion to apply, or manual work), the files with most findings first.';
export const WORK_HEADERS = ['File', 'Line', 'Rule', 'Module', 'Kind', 'Reason'];

const shortRule = (rule: string) => rule.replace(`${PLUGIN_NAMESPACE}/`, '');

/** The cells of one work item after its file: line:column, rule, module, kind, reason key (— when none). */
const itemCells = (item: WorkItem) => [
  `${item.line}:${item.column}`,
  shortRule(item.rule),
  item.module,
  item.kind,
  item.reason ?? '—',
];

/** "@maily/billing (services/billing): 2 findings in 1 file". */
export function workHeading(row: GroupReport | PackageReport): string {
  const { files, omittedFiles } = row.workList;
  return `${rowLabel(row)}: ${plural(row.suggestionOnly + row.manual, 'finding')} in ${plural(files.length + omittedFiles, 'file')}`;
}

const omittedText = ({ omittedFiles, omittedFindings }: WorkList) =>
  omittedFiles > 0
    ? `… and ${plural(omittedFiles, 'more file')} (${plural(omittedFindings, 'finding')}), left out by --limit`
    : undefined;

const NOTHING = 'Nothing is left for a person: `--fix` takes every open finding.';

/** The work list under the terminal table: per row, each file, then its findings in aligned columns. */
export function workListTable(report: MigrationReport): string[] {
  const rows = withWork(report);
  const lines = ['', WORK_LIST_TITLE, WORK_LIST_INTRO.replaceAll('`', '')];
  if (rows.length === 0) return [...lines, NOTHING.replaceAll('`', '')];
  for (const row of rows) {
    lines.push('', workHeading(row));
    const cells = row.workList.files.flatMap((f) => f.items.map(itemCells));
    const widths = WORK_HEADERS.slice(1).map((_, column) => Math.max(...cells.map((c) => c[column]!.length)));
    for (const file of row.workList.files) {
      lines.push(`  ${file.file}`);
      for (const item of file.items)
        lines.push(
          `    ${itemCells(item)
            .map((cell, column) => cell.padEnd(widths[column]!))
            .join('  ')
            .trimEnd()}`,
        );
    }
    const omitted = omittedText(row.workList);
    if (omitted) lines.push(`  ${omitted}`);
  }
  return lines;
}

export function workListMarkdown(report: MigrationReport): string[] {
  const rows = withWork(report);
  const lines = ['', `### ${WORK_LIST_TITLE}`, '', WORK_LIST_INTRO];
  if (rows.length === 0) return [...lines, '', NOTHING];
  for (const row of rows) {
    lines.push(
      '',
      `#### ${workHeading(row)}`,
      '',
      `| ${WORK_HEADERS.join(' | ')} |`,
      '| --- | ---: | --- | --- | --- | --- |',
    );
    for (const file of row.workList.files) {
      for (const item of file.items) {
        const [line, rule, module, kind, reason] = itemCells(item);
        lines.push(
          `| \`${file.file}\` | ${line} | ${rule} | \`${module}\` | ${kind} | ${item.reason ? `\`${reason}\`` : reason} |`,
        );
      }
    }
    const omitted = omittedText(row.workList);
    if (omitted) lines.push('', `_${omitted}._`);
  }
  return lines;
}

export function workListHtml(report: MigrationReport): string {
  const rows = withWork(report);
  const intro = escape(WORK_LIST_INTRO).replace(/`([^`]+)`/g, '<code>$1</code>');
  const sections = rows.map((row) => {
    const items = row.workList.files.flatMap((file) =>
      file.items.map(
        (item) =>
          `<tr class="work-item" data-file="${escape(file.file)}" data-rule="${escape(item.rule)}" data-reason="${escape(item.reason ?? '')}"><td>${escape(file.file)}</td>${itemCells(
            item,
          )
            .map((cell) => `<td>${escape(cell)}</td>`)
            .join('')}</tr>`,
      ),
    );
    const omitted = omittedText(row.workList);
    return `<h3>${escape(workHeading(row))}</h3>
<table class="work-list">
<tr>${WORK_HEADERS.map((h) => `<th>${h}</th>`).join('')}</tr>
${items.join('\n')}
</table>${omitted ? `\n<p>${escape(omitted)}.</p>` : ''}`;
  });
  return `<h2>${WORK_LIST_TITLE}</h2>
<p>${intro}</p>
${sections.length > 0 ? sections.join('\n') : `<p>${escape(NOTHING.replaceAll('`', ''))}</p>`}`;
}
