// The cost of standard-clients-migrate's own lint and fix passes on the example workspace, against one
// `eslint . --fix` on the same copy: the median of five runs each. Install, formatting and the project's checks are
// left out (no lockfile, --no-format, checks that do nothing), so the time is the command's lint and fix passes.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyExample, eslintBin, repoRoot } from '../scripts/example-workspace.js';

const RUNS = 5;
const migrateCli = path.join(repoRoot, 'dist/src/migrate/cli.js');

function timed(args, cwd) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  if (run.status === null || run.status > 1) throw new Error(`${args.join(' ')} failed:\n${run.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const eslintFix = [];
const migrate = [];
for (let run = 0; run < RUNS; run++) {
  eslintFix.push(timed([eslintBin(), '.', '--fix'], copyExample()));
  migrate.push(
    timed(
      [migrateCli, '--allow-dirty', '--no-format', '--no-install', '--typecheck', 'true', '--test', 'true'],
      copyExample(),
    ),
  );
}
const [fix, own] = [median(eslintFix), median(migrate)];
const section = `## standard-clients-migrate: its own lint and fix passes

Measured by \`node bench/migrate-cost.js\` on the example workspace (${new Date().toISOString().slice(0, 10)}, Node ${process.version},
median of ${RUNS} runs, each on a fresh copy). The command runs with \`--no-format\`, no lockfile and checks that do
nothing, so its time is the lint before, the fix passes (the second one only on packages whose manifest changed), the
mock moves and the lint of the changed files after; both sides include Node's and ESLint's start-up.

| Run | Median (ms) | Runs (ms) |
| --- | ---: | --- |
| \`eslint . --fix\` | ${fix.toFixed(0)} | ${eslintFix.map((t) => t.toFixed(0)).join(', ')} |
| \`standard-clients-migrate\` (lint and fix passes) | ${own.toFixed(0)} | ${migrate.map((t) => t.toFixed(0)).join(', ')} |

Ratio: **${(own / fix).toFixed(2)}×** one \`eslint --fix\` run (target: at most 2×).
`;
const resultsFile = path.join(repoRoot, 'bench/RESULTS.md');
const results = readFileSync(resultsFile, 'utf8');
const heading = '## standard-clients-migrate: its own lint and fix passes';
const kept = results.includes(heading) ? results.slice(0, results.indexOf(heading)).trimEnd() : results.trimEnd();
writeFileSync(resultsFile, `${kept}\n\n${section}`);
process.stdout.write(section);
