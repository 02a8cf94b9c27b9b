import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/example-workspace.js';
import { type HistoryPoint, readHistory, type Snapshot } from '../../src/report/history.js';
import type { Counts, MigrationReport } from '../../src/report/summarize.js';
import { decodePng } from '../helpers/png.js';
import { browse, CHROMIUM_MISSING, hasChromium } from './chromium.js';
import { copyExample, eslint, runNode } from './cli-helpers.js';

const cli = path.join(repoRoot, 'dist/src/report/cli.js');
const outputDir = fileURLToPath(new URL('output/', import.meta.url));

if (!hasChromium) console.warn(`\nThe burn-down chart test is skipped: ${CHROMIUM_MISSING}.\n`);

// A CI machine running these tests has its own run id: the tests name theirs.
const noCiRun = { GITHUB_RUN_ID: '', CI_PIPELINE_ID: '', BUILDKITE_BUILD_ID: '', CIRCLE_WORKFLOW_ID: '' };
const report = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  runNode(cli, args, cwd, { ...noCiRun, STANDARD_CLIENTS_REPORT_DATE: '', ...env });

function json(args: string[], cwd: string, env?: NodeJS.ProcessEnv): MigrationReport {
  const run = report([...args, '--format', 'json'], cwd, env);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as MigrationReport;
}

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Snapshot);

/** What a history point holds of a report: its totals and per package counts. */
function pointOf(report: MigrationReport): Pick<HistoryPoint, 'totals' | 'packages'> {
  const counts = ({
    findings,
    fixable,
    fixableProven,
    fixableUnproven,
    suggestionOnly,
    manual,
    suppressed,
  }: Counts) => ({
    findings,
    fixable,
    fixableProven,
    fixableUnproven,
    suggestionOnly,
    manual,
    suppressed,
  });
  return {
    totals: counts(report.totals),
    packages: Object.fromEntries(report.packages.map((p) => [p.path, { name: p.name, ...counts(p) }])),
  };
}

// In the order the chart draws them: a later series paints over an earlier one.
const SERIES_COLORS = {
  findings: [21, 101, 192],
  fixableProven: [46, 125, 50],
  fixableUnproven: [106, 27, 154],
  manual: [198, 40, 40],
};

interface RenderedPoint {
  series: keyof typeof SERIES_COLORS;
  value: number;
  x: number;
  y: number;
}

/** Where Chromium laid out the chart's points: a script appended to a copy of the page writes it into the DOM. */
function renderedPoints(html: string, windowSize: string): RenderedPoint[] {
  const probe = html.replace(/\.html$/, '.probe.html');
  const script = `<script>
const points = [...document.querySelectorAll('#burn-down .point')].map((circle) => {
  const box = circle.getBoundingClientRect();
  return { series: circle.dataset.series, value: Number(circle.dataset.value), x: box.x + box.width / 2, y: box.y + box.height / 2 };
});
document.body.insertAdjacentHTML('beforeend', '<pre id="layout">' + JSON.stringify(points) + '</pre>');
</script>`;
  writeFileSync(probe, readFileSync(html, 'utf8').replace('</body>', `${script}\n</body>`));
  const dom = browse(probe, windowSize, ['--dump-dom']);
  const layout = /<pre id="layout">(\[.*?\])<\/pre>/.exec(dom)?.[1];
  expect(layout, 'the probe script ran').toBeDefined();
  return JSON.parse(layout!.replaceAll('&quot;', '"')) as RenderedPoint[];
}

