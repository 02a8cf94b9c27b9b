#!/usr/bin/env node
// standard-clients-migrate: migrates a project (or its packages one by one) to the standardized clients, verified by
// the project's own type-check and tests.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ReportInputError } from '../report/collect.js';
import { migrate, MigrationRefused } from './migrate.js';
import { migrationProgress } from './progress.js';
import { exitCodeOf } from './summary.js';
import { formatSummaryMarkdown } from './summary-markdown.js';

const USAGE = `Usage: standard-clients-migrate [paths...] [options]

Applies every fix of eslint-plugin-standard-clients to the paths (default: .) with the project's own ESLint
configuration, moves the mocks with their loads, removes banned clients no file loads any more from the
manifests, installs, formats with the project's formatter, and verifies with the project's type-check and tests
before and after, rolling back what breaks them.

Options:
  --package <name>      migrate this workspace package on its own, verified with its tests and the type-check of
                        it and its dependents (repeat for several, one after the other)
  --typecheck <cmd>     the type-check (default: the package's typecheck script, else tsc --noEmit -p on the
                        nearest tsconfig.json)
  --test <cmd>          the tests (default: the package's test script, else the root's)
  --dry-run             write nothing: print the unified diff and the plan
  --allow-dirty         go on although files the migration may touch have uncommitted changes
  --no-install          do not run the package manager after manifests change (the lockfile stays stale)
  --no-format           do not run the project's formatter (Prettier or Biome) on the changed files
  --keep-failing        keep the changes of a package whose tests fail after the migration
  --baseline-failures   go on when a check fails before the migration, as long as its failures do not grow
  --summary <file>      write the Markdown summary for a pull request
  --json <file>         write the same summary as JSON
  --config <file>       use this ESLint config file instead of looking up eslint.config.js
  --cwd <dir>           the project root (default: the current folder)
  -h, --help            show this help

Exit codes: 0 everything migrated and verified; 1 something was rolled back or is left for a person, or a check
that passed before fails after; 2 nothing was done (bad input, uncommitted changes, a check failing before).
`;

export async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    allowNegative: true,
    options: {
      package: { type: 'string', multiple: true, default: [] },
      typecheck: { type: 'string' },
      test: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'allow-dirty': { type: 'boolean', default: false },
      install: { type: 'boolean', default: true },
      format: { type: 'boolean', default: true },
      'keep-failing': { type: 'boolean', default: false },
      'baseline-failures': { type: 'boolean', default: false },
      summary: { type: 'string' },
      json: { type: 'string' },
      config: { type: 'string' },
      cwd: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.package.length > 0 && positionals.length > 0)
    throw new MigrationRefused('give paths or --package names, not both');
  const { summary, after, diff } = await migrate({
    root: path.resolve(values.cwd ?? '.'),
    paths: positionals,
    packages: values.package,
    configFile: values.config,
    dryRun: values['dry-run'],
    allowDirty: values['allow-dirty'],
    install: values.install,
    format: values.format,
    typecheck: values.typecheck,
    test: values.test,
    keepFailing: values['keep-failing'],
    baselineFailures: values['baseline-failures'],
    progress: migrationProgress(),
  });
  const markdown = formatSummaryMarkdown(summary, after);
  if (values.summary) writeFileSync(values.summary, markdown);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(summary.dryRun ? `${diff}\n${markdown}` : markdown);
  return exitCodeOf(summary);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known =
      error instanceof MigrationRefused ||
      error instanceof ReportInputError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`standard-clients-migrate: ${known ? (error as Error).message : (error as Error).stack}\n`);
    process.exitCode = 2;
  },
);
