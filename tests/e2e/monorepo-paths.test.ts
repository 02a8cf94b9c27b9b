import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import markdown from '@eslint/markdown';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { createWorkspace } from '../helpers/workspace.js';
import { countsByFileAndRule, eslint, type LintResult, readTree, tsc } from './cli-helpers.js';
import { ADVICE, copyMonorepo, EXPORT, expectedFixed, INVOICES, original, unresolved } from './monorepo-fixture.js';

/**
 * A monorepo whose HTTP client is a `file` target in a wrapper package, configured with
 * `root: import.meta.dirname`: wherever ESLint runs from, every specifier the fix writes resolves, the wrapper
 * stays untouched and its package.json unreported.
 */

function expectMigrated(root: string) {
  const tree = readTree(root);
  expect({ [INVOICES]: tree[INVOICES], [EXPORT]: tree[EXPORT] }).toEqual(expectedFixed);
  expect(unresolved(root, INVOICES)).toEqual([]);
  expect(unresolved(root, EXPORT)).toEqual([]);
  // The wrapper package, its manifest and the app's manifest are not rewritten.
  for (const file of Object.keys(original).filter((f) => f !== INVOICES && f !== EXPORT)) {
    expect(tree[file], file).toBe(original[file]);
  }
  const typecheck = tsc(root);
  expect(typecheck.stdout + typecheck.stderr).toBe('');
}

function lintJson(eslintPackage: string, args: string[], cwd: string) {
  const run = eslint(eslintPackage, [...args, '--format', 'json'], cwd);
  expect(run.stderr).toBe('');
  return { status: run.status, results: JSON.parse(run.stdout) as LintResult[] };
}

/** After the fix only the app's manifest is left: its axios dependency, named by the target's path. */
function expectOnlyManifestLeft(eslintPackage: string, root: string) {
  const { status, results } = lintJson(eslintPackage, ['.'], root);
  expect(status).toBe(1);
  expect(countsByFileAndRule(results, root)).toEqual({
    'apps/billing/package.json': { 'standard-clients/no-banned-dependencies': 1 },
  });
  expect(results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([
    `'axios' is banned in dependencies: use HttpClient from 'packages/http/src/index.ts' ${ADVICE}`,
  ]);
}

describe.each([
  ['ESLint 10', 'eslint'],
  ['ESLint 9', 'eslint-v9'],
])('a file target in a monorepo (%s)', { timeout: 60_000 }, (_label, eslintPackage) => {
  it('from the monorepo root: messages name the specifier to write; --fix writes specifiers that resolve', () => {
    const root = copyMonorepo(eslintPackage);
    const { results } = lintJson(eslintPackage, ['.'], root);
    const messages = Object.fromEntries(
      results.map((r) => [path.relative(root, r.filePath), r.messages.map((m) => m.message)]),
    );
    expect(messages[EXPORT]).toEqual([
      `'axios' is banned: use HttpClient from '../../../../packages/http/src/index' ${ADVICE}`,
    ]);
    expect(messages['packages/http/src/index.ts']).toEqual([]);
    expect(messages['packages/http/package.json']).toEqual([]);

    expect(eslint(eslintPackage, ['.', '--fix'], root).status).toBe(1);
    expectMigrated(root);
    expectOnlyManifestLeft(eslintPackage, root);
  });

  it('from a package folder, and from the wrapper package', () => {
    const root = copyMonorepo(eslintPackage);
    const fix = eslint(eslintPackage, ['.', '--fix'], path.join(root, 'apps/billing'));
    expect(fix.stderr).toBe('');
    expect(fix.status).toBe(1);
    expectMigrated(root);
    const wrapper = eslint(eslintPackage, ['.'], path.join(root, 'packages/http'));
    expect(wrapper.stdout + wrapper.stderr).toBe('');
    expect(wrapper.status).toBe(0);
  });

  it('with absolute file paths, as lint-staged passes them, from another folder', () => {
    const root = copyMonorepo(eslintPackage);
    const files = Object.keys(original)
      .filter((file) => file.startsWith('apps/') || file.startsWith('packages/'))
      .map((file) => path.join(root, file));
    const fix = eslint(eslintPackage, ['--fix', ...files], path.join(root, 'apps/billing'));
    expect(fix.stderr).toBe('');
    expect(fix.status).toBe(1);
    expectMigrated(root);
  });

  it('without root, a package folder as working directory is a configuration error naming the key and path', () => {
    const root = copyMonorepo(eslintPackage);
    const config = path.join(root, 'eslint.config.js');
    writeFileSync(config, readFileSync(config, 'utf8').replace('root: import.meta.dirname,', ''));
    const run = eslint(eslintPackage, ['.'], path.join(root, 'apps/billing'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      `settings['standard-clients'].http.file 'packages/http/src/index.ts' resolves to '${path.join(root, 'apps/billing/packages/http/src/index.ts')}', which is not a file.`,
    );
  });
});

describe('a Markdown code block', () => {
  it('gets the specifier from the Markdown file itself, not from its virtual name (guide.md/0.js)', async () => {
    const block = (code: string) => `# Migration\n\n\`\`\`js\n${code}\n\`\`\`\n`;
    const root = createWorkspace({
      'packages/http/src/index.ts': 'export const httpClient = {};\n',
      'docs/guide.md': block("import axios from 'axios';\naxios.get('/x');"),
    });
    const http = {
      file: 'packages/http/src/index.ts',
      mappings: { axios: { default: 'httpClient', surface: ['get'] } },
    };
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      fix: true,
      overrideConfig: [
        { files: ['**/*.md'], plugins: { markdown }, processor: 'markdown/markdown' },
        {
          files: ['**/*.md/*.js'],
          plugins: { 'standard-clients': plugin },
          rules: { 'standard-clients/no-axios': 'error' },
          settings: { 'standard-clients': { root, http } },
        },
      ],
    });
    const [result] = await eslint.lintFiles(['docs/guide.md']);
    expect(result!.output).toBe(
      block("import { httpClient } from '../packages/http/src/index';\nhttpClient.get('/x');"),
    );
  });
});
