// `npm run bench`: lints generated corpora with each contender, in one process sequence, and writes
// bench/RESULTS.md. Rule times come from ESLint's own TIMING; whole-run time and peak memory from the
// process. Compare same-run ratios, not single seconds: shared machines drift ±10% between runs.
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BANNED_CLIENTS } from '../dist/src/ban-data.js';
import { generateCorpus } from './corpus.js';
import { fmt, measure, median, oursMsOf, ruleTimes } from './measure.js';
import {
  compareWithExpected,
  countCodeFiles,
  findingsOf,
  prepareRealCorpus,
  readExpectedFindings,
  REAL_PACKAGES,
} from './real-corpus.js';
import { runTypedBench, typedSection } from './typed.js';
import { eslintBin, installed, oxlintBin, repoRoot } from '../scripts/example-workspace.js';

/** The corpus's config files import the parser and the plugin, as a project's would after `npm install`. */
function linkDependencies(corpus) {
  for (const [name, target] of [
    ['eslint-plugin-standard-clients', repoRoot],
    ['@typescript-eslint/parser', installed('@typescript-eslint/parser')],
  ]) {
    const link = path.join(corpus, 'node_modules', name);
    mkdirSync(path.dirname(link), { recursive: true });
    rmSync(link, { force: true });
    symlinkSync(target, link, 'dir');
  }
}

const benchDir = fileURLToPath(new URL('.', import.meta.url));
// Outside the repository: oxlint skips git-ignored folders even when told not to.
const corpusRoot = path.join(os.tmpdir(), 'standard-clients-bench');
// `--real-only` checks precision on the real corpus and prints, leaving RESULTS.md as it is.
const realOnly = process.argv.includes('--real-only');
const sizes = realOnly ? [] : (process.env.BENCH_SIZES ?? '1000,5000,20000').split(',').map(Number);
// The rule-time ratio is judged by the median of this many paired runs (core, then ours) on the largest
// corpus and on the real one: single runs drift too much on a shared machine.
const PAIRS = Number(process.env.BENCH_PAIRS ?? 5);

// The ban lists of the built plugin (`npm run bench` builds first), so that the contenders ban the same modules:
// each client's modules and the companions code can load (an `@types` package is only declared).
const BANNED = BANNED_CLIENTS.flatMap((client) => [
  ...client.modules,
  ...client.companions.filter((companion) => companion.kind !== 'types').map((companion) => companion.module),
]);
const message = 'Use the standardized client.';
const restrictedImports = {
  paths: BANNED.map((name) => ({ name, message })),
  patterns: [{ group: BANNED.map((name) => `${name}/*`), message }],
};
const restrictedGlobals = [{ name: 'fetch', message }];
// esquery ends a regex at the first '/', so slashes are written as \x2F.
const bannedPattern = `/^(${BANNED.map((m) => m.replaceAll('/', '\\x2F')).join('|')})(\\x2F.*)?$/`;
const restrictedSyntax = [
  {
    selector: `CallExpression[callee.name='require'] > Literal.arguments:first-child[value=${bannedPattern}]`,
    message,
  },
  { selector: `ImportExpression > Literal.source[value=${bannedPattern}]`, message },
];

const parserBlock = `{ files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } }`;
const eslintConfig = (extra) => `import tsParser from '@typescript-eslint/parser';
import standardClients from 'eslint-plugin-standard-clients';
export default [
  ${parserBlock},
  ${extra}
];
`;

const ESLINT_SCENARIOS = {
  baseline: { label: 'ESLint, no rules (parse-only baseline)', config: eslintConfig('') },
  // The core rules that cover what ours do: banned imports, and the global fetch.
  core: {
    label: 'ESLint, core no-restricted-imports + no-restricted-globals (fetch)',
    config: eslintConfig(
      `{ rules: { 'no-restricted-imports': ['error', ${JSON.stringify(restrictedImports)}], 'no-restricted-globals': ['error', ...${JSON.stringify(restrictedGlobals)}] } },`,
    ),
  },
  coreSyntax: {
    label: 'ESLint, core no-restricted-imports + no-restricted-syntax (require/import())',
    config: eslintConfig(
      `{ rules: { 'no-restricted-imports': ['error', ${JSON.stringify(restrictedImports)}], 'no-restricted-syntax': ['error', ...${JSON.stringify(restrictedSyntax)}] } },`,
    ),
  },
  recommended: {
    label: 'ESLint, standard-clients configs.recommended',
    config: eslintConfig('...standardClients.configs.recommended,'),
  },
  maily: { label: 'ESLint, standard-clients configs.maily', config: eslintConfig('...standardClients.configs.maily,') },
  mailyFix: {
    label: 'ESLint --fix, standard-clients configs.maily (on a copy)',
    config: eslintConfig('...standardClients.configs.maily,'),
    fix: true,
  },
};

