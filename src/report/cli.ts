#!/usr/bin/env node
// standard-clients-report: how far each workspace package is in the migration to the standardized clients.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareWithBaseline, increases, type PackageChange, sinceBaseline } from './baseline.js';
import { lintWithProjectConfig, type Progress, readResultFiles, ReportInputError } from './collect.js';
import { formatHtml } from './formats/html.js';
import { formatMarkdown } from './formats/markdown.js';
import { formatTable } from './formats/table.js';
import {
  appendSnapshot,
  burnDown,
  DATE_VARIABLE,
  datedRun,
  type HistoryPoint,
  readHistory,
  readSnapshots,
  snapshotOf,
} from './history.js';
import { DEFAULT_DEPTH, groupingFor } from './grouping.js';
import { type MigrationReport, readSuppressions, summarize } from './summarize.js';
import { parseLimit } from './work-list.js';

const USAGE = `Usage: standard-clients-report [paths...] [options]

Lints the paths (default: .) with the project's own ESLint configuration and reports, per workspace
package, the findings of eslint-plugin-standard-clients: auto-fixable, suggestion-only, manual, suppressed.

Options:
  --results <file>      read ESLint JSON results instead of linting (repeat to merge CI shards)
  --format <name>       table (default), json, markdown or html
  --output <file>       write the report to a file instead of standard output
  --group-by <name>     package (default), owner (from CODEOWNERS) or directory: the rows and work lists
  --codeowners <file>   the CODEOWNERS file for --group-by owner (default: .github/, root, docs/, .gitlab/)
  --depth <n>           leading folders that make a directory for --group-by directory (default: ${DEFAULT_DEPTH})
  --limit <n>           at most n files in each work list (default: all)
  --baseline <file>     compare with a report saved earlier with --format json
  --fail-on-increase    exit 1 when any package has more findings than in the baseline
  --history <file>      append this run's totals to a JSON-lines burn-down file and show the trend
                        (table: one line; markdown: a table of the latest runs; html: a chart)
  --show-history <file> show the trend of a burn-down file without appending to it
  --run-id <id>         the run a --history line belongs to; the lines of one run (CI shards) merge into one
                        point (default: GITHUB_RUN_ID, CI_PIPELINE_ID, BUILDKITE_BUILD_ID, CIRCLE_WORKFLOW_ID,
                        else the date)
  --date <date>         the date of the --history line, ISO 8601 (default: ${DATE_VARIABLE}, else now)
  --config <file>       use this ESLint config file instead of looking up eslint.config.js
  --cwd <dir>           the project root (default: the current folder)
  -h, --help            show this help
`;

const FORMATS = {
  table: formatTable,
  json: (r: MigrationReport) => `${JSON.stringify(r, null, 2)}\n`,
  markdown: formatMarkdown,
  html: formatHtml,
};

function progressBar(): Progress {
  if (!process.stderr.isTTY) return { visible: false, update() {}, end() {} };
  return {
    visible: true,
    update(done, total) {
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files`);
    },
    end: () => process.stderr.write('\n'),
  };
}

export async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      results: { type: 'string', multiple: true },
      format: { type: 'string', default: 'table' },
      output: { type: 'string' },
      'group-by': { type: 'string' },
      codeowners: { type: 'string' },
      depth: { type: 'string' },
      limit: { type: 'string' },
      baseline: { type: 'string' },
      'fail-on-increase': { type: 'boolean', default: false },
      history: { type: 'string' },
      'show-history': { type: 'string' },
      'run-id': { type: 'string' },
      date: { type: 'string' },
      cwd: { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const format = FORMATS[values.format as keyof typeof FORMATS];
  if (!format) throw new ReportInputError(`unknown --format ${values.format}; expected table, json, markdown or html`);
  if (values['fail-on-increase'] && !values.baseline)
    throw new ReportInputError('--fail-on-increase needs --baseline <file>');
  if (values.history && values['show-history'])
    throw new ReportInputError('give --history (append and show) or --show-history (show only), not both');
  if ((values['run-id'] !== undefined || values.date !== undefined) && !values.history)
    throw new ReportInputError('--run-id and --date describe the line --history <file> appends; add --history');
  if (values.results && positionals.length > 0)
    throw new ReportInputError('give either paths to lint or --results files, not both');

  // Checked before linting: a broken history file or a mistyped date fails fast and is never appended to.
  const recording = values.history && {
    file: values.history,
    earlier: existsSync(values.history) ? readSnapshots(values.history) : [],
    scope: (values.results ?? (positionals.length > 0 ? positionals : ['.'])).join(' '),
    ...datedRun(values.date, values['run-id']),
  };

  const root = path.resolve(values.cwd ?? '.');
  // Checked before linting, so that a mistyped option fails fast.
  const summaryOptions = {
    grouping: groupingFor(root, { groupBy: values['group-by'], depth: values.depth, codeowners: values.codeowners }),
    limit: parseLimit(values.limit),
  };
  const results = values.results
    ? readResultFiles(values.results)
    : await lintWithProjectConfig(root, positionals.length > 0 ? positionals : ['.'], progressBar(), values.config);
  let report = summarize(results, root, readSuppressions(root), summaryOptions);

  let changes: PackageChange[] | undefined;
  if (values.baseline) {
    let baseline: MigrationReport;
    try {
      baseline = JSON.parse(readFileSync(values.baseline, 'utf8')) as MigrationReport;
    } catch (error) {
      throw new ReportInputError(`cannot read the baseline ${values.baseline}: ${(error as Error).message}`);
    }
    if (baseline.version !== 1 || !Array.isArray(baseline.packages)) {
      throw new ReportInputError(`${values.baseline} is not a report written with --format json`);
    }
    changes = compareWithBaseline(report, baseline);
    report = { ...report, sinceBaseline: sinceBaseline(report, baseline) };
  }

  let history: HistoryPoint[] = [];
  if (recording) {
    const { file, earlier, run, scope, date } = recording;
    const snapshot = snapshotOf(report, run, scope, date);
    appendSnapshot(file, snapshot);
    history = burnDown([...earlier, snapshot]);
  } else if (values['show-history']) {
    history = readHistory(values['show-history']);
  }

  const text = format(report, changes, history);
  if (values.output) writeFileSync(values.output, text);
  else process.stdout.write(text);

  const worse = changes ? increases(changes) : [];
  if (values['fail-on-increase'] && worse.length > 0) {
    process.stderr.write(
      `standard-clients-report: findings increased in ${worse.map((c) => `${c.name} (${c.before} → ${c.after})`).join(', ')}\n`,
    );
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof ReportInputError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`standard-clients-report: ${known ? (error as Error).message : (error as Error).stack}\n`);
    process.exitCode = 2;
  },
);
