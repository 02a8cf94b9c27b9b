import path from 'node:path';
import type { Changes } from './changes.js';
import { type Check, type CheckRun, runCheck } from './checks.js';
import type { MigrationProgress } from './progress.js';
import type { CheckOutcome, CheckSummary } from './summary.js';
import { type FailedTest, newFailures } from './test-results.js';
import { describeTypeError } from './type-errors.js';
import { rollBackTypeErrors, type TypeRollback } from './type-rollback.js';
import { type MigratedPackage, packageOf, relativePath } from './workspace.js';

export interface CheckState {
  readonly check: Check;
  readonly run: CheckRun;
}

/** Runs checks side by side (a type-check and a test run use different cores). */
export function runChecks(checks: readonly Check[], scratch: string): Promise<CheckState[]> {
  return Promise.all(checks.map(async (check) => ({ check, run: await runCheck(check, scratch) })));
}

const OUTPUT_LINES = 40;

const describeTest = (test: FailedTest, root: string) =>
  `${relativePath(root, test.file)} › ${test.name}${test.message ? `: ${test.message}` : ''}`;

export function outcomeOf({ run }: CheckState, root: string): CheckOutcome {
  const typeErrors = run.typeErrors.map((error) => describeTypeError(error, root));
  const failedTests = (run.failedTests ?? []).map((test) => describeTest(test, root));
  const unexplained = !run.ok && typeErrors.length === 0 && failedTests.length === 0;
  return {
    ok: run.ok,
    typeErrors,
    failedTests,
    ...(unexplained && { output: run.output.trimEnd().split('\n').slice(-OUTPUT_LINES).join('\n') }),
  };
}

export function checkSummaries(
  before: readonly CheckState[],
  after: readonly CheckState[],
  root: string,
): CheckSummary[] {
  return before.map((state, index) => ({
    kind: state.check.kind,
    command: state.check.label,
    before: outcomeOf(state, root),
    ...(after[index] && { after: outcomeOf(after[index], root) }),
  }));
}

/** The packages whose changes were undone because their tests failed, and the failures. */
export interface TestRollback {
  readonly pkg: MigratedPackage;
  readonly files: readonly string[];
  readonly failures: readonly string[];
}

export interface VerifyContext {
  readonly root: string;
  readonly scratch: string;
  readonly changes: Changes;
  /** The packages this unit migrated: a failing test rolls back the changes of its own package among them. */
  readonly packages: readonly MigratedPackage[];
  /** Every package of the project, which tells a file's package. */
  readonly projectPackages: readonly MigratedPackage[];
  readonly before: readonly CheckState[];
  readonly keepFailing: boolean;
  readonly progress: MigrationProgress;
  /** Installs again after manifests were restored. */
  readonly reinstall: () => Promise<void>;
  /**
   * Decides the manifest clean-up again once files were rolled back (a restored file loads its banned client again,
   * which must stay declared); true when a manifest changed.
   */
  readonly recleanManifests: (rolledBack: readonly string[]) => boolean;
}

export interface Verification {
  /** The checks on the final state, in the order of `before`. */
  readonly after: CheckState[];
  readonly typeRollbacks: readonly TypeRollback[];
  readonly testRollbacks: readonly TestRollback[];
  readonly notes: string[];
}

const ofKind = (states: readonly CheckState[], kind: Check['kind']) => states.filter((s) => s.check.kind === kind);

/**
 * Runs the checks after the migration. New type errors roll back the files they come from (bisected); new test
 * failures roll back the changes of the package whose tests fail, unless `keepFailing`.
 */
export async function verifyAfter(context: VerifyContext): Promise<Verification> {
  const { scratch, changes, progress, before } = context;
  const notes: string[] = [];
  const typeBefore = ofKind(before, 'typecheck');
  const typeChecks = typeBefore.map((s) => s.check);
  const typeErrorsOf = (states: readonly CheckState[]) => states.flatMap((s) => s.run.typeErrors);

  progress.step('type-check (after)');
  let typeAfter = await runChecks(typeChecks, scratch);
  const typeResult = await rollBackTypeErrors(
    changes,
    changes.changed().filter((file) => path.basename(file) !== 'package.json'),
    typeErrorsOf(typeBefore),
    typeErrorsOf(typeAfter),
    async () => {
      progress.step('type-check (narrowing the rollback)');
      return typeErrorsOf(await runChecks(typeChecks, scratch));
    },
  );
  if (typeResult.rolledBack.length > 0) {
    if (context.recleanManifests(typeResult.rolledBack.map((r) => r.file))) await context.reinstall();
    typeAfter = await runChecks(typeChecks, scratch);
  }
  if (typeResult.unresolved.length > 0)
    notes.push(`${typeResult.unresolved.length} new type errors remain that no rollback of a changed file removes.`);

  progress.step('tests (after)');
  let testAfter = await runChecks(
    ofKind(before, 'test').map((s) => s.check),
    scratch,
  );
  const testRollbacks = failingPackages(context, ofKind(before, 'test'), testAfter);
  if (testRollbacks.length > 0 && context.keepFailing)
    notes.push(
      `--keep-failing: the changes of ${testRollbacks.map((r) => r.pkg.name).join(', ')} stay although their tests fail.`,
    );
  const undone = context.keepFailing ? [] : testRollbacks;
  if (undone.length > 0) {
    const restored = changes.restore(undone.flatMap((r) => r.files));
    if (restored.some((file) => path.basename(file) === 'package.json')) await context.reinstall();
    progress.step('checks (after the rollback)');
    [typeAfter, testAfter] = [
      await runChecks(typeChecks, scratch),
      await runChecks(
        testAfter.map((s) => s.check),
        scratch,
      ),
    ];
  }
  const after = before.map((state) => [...typeAfter, ...testAfter].find((s) => s.check === state.check)!);
  return { after, typeRollbacks: typeResult.rolledBack, testRollbacks: undone, notes };
}

/** The migrated packages whose tests fail after and did not before, with the changed files of each. */
function failingPackages(context: VerifyContext, before: readonly CheckState[], after: readonly CheckState[]) {
  const { root, changes, packages } = context;
  const migratedPackageOf = (file: string) => {
    const pkg = packageOf(file, context.projectPackages);
    return pkg && packages.includes(pkg) ? pkg : undefined;
  };
  const failuresByPackage = new Map<MigratedPackage, string[]>();
  const blame = (pkg: MigratedPackage, failure: string) =>
    failuresByPackage.set(pkg, [...(failuresByPackage.get(pkg) ?? []), failure]);
  after.forEach((state, index) => {
    const earlier = before[index]!.run;
    if (state.run.ok) return;
    const { failedTests } = state.run;
    if (failedTests && earlier.failedTests) {
      for (const test of newFailures(earlier.failedTests, failedTests)) {
        const pkg = migratedPackageOf(test.file);
        if (pkg) blame(pkg, describeTest(test, root));
      }
      return;
    }
    if (!earlier.ok) return;
    // No report to read: the command's own package, or every migrated package when it runs them all.
    const owner = packages.find((pkg) => pkg.dir === state.check.cwd);
    const output = outcomeOf(state, root).output ?? '';
    for (const pkg of owner ? [owner] : packages) blame(pkg, `${state.check.label} fails:\n${output}`);
  });
  const changed = changes.changed();
  return [...failuresByPackage].map(([pkg, failures]) => ({
    pkg,
    failures,
    files: changed.filter((file) => migratedPackageOf(file) === pkg),
  }));
}