const REPORT_LABEL = 'standard-clients-report over ESLint, configs.recommended';

const OXLINT_SCENARIOS = {
  oxCore: {
    label: 'oxlint, no-restricted-imports',
    config: `export default { plugins: [], categories: { correctness: 'off' }, rules: { 'no-restricted-imports': ['error', ${JSON.stringify(restrictedImports)}] } };\n`,
  },
  oxPlugin: {
    label: 'oxlint, standard-clients as JS plugin (recommended rules)',
    config: `import standardClients from 'eslint-plugin-standard-clients';
export default { plugins: [], categories: { correctness: 'off' }, jsPlugins: ['eslint-plugin-standard-clients'], rules: standardClients.configs.recommended[0].rules };\n`,
  },
};

function runEslint(name, scenario, corpus) {
  const configFile = path.join(corpus, `eslint.${name}.config.js`);
  writeFileSync(configFile, scenario.config);
  let cwd = corpus;
  if (scenario.fix) {
    cwd = `${corpus}-fix`;
    rmSync(cwd, { recursive: true, force: true });
    cpSync(corpus, cwd, { recursive: true });
  }
  const output = path.join(os.tmpdir(), `bench-eslint-${process.pid}.json`);
  const args = [
    eslintBin(),
    '--config',
    path.join(cwd, `eslint.${name}.config.js`),
    '--format',
    'json',
    '--output-file',
    output,
    'src',
  ];
  if (scenario.fix) args.push('--fix');
  const run = measure(args, cwd, { TIMING: 'all' });
  if (scenario.fix) rmSync(cwd, { recursive: true, force: true });
  const results = JSON.parse(readFileSync(output, 'utf8'));
  rmSync(output, { force: true });
  const reports = results.reduce((n, result) => n + result.messages.length, 0);
  const times = ruleTimes(run.stdout);
  return { ...run, results, reports, times, ruleMs: Object.values(times).reduce((a, b) => a + b, 0) };
}

/** The migration report wrapping a lint with configs.recommended: what it adds over the plain run. */
function runReport(corpus) {
  return measure(
    [
      path.join(repoRoot, 'dist/src/report/cli.js'),
      '--config',
      'eslint.recommended.config.js',
      '--format',
      'json',
      'src',
    ],
    corpus,
  );
}

function runOxlint(name, scenario, corpus) {
  const configFile = path.join(corpus, `oxlint.${name}.config.js`);
  writeFileSync(configFile, scenario.config);
  const run = measure([oxlintBin(), '-c', configFile, '--format', 'json', 'src'], corpus);
  return { ...run, reports: JSON.parse(run.stdout).diagnostics.length };
}

function versions() {
  const version = (name) => JSON.parse(readFileSync(path.join(installed(name), 'package.json'), 'utf8')).version;
  return {
    node: process.version,
    eslint: version('eslint'),
    '@typescript-eslint/parser': version('@typescript-eslint/parser'),
    oxlint: version('oxlint'),
    plugin: JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version,
  };
}