// Each test runs ESLint and the report several times: seconds each on a busy 2-core machine.
describe('standard-clients-report --history: the burn-down', { timeout: 120_000 }, () => {
  it('records a falling burn-down over three runs: before the fix, after eslint --fix, after eslint --suppress-all', () => {
    const root = copyExample();
    const history = path.join(root, 'migration-history.jsonl');
    const run = (date: string) => json(['--history', history, '--date', date], root);

    const before = run('2026-11-02');
    expect(eslint('eslint', ['.', '--fix'], root).stdout).not.toBe('');
    const fixed = run('2026-11-09');
    expect(eslint('eslint', ['.', '--suppress-all'], root).status).toBe(0);
    const suppressed = run('2026-11-16T10:15:00+01:00');

    // One --fix pass leaves one proven fix: webhooks' code moves once the pass has added the target to its
    // package.json (npm run example runs --fix twice for it).
    expect([before, fixed, suppressed].map((r) => r.totals.findings)).toEqual([40, 27, 0]);
    expect(fixed.totals).toMatchObject({ fixableProven: 1, fixableUnproven: 0 });
    expect(lines(history)).toEqual([
      // Without a CI run id, each local run is its own run, named by its date.
      { version: 1, run: '2026-11-02T00:00:00.000Z', scope: '.', date: '2026-11-02T00:00:00.000Z', ...pointOf(before) },
      { version: 1, run: '2026-11-09T00:00:00.000Z', scope: '.', date: '2026-11-09T00:00:00.000Z', ...pointOf(fixed) },
      {
        version: 1,
        run: '2026-11-16T09:15:00.000Z',
        scope: '.',
        date: '2026-11-16T09:15:00.000Z',
        ...pointOf(suppressed),
      },
    ]);
    expect(lines(history)[2]!.totals).toEqual({
      findings: 0,
      fixable: 0,
      fixableProven: 0,
      fixableUnproven: 0,
      suggestionOnly: 0,
      manual: 0,
      suppressed: 27,
    });

    // The pull-request comment shows the trend with the change since the run before.
    const markdown = report(['--show-history', history, '--format', 'markdown'], root);
    expect(markdown.status).toBe(0);
    expect(markdown.stdout.split('\n### Burn-down\n')[1]).toBe(
      [
        '',
        '3 runs.',
        '',
        '| Date | Open | Proven fix | Unproven fix | Suggestion | Manual | Suppressed |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| 2026-11-02 | 40 | 7 | 6 | 13 | 14 | 0 |',
        // webhooks' deliver.ts: manual while its package.json lacked the target, a proven fix once it has it.
        '| 2026-11-09 | 27 (−13) | 1 (−6) | 0 (−6) | 13 | 13 (−1) | 0 |',
        '| 2026-11-16 09:15 | 0 (−27) | 0 (−1) | 0 | 0 (−13) | 0 (−13) | 27 (+27) |',
        '',
      ].join('\n'),
    );
    // --show-history appends nothing.
    expect(lines(history)).toHaveLength(3);
  });

  it.skipIf(!hasChromium)(
    hasChromium
      ? 'draws the burn-down in the HTML page: Chromium renders each series falling, in its color'
      : `draws the burn-down in the HTML page (skipped: ${CHROMIUM_MISSING})`,
    () => {
      const root = copyExample();
      const history = path.join(root, 'migration-history.jsonl');
      const html = path.join(root, 'migration.html');
      const run = (date: string) =>
        report(['--history', history, '--date', date, '--format', 'html', '--output', html], root);
      expect(run('2026-11-02').status).toBe(0);
      eslint('eslint', ['.', '--fix'], root);
      expect(run('2026-11-09').status).toBe(0);
      eslint('eslint', ['.', '--suppress-all'], root);
      expect(report(['--show-history', history, '--format', 'html', '--output', html], root).status).toBe(0);

      const page = readFileSync(html, 'utf8');
      // Accessible: the chart names itself and says what it shows; the data is in a table too.
      expect(page).toContain('aria-labelledby="burn-down-title burn-down-desc"');
      expect(page).toContain(
        '<desc id="burn-down-desc">Findings over 2 runs, 2026-11-02 to 2026-11-09: open from 40 to 27, proven fix from 7 to 1, unproven fix from 6 to 0, manual from 14 to 13.</desc>',
      );
      expect(page).toContain(
        '<tr><td>2026-11-09</td><td>2026-11-09T00:00:00.000Z</td><td>27</td><td>1</td><td>0</td><td>13</td><td>13</td><td>0</td></tr>',
      );
      // Self-contained: nothing is loaded from anywhere.
      expect(page).not.toMatch(/<script|<link|src=|href=/);

      expect(run('2026-11-16').status).toBe(0);
      // Tall enough for the chart below the work list, by reason and by file.
      const windowSize = '1000,1800';
      const points = renderedPoints(html, windowSize);
      const series = (name: RenderedPoint['series']) => points.filter((p) => p.series === name);
      expect(series('findings').map((p) => p.value)).toEqual([40, 27, 0]);
      expect(series('fixableProven').map((p) => p.value)).toEqual([7, 1, 0]);
      expect(series('fixableUnproven').map((p) => p.value)).toEqual([6, 0, 0]);
      expect(series('manual').map((p) => p.value)).toEqual([14, 13, 0]);
      for (const name of Object.keys(SERIES_COLORS) as RenderedPoint['series'][]) {
        const drawn = series(name);
        // Falling on screen: later runs to the right, never higher (screen y grows downwards).
        for (let i = 1; i < drawn.length; i++) {
          expect(drawn[i]!.x).toBeGreaterThan(drawn[i - 1]!.x + 100);
          expect(drawn[i]!.y).toBeGreaterThanOrEqual(drawn[i - 1]!.y);
        }
      }
      // Heights are proportional to the values: 27 open findings sit 27/40 of the way from 0 up to 40.
      const [first, middle, last] = series('findings');
      expect(middle!.y).toBeCloseTo(last!.y + ((first!.y - last!.y) * 27) / 40, 0);
      expect(last!.y - first!.y).toBeGreaterThan(150);

      mkdirSync(outputDir, { recursive: true });
      const screenshot = path.join(outputDir, 'burn-down.png');
      browse(html, windowSize, [`--screenshot=${screenshot}`]);
      const image = decodePng(readFileSync(screenshot));
      expect([image.width, image.height]).toEqual([1000, 1800]);
      // Each point that no later series covers is painted in its series' color where Chromium laid it out. A later
      // series' line passes a run's x at its own point, so only a later point near it can cover it.
      const order = Object.keys(SERIES_COLORS);
      const drawnLater = (p: RenderedPoint, q: RenderedPoint) => order.indexOf(q.series) > order.indexOf(p.series);
      const visible = points.filter(
        (p) => !points.some((q) => drawnLater(p, q) && Math.hypot(p.x - q.x, p.y - q.y) < 10),
      );
      // The proven fixes lie 6 px above the unproven ones in the first two runs (7 over 6, 1 over 0).
      expect(new Set(visible.map((p) => p.series))).toEqual(new Set(['findings', 'fixableUnproven', 'manual']));
      for (const point of visible) {
        const [r, g, b] = image.pixel(point.x, point.y);
        const [er, eg, eb] = SERIES_COLORS[point.series];
        expect({ ...point, color: [r, g, b] }).toEqual({ ...point, color: [er, eg, eb] });
      }
      console.log(`Burn-down screenshot: ${screenshot}`);
    },
    180_000,
  );

  it('merges the lines of CI shards into one point per run; a retried shard replaces its line', () => {
    const root = copyExample();
    const shard = (name: string, paths: string[]) => {
      const file = path.join(root, name);
      eslint('eslint', [...paths, '--format', 'json', '--output-file', file], root);
      return file;
    };
    // The billing package is split across the shards: its counts add up.
    const first = shard('shard-1.json', ['services/billing/src', 'apps']);
    const second = shard('shard-2.json', [
      'services/billing/test',
      'services/billing/package.json',
      'services/legacy-cache',
      'services/realtime',
      'services/webhooks',
      'services/worker',
    ]);
    const history = path.join(root, 'migration-history.jsonl');
    const ci = { GITHUB_RUN_ID: '8123' };

    const full = json([], root);
    json(['--results', first, '--history', history, '--date', '2026-11-02T08:00:00Z'], root, ci);
    json(['--results', second, '--history', history, '--date', '2026-11-02T08:03:00Z'], root, ci);
    // The second shard's job is retried: its new line replaces the old one instead of counting twice.
    json(['--results', second, '--history', history, '--date', '2026-11-02T08:09:00Z'], root, ci);
    // A later run with an explicit id is a point of its own.
    json(['--history', history, '--run-id', 'nightly-2026-11-03', '--date', '2026-11-03'], root);

    const written = lines(history);
    expect(written.map(({ run, scope }) => [run, scope])).toEqual([
      ['GITHUB_RUN_ID=8123', first],
      ['GITHUB_RUN_ID=8123', second],
      ['GITHUB_RUN_ID=8123', second],
      ['nightly-2026-11-03', '.'],
    ]);
    expect(written[0]!.packages['services/billing']!.findings).toBeGreaterThan(0);
    expect(written[1]!.packages['services/billing']!.findings).toBeGreaterThan(0);

    const points = readHistory(history);
    expect(points).toEqual([
      { run: 'GITHUB_RUN_ID=8123', date: '2026-11-02T08:00:00.000Z', ...pointOf(full) },
      { run: 'nightly-2026-11-03', date: '2026-11-03T00:00:00.000Z', ...pointOf(full) },
    ]);
  });

  it('explains a bad history line with its file and line number, and bad options, with exit code 2', () => {
    const root = copyExample();
    const history = path.join(root, 'migration-history.jsonl');
    expect(json(['--history', history, '--date', '2026-11-02'], root).totals.findings).toBe(40);
    const good = readFileSync(history, 'utf8');
    // Line 2 is blank (skipped), line 3 is the one under test.
    const withLine = (line = '') => writeFileSync(history, `${good}\n${line}\n`);
    const expected = 'expected a snapshot { version: 1, run, scope, date, totals, packages } written by --history';

    const cases: [string | undefined, string[], string][] = [
      ['{"version":1,', ['--show-history', history], `${history}:3: not a JSON line (`],
      [
        good.replace('"manual":14,', ''),
        ['--show-history', history],
        `${history}:3: totals.manual is not a count; ${expected}`,
      ],
      // The split of fixes may be missing (a line of an earlier release), never wrong.
      [
        good.replace('"fixableUnproven":6,', '"fixableUnproven":-6,'),
        ['--show-history', history],
        `${history}:3: totals.fixableUnproven is not a count; ${expected}`,
      ],
      [
        good.replace('"name":"@maily/worker",', ''),
        ['--history', history],
        `${history}:3: packages["services/worker"].name is not a string; ${expected}`,
      ],
      [good.replace('"version":1', '"version":2'), ['--show-history', history], `${history}:3: version is 2, not 1`],
      [
        undefined,
        ['--history', history, '--date', 'last tuesday'],
        '--date last tuesday is not a date; expected ISO 8601 such as 2026-11-26 or 2026-11-26T09:30:00Z',
      ],
      [undefined, ['--run-id', '42'], '--run-id and --date describe the line --history <file> appends; add --history'],
      [undefined, ['--history', history, '--run-id', ' '], '--run-id needs a non-empty id'],
      [
        undefined,
        ['--history', history, '--show-history', history],
        'give --history (append and show) or --show-history (show only), not both',
      ],
      [undefined, ['--show-history', 'missing.jsonl'], 'cannot read the history missing.jsonl: ENOENT'],
    ];
    for (const [line, args, message] of cases) {
      withLine(line?.trim());
      const run = report(args, root);
      expect({ args, status: run.status }).toEqual({ args, status: 2 });
      expect(run.stderr).toContain(`standard-clients-report: ${message}`);
    }
    // A bad date from the environment names the variable.
    const fromEnv = report(['--history', history], root, { STANDARD_CLIENTS_REPORT_DATE: '26/11/2026' });
    expect(fromEnv.stderr).toBe(
      'standard-clients-report: STANDARD_CLIENTS_REPORT_DATE 26/11/2026 is not a date; expected ISO 8601 such as 2026-11-26 or 2026-11-26T09:30:00Z\n',
    );
    // A hand-edited file whose last line lost its newline still gets the next snapshot on a line of its own.
    writeFileSync(history, good.trimEnd());
    expect(json(['--history', history, '--date', '2026-11-03'], root).totals.findings).toBe(40);
    expect(lines(history).map((l) => l.date)).toEqual(['2026-11-02T00:00:00.000Z', '2026-11-03T00:00:00.000Z']);
    appendFileSync(history, '\n\n');
    expect(readHistory(history)).toHaveLength(2);
  });
});
