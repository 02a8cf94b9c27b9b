import { describe, expect, it } from 'vitest';
import { gridValues, burnDownSection } from '../../src/report/formats/burn-down-chart.js';
import { trendLine, trendMarkdown } from '../../src/report/formats/trend.js';
import { burnDown, type Snapshot } from '../../src/report/history.js';

const counts = (findings: number, fixable = 0, manual = 0) => ({
  findings,
  fixable,
  fixableProven: fixable,
  fixableUnproven: 0,
  suggestionOnly: findings - fixable - manual,
  manual,
  suppressed: 0,
});

const line = (run: string, scope: string, date: string, byPackage: Record<string, number>): Snapshot => {
  const packages = Object.fromEntries(
    Object.entries(byPackage).map(([folder, findings]) => [folder, { name: `@x/${folder}`, ...counts(findings) }]),
  );
  const total = Object.values(byPackage).reduce((a, b) => a + b, 0);
  return { version: 1, run, scope, date, totals: counts(total), packages };
};

describe('the burn-down history', () => {
  it('merges the lines of one run by summing per package, dated by its earliest line, ordered by date', () => {
    const points = burnDown([
      line('b', 'shard-2.json', '2026-11-09T10:05:00.000Z', { api: 2, web: 1 }),
      line('a', '.', '2026-11-02T00:00:00.000Z', { api: 9 }),
      line('b', 'shard-1.json', '2026-11-09T10:00:00.000Z', { api: 3 }),
      // A retried shard: replaces its first line.
      line('b', 'shard-2.json', '2026-11-09T10:20:00.000Z', { api: 1, web: 1 }),
    ]);
    expect(points).toEqual([
      {
        run: 'a',
        date: '2026-11-02T00:00:00.000Z',
        totals: counts(9),
        packages: { api: { name: '@x/api', ...counts(9) } },
      },
      {
        run: 'b',
        date: '2026-11-09T10:00:00.000Z',
        totals: counts(5),
        packages: { api: { name: '@x/api', ...counts(4) }, web: { name: '@x/web', ...counts(1) } },
      },
    ]);
  });

  it('shows the last 8 runs in Markdown, the first of them with its change since the run before it', () => {
    const points = burnDown(
      Array.from({ length: 10 }, (_, i) => line(`run-${i}`, '.', `2026-11-${String(i + 10)}`, { api: 40 - i * 3 })),
    );
    const table = trendMarkdown(points);
    expect(table.slice(0, 3)).toEqual(['### Burn-down', '', 'The last 8 of 10 runs.']);
    expect(table.slice(6)).toHaveLength(8);
    expect(table[6]).toBe('| 2026-11-12 | 34 (−3) | 0 | 0 | 34 (−3) | 0 | 0 |');
    expect(table.at(-1)).toBe('| 2026-11-19 | 13 (−3) | 0 | 0 | 13 (−3) | 0 | 0 |');
    expect(trendLine(points)).toBe(
      'Open findings over the last 8 of 10 runs (2026-11-12 to 2026-11-19): 34 → 31 → 28 → 25 → 22 → 19 → 16 → 13',
    );
    expect(trendLine(points.slice(0, 1))).toBe('Open findings over 1 run (2026-11-10 to 2026-11-10): 40');
  });

  it('ends the chart axis on a round value at or above the largest count', () => {
    expect(gridValues(0)).toEqual([0, 1]);
    expect(gridValues(4)).toEqual([0, 1, 2, 3, 4]);
    expect(gridValues(26)).toEqual([0, 10, 20, 30]);
    expect(gridValues(101)).toEqual([0, 50, 100, 150]);
    expect(gridValues(4000)).toEqual([0, 1000, 2000, 3000, 4000]);
  });

  it('draws one run in the middle, and escapes run ids', () => {
    const html = burnDownSection(burnDown([line('<nightly & co>', '.', '2026-11-02', { api: 0 })]));
    expect(html).toContain('data-run="&lt;nightly &amp; co&gt;"');
    expect(html).not.toContain('<nightly');
    // Zero findings sit on the axis; the only run is centred.
    expect(html).toContain('data-value="0" cx="338.0" cy="264.0"');
    expect(html).toContain('Findings over 1 run, 2026-11-02 to 2026-11-02');
  });

  it('keeps a long history readable: six evenly spread day labels, lines without dots', () => {
    const points = burnDown(
      Array.from({ length: 100 }, (_, i) =>
        line(`run-${i}`, '.', new Date(Date.UTC(2026, 0, 1, 12) + i * 86_400_000).toISOString(), { api: 500 - i }),
      ),
    );
    const html = burnDownSection(points);
    const labels = [...html.matchAll(/text-anchor="middle">([^<]+)</g)].map((m) => m[1]);
    expect(labels).toEqual(['2026-01-01', '2026-01-21', '2026-02-10', '2026-03-01', '2026-03-21', '2026-04-10']);
    expect(html).not.toContain('<circle');
    expect(html.match(/<polyline/g)).toHaveLength(4);
    expect(html).toContain('Burn-down data (100 runs)');
  });

  it('reads lines written before fixes were split: their runs show the split as unknown, never as zero', () => {
    const earlier = { findings: 10, fixable: 6, suggestionOnly: 3, manual: 1, suppressed: 0 };
    const early = (run: string, scope: string, date: string): Snapshot => ({
      version: 1,
      run,
      scope,
      date,
      totals: earlier,
      packages: { api: { name: '@x/api', ...earlier } },
    });
    const split = { ...earlier, fixableProven: 4, fixableUnproven: 2 };
    const points = burnDown([
      early('a', '.', '2026-11-02'),
      // A run whose shards were written by two releases: only one of them split its fixes.
      early('b', 'shard-1.json', '2026-11-09'),
      { ...early('b', 'shard-2.json', '2026-11-09'), totals: split, packages: { web: { name: '@x/web', ...split } } },
      { ...early('c', '.', '2026-11-16'), totals: split, packages: { api: { name: '@x/api', ...split } } },
    ]);
    expect(points.map((p) => p.totals)).toEqual([
      earlier,
      { ...earlier, findings: 20, fixable: 12, suggestionOnly: 6, manual: 2 },
      split,
    ]);
    expect(points[1]!.packages.web).toEqual({ name: '@x/web', ...split });

    expect(trendMarkdown(points).slice(4)).toEqual([
      '| Date | Open | Proven fix | Unproven fix | Suggestion | Manual | Suppressed |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| 2026-11-02 | 10 | — | — | 3 | 1 | 0 |',
      '| 2026-11-09 | 20 (+10) | — | — | 6 (+3) | 2 (+1) | 0 |',
      '| 2026-11-16 | 10 (−10) | 4 | 2 | 3 (−3) | 1 (−1) | 0 |',
    ]);
    const html = burnDownSection(points);
    // The fix series start at the first run that has them: unknown runs get no dot (and no place on the line).
    const dots = (series: string) => [...html.matchAll(new RegExp(`data-series="${series}" data-run="(\\w)"`, 'g'))];
    expect(dots('fixableProven').map((m) => m[1])).toEqual(['c']);
    expect(dots('fixableUnproven').map((m) => m[1])).toEqual(['c']);
    expect(dots('findings').map((m) => m[1])).toEqual(['a', 'b', 'c']);
    expect(html).toContain(
      'Findings over 3 runs, 2026-11-02 to 2026-11-16: open from 10 to 10, proven fix from 4 to 4, unproven fix from 2 to 2, manual from 1 to 1.',
    );
    expect(html).toContain('<td>2026-11-09</td><td>b</td><td>20</td><td>—</td><td>—</td><td>6</td>');
  });
});
