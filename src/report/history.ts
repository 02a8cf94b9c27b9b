// The burn-down: one JSON line per report run (or per CI shard of a run), read back as one point per run.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { ReportInputError } from './collect.js';
import { COUNT_KEYS, type Counts, emptyCounts, type MigrationReport } from './summarize.js';

/** The split of fixes by proof, which lines written by earlier releases lack. */
const FIX_PROOF_KEYS = ['fixableProven', 'fixableUnproven'] as const;
type FixProofKey = (typeof FIX_PROOF_KEYS)[number];
/** The counts every line has, since the first release. */
const LINE_KEYS = ['findings', 'fixable', 'suggestionOnly', 'manual', 'suppressed'] as const satisfies readonly Exclude<
  keyof Counts,
  FixProofKey
>[];

/** The counts of a history line or point: without the split of fixes when a line of it was written before it. */
export type HistoryCounts = Omit<Counts, FixProofKey> & Partial<Pick<Counts, FixProofKey>>;

export interface PackageCounts extends HistoryCounts {
  readonly name: string;
}

/** One line of the history file. */
export interface Snapshot {
  readonly version: 1;
  /** The run this line belongs to: the lines of one run (its CI shards) merge into one point. */
  readonly run: string;
  /** What the line covers (its --results files, or the linted paths): a rerun of the same scope replaces it. */
  readonly scope: string;
  /** ISO 8601. */
  readonly date: string;
  readonly totals: HistoryCounts;
  /** By package folder (as in the report). */
  readonly packages: Record<string, PackageCounts>;
}

/** One point of the burn-down: every line of one run, merged. */
export interface HistoryPoint {
  readonly run: string;
  /** The earliest date of the run's lines. */
  readonly date: string;
  readonly totals: HistoryCounts;
  readonly packages: Record<string, PackageCounts>;
}

/** CI variables that name one pipeline run, shared by its parallel jobs (GitHub, GitLab, Buildkite, CircleCI). */
const RUN_VARIABLES = ['GITHUB_RUN_ID', 'CI_PIPELINE_ID', 'BUILDKITE_BUILD_ID', 'CIRCLE_WORKFLOW_ID'];
export const DATE_VARIABLE = 'STANDARD_CLIENTS_REPORT_DATE';

/** `--date`, else STANDARD_CLIENTS_REPORT_DATE, else now: tests and replays pin the clock. */
function snapshotDate(given: string | undefined, env: NodeJS.ProcessEnv, now: () => Date): string {
  const text = given ?? (env[DATE_VARIABLE] || undefined);
  if (text === undefined) return now().toISOString();
  const source = given === undefined ? DATE_VARIABLE : '--date';
  if (!/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))?$/.test(text) || Number.isNaN(Date.parse(text)))
    throw new ReportInputError(
      `${source} ${text} is not a date; expected ISO 8601 such as 2026-11-26 or 2026-11-26T09:30:00Z`,
    );
  return new Date(text).toISOString();
}

/** `--run-id`, else the CI's run variable, else the date (a local run is a run of its own). */
function runId(given: string | undefined, env: NodeJS.ProcessEnv, date: string): string {
  if (given !== undefined) {
    if (given.trim() === '') throw new ReportInputError('--run-id needs a non-empty id');
    return given;
  }
  for (const variable of RUN_VARIABLES) if (env[variable]) return `${variable}=${env[variable]}`;
  return date;
}

/** The date and run of the line `--history` appends, from the options, the environment and the clock. */
export function datedRun(
  givenDate: string | undefined,
  givenRun: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  now = () => new Date(),
): { date: string; run: string } {
  const date = snapshotDate(givenDate, env, now);
  return { date, run: runId(givenRun, env, date) };
}

export function snapshotOf(report: MigrationReport, run: string, scope: string, date: string): Snapshot {
  const totals = countsOf(report.totals);
  const packages = Object.fromEntries(report.packages.map((p) => [p.path, { name: p.name, ...countsOf(p) }]));
  return { version: 1, run, scope, date, totals, packages };
}

export function appendSnapshot(file: string, snapshot: Snapshot): void {
  try {
    // A file whose last line lacks its newline (edited by hand) still gets the snapshot on a line of its own.
    const separator = !existsSync(file) || /(?:^|\n)$/.test(readFileSync(file, 'utf8')) ? '' : '\n';
    appendFileSync(file, `${separator}${JSON.stringify(snapshot)}\n`);
  } catch (error) {
    throw new ReportInputError(`cannot append to the history ${file}: ${(error as Error).message}`);
  }
}

