// Copies of the example workspace for the migration command: installed as a project would be (Prettier and the
// runners' bins linked), with a Prettier config, extra files per test, and committed to a git repository.
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { installed, repoRoot } from '../../scripts/example-workspace.js';
import { copyExample, runNode } from './cli-helpers.js';

const migrateCli = path.join(repoRoot, 'dist/src/migrate/cli.js');
const reportCli = path.join(repoRoot, 'dist/src/report/cli.js');

/** What `npm install` would add to the copy's links (TypeScript it has already): the formatter, and the bins scripts call. */
const TOOLS = ['prettier'];
const BINS = { vitest: 'vitest/vitest.mjs', tsc: 'typescript/bin/tsc', prettier: 'prettier/bin/prettier.cjs' };

export const git = (args: readonly string[], cwd: string) =>
  spawnSync('git', ['-c', 'user.email=migrate@example.com', '-c', 'user.name=migrate', ...args], {
    cwd,
    encoding: 'utf8',
  });

/** A committed copy of the example with `files` added (relative path → text). */
export function exampleRepository(files: Record<string, string> = {}): string {
  const root = copyExample();
  for (const name of TOOLS) symlinkSync(installed(name), path.join(root, 'node_modules', name), 'dir');
  mkdirSync(path.join(root, 'node_modules/.bin'));
  for (const [bin, target] of Object.entries(BINS))
    symlinkSync(path.join('..', target), path.join(root, 'node_modules/.bin', bin));
  const all = {
    '.gitignore': 'node_modules\n',
    '.prettierrc.json': '{ "printWidth": 120, "singleQuote": true }\n',
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  git(['init', '-q'], root);
  git(['add', '-A'], root);
  git(['commit', '-qm', 'the example'], root);
  return root;
}

/** The migration command, as CI runs it (plain progress lines). */
export const migrateCommand = (args: readonly string[], cwd: string) =>
  runNode(migrateCli, args, cwd, { CI: '1', NO_COLOR: '1' });

/** `standard-clients-report --format json`. */
export const reportJson = (cwd: string) => runNode(reportCli, ['--format', 'json'], cwd);
