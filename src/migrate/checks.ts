import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isWithin } from '../project/manifests.js';
import { runCommand, shellQuote } from './run-command.js';
import { type FailedTest, readFailedTests } from './test-results.js';
import { parseTypeErrors, type TypeError } from './type-errors.js';
import type { MigratedPackage } from './workspace.js';

export type CheckKind = 'typecheck' | 'test';

/** A runner whose output the migration reads: tsc's errors, jest's and vitest's JSON reports. */
type Runner = 'tsc' | 'vitest' | 'jest';

/** One of the project's checks, run before and after the migration. */
export interface Check {
  readonly kind: CheckKind;
  /** The command as the user would type it, for the summary. */
  readonly label: string;
  readonly command: string;
  readonly cwd: string;
  readonly runner: Runner | undefined;
}

export interface CheckRun {
  readonly ok: boolean;
  readonly output: string;
  /** tsc's errors (for a type-check). */
  readonly typeErrors: readonly TypeError[];
  /** The failed tests, read from the runner's JSON report; undefined for a runner without one. */
  readonly failedTests: readonly FailedTest[] | undefined;
}

/** A command that calls one runner and nothing else (no `&&`, pipes or substitutions), so flags can be added. */
const SINGLE_RUNNER = /^(?:npx\s+)?(tsc|vitest|jest)(?:\s[^;&|<>`$()]*)?$/;

const runnerOf = (command: string) => SINGLE_RUNNER.exec(command.trim())?.[1] as Runner | undefined;

/** npm init's placeholder, which fails on purpose. */
const PLACEHOLDER_TEST = /no test specified/;

/** The project's TypeScript compiler, from the folder of the tsconfig it checks. */
function tscCommand(tsconfig: string): string {
  let tsc = 'tsc';
  try {
    tsc = `${shellQuote(process.execPath)} ${shellQuote(createRequire(tsconfig).resolve('typescript/bin/tsc'))}`;
  } catch {
    // No typescript installed there: the one on PATH, if any.
  }
  return `${tsc} --noEmit -p ${shellQuote(tsconfig)}`;
}

function nearestTsconfig(dir: string, root: string): string | undefined {
  for (let current = dir; isWithin(root, current); current = path.dirname(current)) {
    const file = path.join(current, 'tsconfig.json');
    if (existsSync(file)) return file;
    if (current === root) break;
  }
  return undefined;
}

function scriptCheck(kind: CheckKind, pkg: MigratedPackage, script: string, root: string): Check {
  const text = pkg.scripts[script]!;
  const where = path.relative(root, pkg.dir) || '.';
  return { kind, label: `${script} script of ${where} (${text})`, command: text, cwd: pkg.dir, runner: runnerOf(text) };
}

export interface CheckOptions {
  readonly typecheck: string | undefined;
  readonly test: string | undefined;
}

/**
 * The checks that verify the given packages: `--typecheck`/`--test` when given; else each package's `typecheck`
 * and `test` scripts; for type-checking, `tsc --noEmit -p` on the nearest tsconfig.json; for tests, the root's
 * `test` script. Identical commands run once.
 */
export function resolveChecks(
  root: string,
  packages: { readonly typecheck: readonly MigratedPackage[]; readonly test: readonly MigratedPackage[] },
  rootPackage: MigratedPackage | undefined,
  options: CheckOptions,
): Check[] {
  const checks = new Map<string, Check>();
  const add = (check: Check | undefined) => {
    if (check && !checks.has(`${check.kind}\0${check.cwd}\0${check.command}`))
      checks.set(`${check.kind}\0${check.cwd}\0${check.command}`, check);
  };
  const given = (kind: CheckKind, command: string): Check => ({
    kind,
    label: command,
    command,
    cwd: root,
    runner: runnerOf(command),
  });
  for (const pkg of packages.typecheck) {
    if (options.typecheck) add(given('typecheck', options.typecheck));
    else if (pkg.scripts.typecheck) add(scriptCheck('typecheck', pkg, 'typecheck', root));
    else {
      const tsconfig = nearestTsconfig(pkg.dir, root);
      if (tsconfig) {
        const label = `tsc --noEmit -p ${path.relative(root, tsconfig).split(path.sep).join('/')}`;
        add({ kind: 'typecheck', label, command: tscCommand(tsconfig), cwd: path.dirname(tsconfig), runner: 'tsc' });
      }
    }
  }
  for (const pkg of packages.test) {
    const testOwner = [pkg, rootPackage].find((candidate) => candidate?.scripts.test);
    if (options.test) add(given('test', options.test));
    else if (testOwner && !PLACEHOLDER_TEST.test(testOwner.scripts.test!))
      add(scriptCheck('test', testOwner, 'test', root));
  }
  return [...checks.values()];
}

/** Flags that make a runner's result readable: tsc incremental and plain, jest's and vitest's JSON reports. */
function readableFlags(check: Check, scratch: string): { flags: string; report?: string } {
  const id = createHash('sha1').update(`${check.cwd}\0${check.command}`).digest('hex').slice(0, 12);
  switch (check.runner) {
    case 'tsc': {
      // Re-checks during rollback are incremental: only what changed since the last run is checked again.
      if (/\s(?:-b|--build)\b/.test(check.command)) return { flags: '--pretty false' };
      const buildInfo = path.join(scratch, `${id}.tsbuildinfo`);
      return { flags: `--pretty false --incremental --tsBuildInfoFile ${shellQuote(buildInfo)}` };
    }
    case 'vitest': {
      const report = path.join(scratch, `${id}-vitest.json`);
      return { flags: `--reporter=default --reporter=json --outputFile.json=${shellQuote(report)}`, report };
    }
    case 'jest': {
      const report = path.join(scratch, `${id}-jest.json`);
      return { flags: `--json --outputFile=${shellQuote(report)}`, report };
    }
    default:
      return { flags: '' };
  }
}

/** Runs a check; `scratch` is a folder of the migration's own for build info and reports. */
export async function runCheck(check: Check, scratch: string): Promise<CheckRun> {
  const { flags, report } = readableFlags(check, scratch);
  if (report) rmSync(report, { force: true });
  const run = await runCommand(flags ? `${check.command} ${flags}` : check.command, check.cwd, {
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  });
  return {
    ok: run.ok,
    output: run.output,
    typeErrors: check.kind === 'typecheck' ? parseTypeErrors(run.output, check.cwd) : [],
    failedTests: report ? readFailedTests(report) : undefined,
  };
}
