import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { copyExample, eslintBin, tscBin, vitestBin } from '../../scripts/example-workspace.js';

export { copyExample };

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runNode(script: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const eslint = (eslintPackage: string, args: readonly string[], cwd: string, env?: NodeJS.ProcessEnv) =>
  runNode(eslintBin(eslintPackage), args, cwd, env);

export const tsc = (cwd: string) => runNode(tscBin(), ['--noEmit', '-p', 'tsconfig.json'], cwd);

interface LintMessage {
  ruleId: string | null;
  messageId?: string;
  line: number;
  column: number;
  message: string;
  fix?: unknown;
  suggestions?: unknown[];
}
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
}

/** Reports per file (relative, POSIX) and rule: `{ 'services/x.ts': { 'standard-clients/no-axios': 2 } }`. */
export function countsByFileAndRule(results: readonly LintResult[], root: string) {
  const counts: Record<string, Record<string, number>> = {};
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const file = path.relative(root, result.filePath).split(path.sep).join('/');
    const byRule = (counts[file] ??= {});
    for (const message of result.messages)
      byRule[message.ruleId ?? 'fatal'] = (byRule[message.ruleId ?? 'fatal'] ?? 0) + 1;
  }
  return counts;
}

/** Every file below `dir`, relative and POSIX, with its text. */
export function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, absolute).split(path.sep).join('/')] = readFileSync(absolute, 'utf8');
  }
  return files;
}

/** The example's folders that `eslint --fix` rewrites; golden copies of them live in tests/e2e/golden/. */
const SOURCE_FOLDERS = ['apps', 'services'];

/** The files of the source folders below `root`, keyed by their path relative to `root`. */
export function readSources(root: string): Record<string, string> {
  return Object.fromEntries(
    SOURCE_FOLDERS.flatMap((folder) =>
      Object.entries(readTree(path.join(root, folder))).map(([file, text]) => [`${folder}/${file}`, text]),
    ),
  );
}

/** Replaces the golden source folders by those of `root` (run the e2e tests with UPDATE_GOLDEN=1). */
export function writeGoldenSources(root: string, goldenDir: string): void {
  for (const folder of SOURCE_FOLDERS) {
    rmSync(path.join(goldenDir, folder), { recursive: true, force: true });
    // What a package installs for itself (links into this checkout) is no source.
    cpSync(path.join(root, folder), path.join(goldenDir, folder), {
      recursive: true,
      filter: (source) => !source.split(path.sep).includes('node_modules'),
    });
  }
}

interface VitestJson {
  testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
}

/** Runs the workspace's vitest (not this one's: none of our VITEST* variables leak in); one line per test. */
export function runWorkspaceTests(root: string) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  const run = spawnSync(process.execPath, [vitestBin(), 'run', '--reporter=json', '--outputFile=vitest-results.json'], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 180_000,
  });
  const { testResults } = JSON.parse(readFileSync(path.join(root, 'vitest-results.json'), 'utf8')) as VitestJson;
  const outcomes = testResults.flatMap((file) =>
    file.assertionResults.map((test) => `${test.status}: ${path.relative(root, file.name)} > ${test.fullName}`),
  );
  return { status: run.status, output: run.stdout + run.stderr, outcomes: outcomes.sort() };
}
