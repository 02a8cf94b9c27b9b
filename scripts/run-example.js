// The main job on the bundled example: lint it, fix it, show the diff, what is left, and type-check the result.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyExample, eslintBin, tscBin } from './example-workspace.js';

const color = process.stdout.isTTY ? ['--color'] : [];
const title = (text) => console.log(`\n\x1b[1m== ${text} ==\x1b[0m`);

function run(command, args, cwd) {
  const result = spawnSync(process.execPath, [command, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

const base = mkdtempSync(path.join(tmpdir(), 'standard-clients-example-'));
const original = copyExample(path.join(base, 'original'));
const fixed = copyExample(path.join(base, 'fixed'));

title('1. What the editor and CI report (eslint .)');
const before = run(eslintBin(), ['.', ...color], fixed);
console.log(before.output);

title('2. What eslint --fix changes');
run(eslintBin(), ['.', '--fix'], fixed);
const diff = spawnSync(
  'git',
  [
    'diff',
    '--no-index',
    '--no-prefix',
    ...(color.length ? ['--color=always'] : []),
    'original/services',
    'fixed/services',
  ],
  { cwd: base, encoding: 'utf8' },
);
console.log(diff.stdout.trim());

title('3. What stays for a human (eslint . after the fix)');
const after = run(eslintBin(), ['.', ...color], fixed);
console.log(after.output);

title('4. Does the fixed workspace type-check? (tsc --noEmit)');
const tsc = run(tscBin(), ['--noEmit', '-p', 'tsconfig.json'], fixed);
console.log(tsc.status === 0 ? 'yes: tsc --noEmit found no errors' : tsc.output);

console.log(`\nThe copies are in ${base} (original/ and fixed/).`);
const ok = before.status === 1 && tsc.status === 0 && original !== fixed;
process.exitCode = ok ? 0 : 1;