/** The lines of a history file, each checked; an error names the file and line. */
export function readSnapshots(file: string): Snapshot[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ReportInputError(`cannot read the history ${file}: ${(error as Error).message}`);
  }
  return text
    .split(/\r?\n/)
    .flatMap((line, index) => (line.trim() === '' ? [] : [parseSnapshot(line, `${file}:${index + 1}`)]));
}

export const readHistory = (file: string) => burnDown(readSnapshots(file));

/**
 * One point per run, oldest first. The lines of one run merge by summing each package's counts: shards lint
 * disjoint files, so a package split across shards adds up. A later line for the same run and scope (a
 * retried CI job) replaces the earlier one.
 */
export function burnDown(snapshots: readonly Snapshot[]): HistoryPoint[] {
  const runs = new Map<string, Map<string, Snapshot>>();
  for (const snapshot of snapshots) {
    let scopes = runs.get(snapshot.run);
    if (!scopes) runs.set(snapshot.run, (scopes = new Map()));
    scopes.set(snapshot.scope, snapshot);
  }
  const points = [...runs].map(([run, scopes]) => mergeRun(run, [...scopes.values()]));
  // Stable: runs with the same date keep the order of the file.
  return points.sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
}

function mergeRun(run: string, lines: readonly Snapshot[]): HistoryPoint {
  const totals: HistoryCounts = emptyCounts();
  const packages: Record<string, PackageCounts> = {};
  for (const line of lines) {
    addCounts(totals, line.totals);
    for (const [folder, counts] of Object.entries(line.packages)) {
      const merged = (packages[folder] ??= { name: counts.name, ...emptyCounts() });
      addCounts(merged, counts);
    }
  }
  const date = lines.map((l) => l.date).reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
  return { run, date, totals, packages };
}

function parseSnapshot(line: string, where: string): Snapshot {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new ReportInputError(`${where}: not a JSON line (${(error as Error).message})`);
  }
  const problem = snapshotProblem(value);
  if (problem)
    throw new ReportInputError(
      `${where}: ${problem}; expected a snapshot { version: 1, run, scope, date, totals, packages } written by --history`,
    );
  return value as Snapshot;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with a parsed line, naming the key, or undefined when it is a snapshot. */
function snapshotProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'not an object';
  if (value.version !== 1) return `version is ${JSON.stringify(value.version)}, not 1`;
  for (const key of ['run', 'scope', 'date'] as const)
    if (typeof value[key] !== 'string') return `${key} is not a string`;
  if (Number.isNaN(Date.parse(value.date as string))) return `date ${JSON.stringify(value.date)} is not a date`;
  const countsProblem = (counts: unknown, at: string) => {
    if (!isObject(counts)) return `${at} is not an object`;
    const isCount = (key: string) => Number.isInteger(counts[key]) && (counts[key] as number) >= 0;
    const bad = LINE_KEYS.find((key) => !isCount(key)) ?? FIX_PROOF_KEYS.find((key) => key in counts && !isCount(key));
    return bad && `${at}.${bad} is not a count`;
  };
  const totals = countsProblem(value.totals, 'totals');
  if (totals) return totals;
  if (!isObject(value.packages)) return 'packages is not an object';
  for (const [folder, counts] of Object.entries(value.packages)) {
    const at = `packages[${JSON.stringify(folder)}]`;
    const problem = countsProblem(counts, at);
    if (problem) return problem;
    if (typeof (counts as { name?: unknown }).name !== 'string') return `${at}.name is not a string`;
  }
  return undefined;
}

function countsOf(from: Counts): Counts {
  const counts = emptyCounts();
  for (const key of COUNT_KEYS) counts[key] = from[key];
  return counts;
}

function addCounts(into: HistoryCounts, from: HistoryCounts): void {
  for (const key of LINE_KEYS) into[key] += from[key];
  for (const key of FIX_PROOF_KEYS) {
    const [sum, added] = [into[key], from[key]];
    // One line without the split (an earlier release wrote it) leaves the run's split unknown.
    if (sum === undefined || added === undefined) delete into[key];
    else into[key] = sum + added;
  }
}

/** `2026-11-26`, or `2026-11-26 09:30` (UTC) when the snapshot was taken at a time of day. */
export function shortDate(iso: string): string {
  const [day, time = ''] = new Date(iso).toISOString().split('T');
  const clock = time.slice(0, 5);
  return clock === '00:00' ? day! : `${day} ${clock}`;
}