function main() {
  mkdirSync(corpusRoot, { recursive: true });
  const results = [];
  for (const size of sizes) {
    const corpus = path.join(corpusRoot, String(size));
    const { banned } = generateCorpus(corpus, size);
    linkDependencies(corpus);
    console.log(`corpus of ${size} files (${banned} load a banned client)`);
    const row = { size, banned, runs: {} };
    for (const [name, scenario] of Object.entries(ESLINT_SCENARIOS)) {
      row.runs[name] = runEslint(name, scenario, corpus);
      const run = row.runs[name];
      console.log(
        `  ${scenario.label}: ${fmt(run.seconds)} s, rules ${fmt(run.ruleMs, 1)} ms, ${fmt(run.peakMb, 0)} MB, ${run.reports} reports`,
      );
    }
    row.runs.report = runReport(corpus);
    row.runs.report.reports = JSON.parse(row.runs.report.stdout).totals.findings;
    console.log(`  ${REPORT_LABEL}: ${fmt(row.runs.report.seconds)} s, ${fmt(row.runs.report.peakMb, 0)} MB`);
    for (const [name, scenario] of Object.entries(OXLINT_SCENARIOS)) {
      row.runs[name] = runOxlint(name, scenario, corpus);
      const run = row.runs[name];
      console.log(`  ${scenario.label}: ${fmt(run.seconds)} s, ${fmt(run.peakMb, 0)} MB, ${run.reports} reports`);
    }
    if (size === Math.max(...sizes)) row.paired = pairedRatios(corpus);
    results.push(row);
  }
  const real = runRealCorpus();
  if (!realOnly) {
    writeFileSync(path.join(benchDir, 'RESULTS.md'), report(results, real, runTypedBench()));
    console.log(`wrote ${path.join(benchDir, 'RESULTS.md')}`);
  }
  if (real && (real.unexpected.length > 0 || real.missing.length > 0)) process.exitCode = 1;
}

const coreMsOf = (times) => (times['no-restricted-imports'] ?? NaN) + (times['no-restricted-globals'] ?? 0);

/** Our rules' time over the core rules' time, in PAIRS runs of each, one after the other: each ratio and the median. */
function pairedRatios(corpus) {
  const ratios = [];
  for (let pair = 0; pair < PAIRS; pair++) {
    const core = runEslint('core', ESLINT_SCENARIOS.core, corpus);
    const ours = runEslint('recommended', ESLINT_SCENARIOS.recommended, corpus);
    ratios.push(oursMsOf(ours.times) / coreMsOf(core.times));
  }
  console.log(`  paired runs: ${ratios.map((r) => fmt(r)).join(', ')} (median ${fmt(median(ratios))})`);
  return { ratios, median: median(ratios) };
}

/** Lints the real corpus with core and our rules, and checks every finding against the reviewed list. */
function runRealCorpus() {
  const corpus = prepareRealCorpus();
  linkDependencies(corpus);
  const files = countCodeFiles(corpus);
  console.log(`real corpus of ${files} files`);
  const runs = {};
  for (const name of ['baseline', 'core', 'recommended']) {
    runs[name] = runEslint(name, ESLINT_SCENARIOS[name], corpus);
    console.log(
      `  ${ESLINT_SCENARIOS[name].label}: rules ${fmt(runs[name].ruleMs, 1)} ms, ${runs[name].reports} reports`,
    );
  }
  const paired = pairedRatios(corpus);
  const findings = findingsOf(runs.recommended.results, corpus);
  const { unexpected, missing } = compareWithExpected(findings, readExpectedFindings());
  for (const f of unexpected) console.log(`  not reviewed: ${f.rule} ${f.file}:${f.line} (${f.messageId})`);
  for (const f of missing) console.log(`  reviewed but no longer reported: ${f.rule} ${f.file}:${f.line}`);
  return { files, runs, findings, unexpected, missing, paired };
}

const allScenarios = () => [
  ...Object.entries(ESLINT_SCENARIOS),
  ['report', { label: REPORT_LABEL }],
  ...Object.entries(OXLINT_SCENARIOS),
];

