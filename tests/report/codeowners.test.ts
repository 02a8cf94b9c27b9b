import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownersOf, parseCodeOwners, readCodeOwners } from '../../src/report/codeowners.js';
import { directoryGrouping, groupingFor, NO_OWNER, ownerGrouping } from '../../src/report/grouping.js';
import type { ReportFinding } from '../../src/report/summarize.js';

const ROOT = '/repo';
const owners = (text: string, files: readonly string[]) => {
  const parsed = parseCodeOwners(text, `${ROOT}/CODEOWNERS`, ROOT);
  return Object.fromEntries(files.map((file) => [file, ownersOf(parsed, ROOT, file)]));
};

describe('CODEOWNERS patterns (GitHub and GitLab syntax)', () => {
  it('anchors a pattern with a slash at the start or in the middle, and matches a bare name at any depth', () => {
    const text = ['/build/logs/ @logs', 'docs/* @docs', 'apps/ @apps', 'README.md @readme', '**/cache @cache'].join(
      '\n',
    );
    expect(
      owners(text, [
        'build/logs/a.txt',
        'build/logs/deep/b.txt',
        'x/build/logs/c.txt',
        'docs/intro.md',
        'docs/guide/nested.md',
        'x/docs/intro.md',
        'apps/web/main.ts',
        'services/apps/main.ts',
        'README.md',
        'pkg/README.md',
        'cache/a.ts',
        'a/b/cache/c.ts',
      ]),
    ).toEqual({
      'build/logs/a.txt': ['@logs'],
      'build/logs/deep/b.txt': ['@logs'],
      'x/build/logs/c.txt': [],
      // `docs/*` takes the files directly in docs/ only; and it is anchored (a slash in the middle).
      'docs/intro.md': ['@docs'],
      'docs/guide/nested.md': [],
      'x/docs/intro.md': [],
      // `apps/` (a trailing slash only) is a directory anywhere.
      'apps/web/main.ts': ['@apps'],
      'services/apps/main.ts': ['@apps'],
      'README.md': ['@readme'],
      'pkg/README.md': ['@readme'],
      'cache/a.ts': ['@cache'],
      'a/b/cache/c.ts': ['@cache'],
    });
  });

  it('reads *, ?, ** and character classes, and the last matching line wins', () => {
    const text = [
      '*           @everyone',
      '*.ts        @typescript',
      'src/**/*.test.ts @testers',
      'v?.json     @versions',
      '[Mm]akefile @make',
      '/src/legacy/ @legacy',
    ].join('\n');
    expect(
      owners(text, [
        'index.js',
        'lib/a.ts',
        'src/a.test.ts',
        'src/deep/b.test.ts',
        'other/c.test.ts',
        'v1.json',
        'v10.json',
        'Makefile',
        'makefile',
        'src/legacy/old.test.ts',
      ]),
    ).toEqual({
      'index.js': ['@everyone'],
      'lib/a.ts': ['@typescript'],
      'src/a.test.ts': ['@testers'],
      'src/deep/b.test.ts': ['@testers'],
      'other/c.test.ts': ['@typescript'],
      'v1.json': ['@versions'],
      'v10.json': ['@everyone'],
      Makefile: ['@make'],
      makefile: ['@make'],
      'src/legacy/old.test.ts': ['@legacy'],
    });
  });

  it('skips comments, keeps escaped # and spaces, lists several owners, and a later line without owners unowns', () => {
    const text = [
      '# a comment line',
      '   # an indented comment',
      '',
      '\\#notes.md @hash      # an inline comment',
      'my\\ file.txt @space',
      '/apps/ @octocat @org/web someone@example.com',
      '/apps/github',
    ].join('\r\n');
    expect(owners(text, ['#notes.md', 'my file.txt', 'apps/web/a.ts', 'apps/github/b.ts'])).toEqual({
      '#notes.md': ['@hash'],
      'my file.txt': ['@space'],
      'apps/web/a.ts': ['@octocat', '@org/web', 'someone@example.com'],
      'apps/github/b.ts': [],
    });
  });

  it('GitLab sections: each section has its own last match, default owners, optional and approval-count headers', () => {
    const text = [
      '*.ts @fallback',
      '[Backend] @backend-leads',
      'services/',
      'services/billing/ @payments',
      '^[Docs][2] @writers',
      '*.md',
      '[backend]',
      // The same section again (names are case-insensitive): still the Backend section's last match.
      'services/realtime/ @realtime',
    ].join('\n');
    expect(
      owners(text, ['services/worker/a.ts', 'services/billing/b.ts', 'services/realtime/c.md', 'web/d.ts', 'e.js']),
    ).toEqual({
      'services/worker/a.ts': ['@fallback', '@backend-leads'],
      'services/billing/b.ts': ['@fallback', '@payments'],
      'services/realtime/c.md': ['@realtime', '@writers'],
      'web/d.ts': ['@fallback'],
      'e.js': [],
    });
  });

  it('finds the file where GitHub and GitLab look, with paths from the folder above .github/', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'codeowners-'));
    mkdirSync(path.join(root, '.gitlab'));
    writeFileSync(path.join(root, '.gitlab/CODEOWNERS'), '/src/ @gitlab\n');
    expect(ownersOf(readCodeOwners(root), root, 'src/a.ts')).toEqual(['@gitlab']);
    // .github/ comes first.
    mkdirSync(path.join(root, '.github'));
    writeFileSync(path.join(root, '.github/CODEOWNERS'), '/src/ @github\n');
    expect(ownersOf(readCodeOwners(root), root, 'src/a.ts')).toEqual(['@github']);
    // A file given explicitly; a report root below the CODEOWNERS folder still matches paths from that folder.
    expect(
      ownersOf(readCodeOwners(path.join(root, 'src'), '../.gitlab/CODEOWNERS'), path.join(root, 'src'), 'a.ts'),
    ).toEqual(['@gitlab']);
  });
});

