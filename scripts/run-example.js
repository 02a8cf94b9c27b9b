// The main job on the bundled example: lint it, fix it, show the diff, what is left, type-check the result, and
// run the workspace's own tests on the original and on the fixed copy.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyExample, eslintBin, tscBin, vitestBin } from './example-workspace.js';

const color = process.stdout.isTTY ? ['--color'] : [];
const title = (text) => console.log(`\n\x1b[1m== ${text} ==\x1b[0m`);

function run(command, args, cwd) {
  const result = spawnSync(process.execPath, [command, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

const base = mkdtempSync(path.join(tmpdir(), 'standard-clients-example-'));
const original = copyExample(path.join(base, 'original'));
const fixed = copyExample(path.join(base, 'fixed'));
const typed = copyExample(path.join(base, 'typed'));

title('1. What the editor and CI report (eslint .)');
const before = run(eslintBin(), ['.', ...color], fixed);
console.log(before.output);

title('2. What eslint --fix changes (run twice: manifests gain the standardized clients first, then the code follows)');
run(eslintBin(), ['.', '--fix'], fixed);
// Between the runs a project installs; this copy links its workspace packages already.
run(eslintBin(), ['.', '--fix'], fixed);
for (const folder of ['apps', 'services']) {
  const diff = spawnSync(
    'git',
    [
      'diff',
      '--no-index',
      '--no-prefix',
      ...(color.length ? ['--color=always'] : []),
      `original/${folder}`,
      `fixed/${folder}`,
    ],
    { cwd: base, encoding: 'utf8' },
  );
  console.log(diff.stdout.trim());
}

title('3. What stays for a human (eslint . after the fix)');
const after = run(eslintBin(), ['.', ...color], fixed);
console.log(after.output);

title('4. Does the fixed workspace type-check? (tsc --noEmit)');
const tsc = run(tscBin(), ['--noEmit', '-p', 'tsconfig.json'], fixed);
console.log(tsc.status === 0 ? 'yes: tsc --noEmit found no errors' : tsc.output);

// The workspace's vitest suite talks to local HTTP servers and a throw-away redis-server (skipped, with the
// reason, where redis-server is missing).
const tests = {};
for (const [name, root] of Object.entries({ original, fixed })) {
  title(`5. The workspace's own tests on the ${name} copy (vitest run)`);
  tests[name] = run(vitestBin(), ['run', ...color], root);
  console.log(tests[name].output);
}

// The same rules with type information (example/eslint.typed.config.js): the standardized clients' own types
// judge every use of a banned client's value in the TypeScript files.
title('6. The typed pass: eslint -c eslint.typed.config.js --fix (twice), then what stays, tsc and the tests');
const typedConfig = ['-c', 'eslint.typed.config.js'];
run(eslintBin(), [...typedConfig, '.', '--fix'], typed);
run(eslintBin(), [...typedConfig, '.', '--fix'], typed);
const typedAfter = run(eslintBin(), [...typedConfig, '.', ...color], typed);
console.log(typedAfter.output);
const typedTsc = run(tscBin(), ['--noEmit', '-p', 'tsconfig.json'], typed);
console.log(typedTsc.status === 0 ? 'tsc --noEmit found no errors' : typedTsc.output);
const typedTests = run(vitestBin(), ['run', ...color], typed);
console.log(typedTests.output.split('\n').slice(-6).join('\n'));

const checks = [
  ['eslint reports the banned loads', before.status === 1],
  ['the fixed copy type-checks', tsc.status === 0],
  ["the original's tests pass", tests.original.status === 0],
  ["the fixed copy's tests pass", tests.fixed.status === 0],
  ['the typed pass leaves loads for a person, with their reasons', typedAfter.status === 1],
  ['the typed copy type-checks', typedTsc.status === 0],
  ["the typed copy's tests pass", typedTests.status === 0],
];
title('Summary');
for (const [check, passed] of checks) console.log(`${passed ? '✔' : '✘'} ${check}`);
console.log(`\nThe copies are in ${base} (original/, fixed/ and typed/).`);
process.exitCode = checks.every(([, passed]) => passed) ? 0 : 1;
