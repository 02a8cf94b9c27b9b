// `npm run fuzz -- --runs 20000 [--seed 1]`: fuzzes the rules and their fixes; failing programs are written to
// tests/fuzz/regressions/, which the test suite replays.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fuzz } from '../tests/fuzz/fuzz-fixes.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '2000' }, seed: { type: 'string', default: String(Date.now() % 1e9) } },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [--runs N] [--seed N]   (N: whole numbers)');
  process.exit(2);
}

const started = Date.now();
const { checked, failures } = fuzz({ seed, runs });
const directory = new URL('../tests/fuzz/regressions/', import.meta.url);
mkdirSync(directory, { recursive: true });
for (const [index, failure] of failures.entries()) {
  writeFileSync(new URL(`seed-${seed}-${index}.json`, directory), `${JSON.stringify(failure, null, 2)}\n`);
}
console.log(
  `fuzz: seed ${seed}, ${runs} programs, ${checked} parser runs checked in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
for (const failure of failures.slice(0, 5))
  console.log(`\n[${failure.parser}${failure.commonJs ? ', commonjs' : ''}] ${failure.failure}\n${failure.code}`);
console.log(`\n${checked} passed, ${failures.length} failed`);
process.exitCode = failures.length === 0 ? 0 : 1;
