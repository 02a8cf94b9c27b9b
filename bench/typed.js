// The typed benchmark: a generated TypeScript project under one tsconfig (bench/typed-corpus.js), linted with typed
// linting (`projectService`) and configs.maily's five code rules, whose type proof checks every use of a banned
// client against the standardized clients' types. Our share of the run is our rules' ESLint TIMING over the run's
// wall-clock time, the median of several runs. `npm run bench` includes it; `npm run bench:typed` runs it alone and
// rewrites only its section of bench/RESULTS.md.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eslintBin, installed } from '../scripts/example-workspace.js';
import { fmt, measure, median, oursMsOf, ruleTimes } from './measure.js';
import { generateTypedCorpus } from './typed-corpus.js';

const TYPED_HEADING = '## Typed linting';
const LIMIT = 0.05;

const CONFIG = `import tsParser from '@typescript-eslint/parser';
import standardClients from 'eslint-plugin-standard-clients';
export default [
  ...standardClients.configs.maily,
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
];
`;

/** What the loads came to: the type proof's verdicts, and anything else our rules said. */
const VERDICTS = {
  banned: 'fixed, proven by types (`banned`)',
  'notFixed/typeMismatch': 'left for a person: a use the target does not fit (`notFixed/typeMismatch`)',
};

/** Lints the typed corpus `runs` times; each run's wall time, our rule time and share, and the loads' verdicts. */
export function runTypedBench({
  size = Number(process.env.BENCH_TYPED_SIZE ?? 1000),
  runs = Number(process.env.BENCH_TYPED_RUNS ?? 5),
} = {}) {
  const root = path.join(os.tmpdir(), 'standard-clients-bench', `typed-${size}`);
  const { banned } = generateTypedCorpus(root, size);
  writeFileSync(path.join(root, 'eslint.config.js'), CONFIG);
  const output = path.join(root, 'results.json');
  console.log(`typed corpus of ${size} files (${banned} use a banned client)`);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const run = measure([eslintBin(), '--format', 'json', '--output-file', output, 'src'], root, { TIMING: 'all' });
    const times = ruleTimes(run.stdout);
    const oursMs = oursMsOf(times);
    samples.push({ seconds: run.seconds, peakMb: run.peakMb, times, oursMs, share: oursMs / (run.seconds * 1000) });
    console.log(
      `  run ${i + 1}: ${fmt(run.seconds)} s, our rules ${fmt(oursMs, 1)} ms (${fmt(100 * samples.at(-1).share)}%)`,
    );
  }
  const verdicts = {};
  for (const { messages } of JSON.parse(readFileSync(output, 'utf8')))
    for (const { ruleId, messageId } of messages)
      if (ruleId?.startsWith('standard-clients/')) verdicts[messageId] = (verdicts[messageId] ?? 0) + 1;
  return { size, banned, runs, samples, verdicts };
}

/** The section of bench/RESULTS.md, starting with its heading. */
export function typedSection({ size, banned, runs, samples, verdicts }) {
  const share = median(samples.map((s) => s.share));
  const rules = Object.keys(samples[0].times).filter((rule) => rule.startsWith('standard-clients/'));
  const version = (name) => JSON.parse(readFileSync(path.join(installed(name), 'package.json'), 'utf8')).version;
  return [
    `${TYPED_HEADING}: ${size} TypeScript files under one tsconfig (${banned} use a banned client)`,
    '',
    `Reproduce with \`npm run bench:typed\` (\`BENCH_TYPED_SIZE\` and \`BENCH_TYPED_RUNS\` change the corpus size and`,
    `the number of runs). A generated project (\`bench/typed-corpus.js\`, TypeScript ${version('typescript')}, NodeNext, strict):`,
    "records, stores and helpers that import one another's types; about 5% of the files use axios, redis or ioredis",
    '(their own types) or node-fetch (declared ambiently) through member reads and calls. It is linted with',
    "`projectService` and `configs.maily`, whose targets are the example's standardized clients: every banned use is",
    "checked against their types. Our share is our five rules' time in ESLint's `TIMING=all` over the wall-clock",
    `time of the whole run (process start, config, program, parsing, rules), the median of ${runs} runs.`,
    '',
    '| Run | Whole run (s) | Our rule time (ms) | Our share | Peak memory (MB) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...samples.map(
      (s, i) => `| ${i + 1} | ${fmt(s.seconds)} | ${fmt(s.oursMs, 1)} | ${fmt(100 * s.share)}% | ${fmt(s.peakMb, 0)} |`,
    ),
    `| median | ${fmt(median(samples.map((s) => s.seconds)))} | ${fmt(median(samples.map((s) => s.oursMs)), 1)} | ${fmt(100 * share)}% | ${fmt(median(samples.map((s) => s.peakMb)), 0)} |`,
    '',
    '| Rule | Median time (ms) |',
    '| --- | ---: |',
    ...rules.map((rule) => `| ${rule} | ${fmt(median(samples.map((s) => s.times[rule] ?? 0)), 1)} |`),
    '',
    '| Loads | Count |',
    '| --- | ---: |',
    ...Object.entries(verdicts).map(([id, count]) => `| ${VERDICTS[id] ?? `\`${id}\``} | ${count} |`),
    '',
    '| Target | Measured | Met |',
    '| --- | ---: | :---: |',
    `| our rules' share of a typed lint run ≤ ${100 * LIMIT}% (median of ${runs}) | ${fmt(100 * share)}% | ${share <= LIMIT ? 'yes' : 'no'} |`,
    '',
    'Most of our time is the checker typing the member reads and calls of the files that load a banned client (a',
    'type-aware rule pays the same, and shares it with any other one that is on) and the first look at each',
    "client's own types; the files that load nothing cost what they cost untyped. The shares of single runs spread",
    'about ±1 point on this shared machine.',
  ];
}

/** Replaces the typed section of RESULTS.md (new: before the notes), leaving what the last full run wrote. */
function rewriteSection(file, section) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const heading = (prefix, after = -1) => lines.findIndex((line, i) => i > after && line.startsWith(prefix));
  const start = heading(TYPED_HEADING);
  const from = start === -1 ? heading('## Reading the results') : start;
  const to = start === -1 ? from : heading('## ', start);
  const end = (index) => (index === -1 ? lines.length : index);
  lines.splice(end(from), end(to) - end(from), ...section, '');
  writeFileSync(file, lines.join('\n'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = fileURLToPath(new URL('RESULTS.md', import.meta.url));
  rewriteSection(results, typedSection(runTypedBench()));
  console.log(`wrote the typed section of ${results}`);
}