describe('grouping findings', () => {
  const finding = (file: string) => ({ file }) as ReportFinding;

  it('groups by owner, a file nobody owns under "(no owner)", listed last', () => {
    const grouping = ownerGrouping(parseCodeOwners('/a/ @a @b\n/c/ @c\n', '/r/CODEOWNERS', '/r'), '/r');
    expect(['a/x.ts', 'c/y.ts', 'z.ts'].map((f) => grouping.keysOf(finding(f)))).toEqual([
      ['@a', '@b'],
      ['@c'],
      [NO_OWNER],
    ]);
    expect([NO_OWNER, '@c', '@a'].sort(grouping.compare)).toEqual(['@a', '@c', NO_OWNER]);
  });

  it('groups by the leading folders; a file less deep counts under its own folder', () => {
    const grouping = directoryGrouping(2);
    expect(['services/billing/src/a.ts', 'apps/b.ts', 'c.ts'].map((f) => grouping.keysOf(finding(f)))).toEqual([
      ['services/billing'],
      ['apps'],
      ['.'],
    ]);
  });

  it('explains bad grouping options', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'no-codeowners-'));
    const error = (options: Parameters<typeof groupingFor>[1]) => {
      try {
        groupingFor(root, options);
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(error({ groupBy: 'team' })).toBe('unknown --group-by team; expected package, owner, directory');
    expect(error({ groupBy: 'owner', depth: '2' })).toBe('--depth applies to --group-by directory');
    expect(error({ codeowners: 'CODEOWNERS' })).toBe('--codeowners applies to --group-by owner');
    expect(error({ groupBy: 'directory', depth: '0' })).toBe(
      "--depth takes the number of leading folders, a whole number from 1; got '0'",
    );
    expect(error({ groupBy: 'owner' })).toBe(
      `--group-by owner needs a CODEOWNERS file: none in .github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS, .gitlab/CODEOWNERS under ${root}; name one with --codeowners <file>`,
    );
    expect(error({ groupBy: 'owner', codeowners: 'missing' })).toMatch(
      /^cannot read the CODEOWNERS file missing: ENOENT/,
    );
  });
});
