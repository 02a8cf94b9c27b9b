import { workListMarkdown } from '../report/formats/work-list.js';
import type { MigrationReport } from '../report/summarize.js';
import type { CheckOutcome, MigrationSummary, PackageSummary } from './summary.js';

const code = (text: string) => `\`${text.replaceAll('`', "'")}\``;

function outcomeText(outcome: CheckOutcome | undefined): string {
  if (!outcome) return 'not run';
  if (outcome.ok) return '✅ passes';
  const failures = [
    outcome.typeErrors.length > 0 && `${outcome.typeErrors.length} type errors`,
    outcome.failedTests.length > 0 && `${outcome.failedTests.length} failed tests`,
  ].filter(Boolean);
  return `❌ fails${failures.length > 0 ? ` (${failures.join(', ')})` : ''}`;
}

const manifestCell = ({ manifest }: PackageSummary) => `+${manifest.added.length} / −${manifest.removed.length}`;

function packageRow(p: PackageSummary): string {
  const rolledBack = p.rolledBack.reduce((sum, file) => sum + file.loads.length, 0);
  const { before, after } = p.findings;
  return `| ${p.name} (${code(p.path)}) | ${p.loadsMigrated} | ${p.mocksMoved} | ${manifestCell(p)} | ${rolledBack} | ${p.left.files.reduce((sum, f) => sum + f.items.length, 0)} | ${before.findings} → ${after.findings} |`;
}

function checkLines(summary: MigrationSummary): string[] {
  if (summary.checks.length === 0)
    return ['', '### Checks', '', 'The project has no type-check or test command to run.'];
  const lines = ['', '### Checks', '', '| Check | Before | After |', '| --- | --- | --- |'];
  for (const check of summary.checks)
    lines.push(`| ${check.kind} ${code(check.command)} | ${outcomeText(check.before)} | ${outcomeText(check.after)} |`);
  for (const check of summary.checks) {
    const after = check.after;
    if (!after || after.ok) continue;
    const details = [...after.typeErrors, ...after.failedTests];
    lines.push('', `${check.kind} ${code(check.command)} after the migration:`, '');
    if (details.length > 0) lines.push(...details.map((d) => `- ${code(d)}`));
    else if (after.output) lines.push('```text', after.output, '```');
  }
  return lines;
}

function rolledBackLines(packages: readonly PackageSummary[]): string[] {
  const files = packages.flatMap((p) => p.rolledBack);
  if (files.length === 0) return [];
  const lines = ['', '### Rolled back', ''];
  for (const file of files) {
    const loads = file.loads.map((l) => `${code(l.module)} at ${l.line}:${l.column}`).join(', ') || 'no load';
    lines.push(`- ${code(file.file)} (${file.cause === 'typecheck' ? 'type error' : 'failing tests'}): ${loads}`);
    lines.push(...file.errors.map((error) => `  - ${code(error)}`));
  }
  return lines;
}

function manifestLines(packages: readonly PackageSummary[]): string[] {
  const changed = packages.filter(
    ({ manifest }) => manifest.added.length + manifest.removed.length + manifest.namedElsewhere.length > 0,
  );
  if (changed.length === 0) return [];
  const lines = ['', '### Manifests', ''];
  for (const { path, manifest } of changed) {
    const edits = [...manifest.added.map((e) => `+ ${code(e)}`), ...manifest.removed.map((e) => `− ${code(e)}`)];
    lines.push(`- ${code(`${path}/package.json`)}: ${edits.join(', ') || 'unchanged'}`);
    for (const { name, places } of manifest.namedElsewhere)
      lines.push(`  - ${code(name)} stays: named where no lint rule looks, in ${places.map(code).join(', ')}`);
  }
  return lines;
}

/** The Markdown for a pull request: per package what moved, the checks before and after, and what is left. */
export function formatSummaryMarkdown(summary: MigrationSummary, after: MigrationReport): string {
  const { totals } = summary;
  const lines = [
    `## standard-clients-migrate${summary.dryRun ? ' (dry run: nothing was written)' : ''}`,
    '',
    `${totals.loadsMigrated} loads migrated, ${totals.mocksMoved} mocks moved, manifest lines +${totals.manifestLinesAdded} / −${totals.manifestLinesRemoved}, ${totals.loadsRolledBack} loads rolled back, ${totals.leftForAPerson} findings left for a person.`,
    '',
    '| Package | Loads migrated | Mocks moved | Manifest lines | Loads rolled back | Left for a person | Findings before → after |',
    '| --- | ---: | ---: | --- | ---: | ---: | --- |',
    ...summary.packages.map(packageRow),
    ...checkLines(summary),
    ...rolledBackLines(summary.packages),
    ...manifestLines(summary.packages),
  ];
  if (summary.notes.length > 0) lines.push('', '### Notes', '', ...summary.notes.map((note) => `- ${note}`));
  lines.push(...workListMarkdown(after));
  return `${lines.join('\n')}\n`;
}