function report(results, real, typed) {
  const sum = (times, rules) => rules.reduce((total, rule) => total + (times[rule] ?? 0), 0);
  const lines = [
    '# Benchmark results',
    '',
    `Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}.`,
    '',
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}.`,
    `Versions: ${Object.entries(versions())
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
    '',
    "Rule time is ESLint's own per-rule timing (`TIMING=all`); whole-run time is wall-clock time of the CLI",
    'process, peak memory its maximum resident set. Whole-run times on these shared 2-core machines drift about',
    '±10% between runs: read the same-run ratios, not single seconds.',
    '',
  ];
  for (const { size, banned, runs, paired } of results) {
    const base = runs.baseline.seconds;
    const core = runs.core;
    lines.push(`## ${size} files (${banned} load a banned client)`, '');
    lines.push(
      '| Run | Reports | Whole run (s) | ms / file | × baseline | × core rule run | Rule time (ms) | Peak memory (MB) |',
    );
    lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const [name, scenario] of allScenarios()) {
      const run = runs[name];
      const ruleMs = run.times ? fmt(run.ruleMs, 1) : '—';
      lines.push(
        `| ${scenario.label} | ${run.reports} | ${fmt(run.seconds)} | ${fmt((run.seconds * 1000) / size)} | ${fmt(run.seconds / base)} | ${fmt(run.seconds / core.seconds)} | ${ruleMs} | ${fmt(run.peakMb, 0)} |`,
      );
    }
    const oursMs = oursMsOf(runs.recommended.times);
    const coreMs = coreMsOf(runs.core.times);
    const coreSyntaxMs = sum(runs.coreSyntax.times, ['no-restricted-imports', 'no-restricted-syntax']);
    lines.push(
      '',
      '| Target | Measured | Met |',
      '| --- | ---: | :---: |',
      ...pairedRow(paired),
      `| our rules ÷ core no-restricted-imports + no-restricted-globals (rule time, this run) | ${fmt(oursMs / coreMs)} | — |`,
      `| our rules ÷ core no-restricted-imports + no-restricted-syntax (rule time) | ${fmt(oursMs / coreSyntaxMs)} | — |`,
      `| our rule time ÷ whole lint time < 1% | ${fmt((100 * oursMs) / (runs.recommended.seconds * 1000), 3)}% | ${oursMs / (runs.recommended.seconds * 1000) < 0.01 ? 'yes' : 'no'} |`,
      `| eslint --fix ÷ plain lint (configs.maily) ≤ 1.3 | ${fmt(runs.mailyFix.seconds / runs.maily.seconds)} | ${runs.mailyFix.seconds / runs.maily.seconds <= 1.3 ? 'yes' : 'no'} |`,
      `| migration report ÷ the ESLint run it wraps < 1.05 | ${fmt(runs.report.seconds / runs.recommended.seconds)} | ${runs.report.seconds / runs.recommended.seconds < 1.05 ? 'yes' : 'no'} |`,
      `| ESLint ÷ oxlint, both with the plugin ≥ 8 | ${fmt(runs.recommended.seconds / runs.oxPlugin.seconds)} | ${runs.recommended.seconds / runs.oxPlugin.seconds >= 8 ? 'yes' : 'no'} |`,
      '',
    );
  }
  lines.push(
    '## Time per file across corpus sizes',
    '',
    '| Run | ' + results.map((r) => `${r.size} files`).join(' | ') + ' |',
  );
  lines.push('| --- | ' + results.map(() => '---:').join(' | ') + ' |');
  for (const [name, scenario] of allScenarios()) {
    lines.push(
      `| ${scenario.label} | ${results.map((r) => `${fmt((r.runs[name].seconds * 1000) / r.size)} ms`).join(' | ')} |`,
    );
  }
  if (real) lines.push(...realCorpusSection(real));
  lines.push('', ...typedSection(typed));
  lines.push('', ...NOTES);
  return `${lines.join('\n')}\n`;
}

/** The target row judged by the median of the paired runs, when they were made. */
function pairedRow(paired) {
  if (!paired) return [];
  const { ratios, median: m } = paired;
  return [
    `| our rules ÷ core no-restricted-imports + no-restricted-globals (rule time), median of ${ratios.length} paired runs (${ratios.map((r) => fmt(r)).join(', ')}) ≤ 0.5 | ${fmt(m)} | ${m <= 0.5 ? 'yes' : 'no'} |`,
  ];
}

