import { existsSync, readFileSync } from 'node:fs';

/** A test that failed, as the runner's JSON reporter names it. */
export interface FailedTest {
  /** Absolute path of the test file. */
  readonly file: string;
  /** The test's full name (its describe blocks and title); a file that failed to run has its error instead. */
  readonly name: string;
  /** The first line of the failure message. */
  readonly message: string;
}

/** The part of the JSON that jest's `--json` and vitest's `json` reporter both write. */
interface JsonReport {
  readonly testResults?: readonly {
    readonly name: string;
    readonly status?: string;
    readonly message?: string;
    readonly assertionResults?: readonly {
      readonly fullName?: string;
      readonly title?: string;
      readonly status: string;
      readonly failureMessages?: readonly string[];
    }[];
  }[];
}

const firstLine = (text: string | undefined) => (text ?? '').trim().split('\n')[0] ?? '';

/** The failed tests a JSON report lists; undefined when the runner wrote none (it did not start, or crashed). */
export function readFailedTests(reportFile: string): FailedTest[] | undefined {
  if (!existsSync(reportFile)) return undefined;
  let report: JsonReport;
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8')) as JsonReport;
  } catch {
    return undefined;
  }
  const failed: FailedTest[] = [];
  for (const suite of report.testResults ?? []) {
    const assertions = (suite.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const assertion of assertions) {
      failed.push({
        file: suite.name,
        name: assertion.fullName ?? assertion.title ?? '',
        message: firstLine(assertion.failureMessages?.[0]),
      });
    }
    if (assertions.length > 0 || suite.status !== 'failed') continue;
    // A file that failed around its tests (a hook, an import): the tests it did not run are the failures.
    const notRun = (suite.assertionResults ?? []).filter((a) => a.status !== 'passed');
    const message = firstLine(suite.message) || 'did not run: the file failed outside its tests (a hook or an import)';
    if (notRun.length === 0) failed.push({ file: suite.name, name: '(the file failed to run)', message });
    for (const test of notRun) failed.push({ file: suite.name, name: test.fullName ?? test.title ?? '', message });
  }
  return failed;
}

const keyOf = (test: FailedTest) => `${test.file}\0${test.name}`;

/** The tests failing after that did not fail before. */
export function newFailures(before: readonly FailedTest[], after: readonly FailedTest[]): FailedTest[] {
  const known = new Set(before.map(keyOf));
  return after.filter((test) => !known.has(keyOf(test)));
}
