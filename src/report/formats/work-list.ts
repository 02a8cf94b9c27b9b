import { PLUGIN_NAMESPACE } from '../../package-meta.js';
import type { GroupReport, MigrationReport, PackageReport } from '../summarize.js';
import type { ReasonWork, WorkFiles, WorkItem } from '../work-list.js';
import { escapeHtml as escape } from './escape-html.js';
import { alignColumns, plural, rowLabel, withWork } from './shared.js';

export const WORK_LIST_TITLE = 'Work list';
export const WORK_LIST_INTRO =
  'Findings `--fix` cannot take (a suggestion to apply, or manual work): by reason, to hand out, the reason with most findings first; then by file, the file with most findings first.';
export const WORK_HEADERS = ['File', 'Line', 'Rule', 'Module', 'Kind', 'Reason'];
export const REASON_HEADERS = ['Reason', 'Findings', 'Where'];

const NO_REASON = '—';

const shortRule = (rule: string) => rule.replace(`${PLUGIN_NAMESPACE}/`, '');

/** The cells of one work item after its file: line:column, rule, module, kind, reason key (— when none). */
const itemCells = (item: WorkItem): [line: string, rule: string, module: string, kind: string, reason: string] => [
  `${item.line}:${item.column}`,
  shortRule(item.rule),
  item.module,
  item.kind,
  item.reason ?? NO_REASON,
];

/** "@maily/billing (services/billing): 2 findings in 1 file". */
export function workHeading(row: GroupReport | PackageReport): string {
  const { files, omittedFiles } = row.workList;
  return `${rowLabel(row)}: ${plural(row.suggestionOnly + row.manual, 'finding')} in ${plural(files.length + omittedFiles, 'file')}`;
}

const omittedText = ({ omittedFiles, omittedFindings }: WorkFiles) =>
  omittedFiles > 0
    ? `… and ${plural(omittedFiles, 'more file')} (${plural(omittedFindings, 'finding')}), left out by --limit`
    : undefined;

/** Where the work under a reason is: each file with the line:column of its items, and what --limit left out. */
function whereText(work: ReasonWork, fileText: (file: string) => string): string {
  const files = work.files.map(
    (f) => `${fileText(f.file)} ${f.items.map((item) => `${item.line}:${item.column}`).join(', ')}`,
  );
  const omitted = omittedText(work);
  return [...files, ...(omitted ? [omitted] : [])].join('; ');
}

/** The cells of one reason: its key (— for findings without one), how many findings, and where. */
const reasonCells = (
  work: ReasonWork,
  fileText: (file: string) => string = (file) => file,
): [reason: string, findings: string, where: string] => [
  work.reason ?? NO_REASON,
  String(work.findings),
  whereText(work, fileText),
];

const NOTHING = 'Nothing is left for a person: `--fix` takes every open finding.';

/** The work list under the terminal table: per row, its reasons, then each file with its findings. */
export function workListTable(report: MigrationReport): string[] {
  const rows = withWork(report);
  const lines = ['', WORK_LIST_TITLE, WORK_LIST_INTRO.replaceAll('`', '')];
  if (rows.length === 0) return [...lines, NOTHING.replaceAll('`', '')];
  for (const row of rows) {
    // The count of a reason aligns right; an item's cells are all words.
    const reasons = alignColumns(
      row.workList.byReason.map((work) => reasonCells(work)),
      (column) => column === 1,
    );
    lines.push('', workHeading(row), '  By reason:', ...reasons.map((line) => `    ${line}`), '  By file:');
    const cells = alignColumns(
      row.workList.files.flatMap((f) => f.items.map(itemCells)),
      () => false,
    );
    let next = 0;
    for (const file of row.workList.files) {
      lines.push(`    ${file.file}`, ...cells.slice(next, (next += file.items.length)).map((line) => `      ${line}`));
    }
    const omitted = omittedText(row.workList);
    if (omitted) lines.push(`    ${omitted}`);
  }
  return lines;
}

const markdownCode = (text: string) => `\`${text}\``;

export function workListMarkdown(report: MigrationReport): string[] {
  const rows = withWork(report);
  const lines = ['', `### ${WORK_LIST_TITLE}`, '', WORK_LIST_INTRO];
  if (rows.length === 0) return [...lines, '', NOTHING];
  for (const row of rows) {
    lines.push('', `#### ${workHeading(row)}`, '', `| ${REASON_HEADERS.join(' | ')} |`, '| --- | ---: | --- |');
    for (const work of row.workList.byReason) {
      const [reason, findings, where] = reasonCells(work, markdownCode);
      lines.push(`| ${work.reason ? markdownCode(reason) : reason} | ${findings} | ${where} |`);
    }
    lines.push('', `| ${WORK_HEADERS.join(' | ')} |`, '| --- | ---: | --- | --- | --- | --- |');
    for (const file of row.workList.files) {
      for (const item of file.items) {
        const [line, rule, module, kind, reason] = itemCells(item);
        lines.push(
          `| ${markdownCode(file.file)} | ${line} | ${rule} | ${markdownCode(module)} | ${kind} | ${item.reason ? markdownCode(reason) : reason} |`,
        );
      }
    }
    const omitted = omittedText(row.workList);
    if (omitted) lines.push('', `_${omitted}._`);
  }
  return lines;
}

const htmlRow = (cells: readonly string[]) => cells.map((cell) => `<td>${escape(cell)}</td>`).join('');

/** A row's reasons as a table, each row carrying its reason and count for tools that read the page. */
function reasonTableHtml(row: GroupReport | PackageReport): string {
  const reasons = row.workList.byReason.map(
    (work) =>
      `<tr class="work-reason" data-reason="${escape(work.reason ?? '')}" data-findings="${work.findings}">${htmlRow(reasonCells(work))}</tr>`,
  );
  return `<table class="work-reasons">
<tr>${REASON_HEADERS.map((h) => `<th>${h}</th>`).join('')}</tr>
${reasons.join('\n')}
</table>`;
}

export function workListHtml(report: MigrationReport): string {
  const rows = withWork(report);
  const intro = escape(WORK_LIST_INTRO).replace(/`([^`]+)`/g, '<code>$1</code>');
  const sections = rows.map((row) => {
    const items = row.workList.files.flatMap((file) =>
      file.items.map(
        (item) =>
          `<tr class="work-item" data-file="${escape(file.file)}" data-rule="${escape(item.rule)}" data-reason="${escape(item.reason ?? '')}"><td>${escape(file.file)}</td>${htmlRow(itemCells(item))}</tr>`,
      ),
    );
    const omitted = omittedText(row.workList);
    return `<h3>${escape(workHeading(row))}</h3>
${reasonTableHtml(row)}
<table class="work-list">
<tr>${WORK_HEADERS.map((h) => `<th>${h}</th>`).join('')}</tr>
${items.join('\n')}
</table>${omitted ? `\n<p>${escape(omitted)}.</p>` : ''}`;
  });
  return `<h2>${WORK_LIST_TITLE}</h2>
<p>${intro}</p>
${sections.length > 0 ? sections.join('\n') : `<p>${escape(NOTHING.replaceAll('`', ''))}</p>`}`;
}