function realCorpusSection({ files, runs, findings, unexpected, missing, paired }) {
  const monorepos = [...new Set(REAL_PACKAGES.map((p) => p.monorepo))];
  const oursMs = oursMsOf(runs.recommended.times);
  const coreMs = coreMsOf(runs.core.times);
  const byRule = new Map();
  for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  const precise = unexpected.length === 0 && missing.length === 0;
  return [
    '',
    `## Real code: ${files} files from ${REAL_PACKAGES.length} packages of ${monorepos.length} monorepos`,
    '',
    `Published sources of ${REAL_PACKAGES.map((p) => `\`${p.spec}\``).join(', ')} (\`bench/real-corpus.js\`), linted as one`,
    'workspace with `configs.recommended`: servers, `fetch` shadowed by parameters and locals, `fetch` options and',
    'properties. Every finding must be in the reviewed list `bench/real-corpus.expected.json`, each with the',
    "reviewer's reason, and every reviewed finding must still be reported.",
    '',
    '| Run | Reports | Whole run (s) | Rule time (ms) |',
    '| --- | ---: | ---: | ---: |',
    ...['baseline', 'core', 'recommended'].map(
      (name) =>
        `| ${ESLINT_SCENARIOS[name].label} | ${runs[name].reports} | ${fmt(runs[name].seconds)} | ${fmt(runs[name].ruleMs, 1)} |`,
    ),
    '',
    '| Rule | Findings |',
    '| --- | ---: |',
    ...[...byRule].map(([rule, n]) => `| ${rule} | ${n} |`),
    '',
    '| Target | Measured | Met |',
    '| --- | ---: | :---: |',
    `| findings not in the reviewed list (false positives) | ${unexpected.length} | ${unexpected.length === 0 ? 'yes' : 'no'} |`,
    `| reviewed findings no longer reported | ${missing.length} | ${missing.length === 0 ? 'yes' : 'no'} |`,
    ...pairedRow(paired),
    `| our rules ÷ core no-restricted-imports + no-restricted-globals (rule time, the run above) | ${fmt(oursMs / coreMs)} | — |`,
    ...(precise ? [] : ['', 'Precision check failed: see the bench output for the findings to review.']),
  ];
}

const NOTES = [
  '## Reading the results',
  '',
  '- **Noise.** Each row is one process on a shared 2-core machine. Whole-run times drift ±10–20% between',
  "  runs, and ESLint's per-rule `TIMING` drifts as much (core `no-restricted-imports` at 20k files measured",
  '  937 ms, 1,247 ms and 1,365 ms in three runs of this script). Ratios near a threshold can flip from run to',
  '  run; the 20k-file corpus, where start-up costs are amortized, is the one to judge by.',
  '- **Rule time.** "Our rules" are every rule of `configs.recommended` that lints code: `no-axios`,',
  '  `no-node-fetch`, `no-legacy-redis`, `no-global-fetch` and `no-node-http-requests` (five rules against one',
  '  core rule, covering require(), import(), TypeScript forms, mocks, globals and raw requests). A file whose text',
  "  holds no specifier of a banned module (a quote, the name, then a closing quote or a subpath's `/`) and no escape",
  "  that could spell one registers no listeners at all; the corpus puts look-alikes (`'axios-hooks'`,",
  "  `'redis-lock'`) in a quarter of its files to keep that honest. What remains is mostly ESLint's cost of",
  '  calling five rules per file; the first of them to run on a file pays about 0.1 s more at 20k files (with',
  '  `no-axios` off, `no-node-fetch` takes that cost over). Real code quotes `fetch` and `http` far more often',
  '  than the generated corpus, so its ratio reads higher.',
  '- **Oxlint at 1k files.** Loading the JS plugin costs oxlint about 0.4 s once, which dominates a 1k-file run',
  '  (ratio just under 8); from 5k files on the ratio is 12–23.',
  '- **Migration report.** In CI (no progress bar) it hands the paths to ESLint in one call, so it adds only the',
  '  summary (about 0.1 s); the remaining spread at small sizes is the run-to-run noise above.',
  '- **`configs.maily` costs more rule time than `configs.recommended`**: with targets set, each rule collects the',
  "  file's loads and plans fixes at `Program:exit`.",
  '- **Oxlint `--fix`** applies one pass per run (see README); the fix row here is ESLint, which loops.',
  '',
];

main();
