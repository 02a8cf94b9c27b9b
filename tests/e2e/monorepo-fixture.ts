import { cpSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installed, repoRoot } from '../../scripts/example-workspace.js';
import { readTree } from './cli-helpers.js';

/** tests/e2e/monorepo: a monorepo whose HTTP client is a `file` target in a wrapper package. */
const fixture = fileURLToPath(new URL('monorepo/', import.meta.url));

/** A copy of the fixture in `<parent>/monorepo`, its dependencies linked as a workspace install would. */
export function copyMonorepo(eslintPackage = 'eslint', parent = mkdtempSync(path.join(tmpdir(), 'standard-clients-'))) {
  const root = path.join(parent, 'monorepo');
  cpSync(fixture, root, { recursive: true });
  const links: Record<string, string> = {
    'eslint-plugin-standard-clients': repoRoot,
    eslint: installed(eslintPackage),
    '@typescript-eslint/parser': installed('@typescript-eslint/parser'),
    axios: installed('axios'),
    '@fixture/http': path.join(root, 'packages/http'),
  };
  for (const [name, target] of Object.entries(links)) {
    const link = path.join(root, 'node_modules', name);
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(target, link, 'dir');
  }
  return root;
}

export const INVOICES = 'apps/billing/src/invoices.ts';
export const EXPORT = 'apps/billing/src/reports/export.ts';
export const original = readTree(fixture);

/** What the fix must write: the specifier from each file to the wrapper's index, and the mapped names. */
export const expectedFixed: Record<string, string> = {
  [INVOICES]: original[INVOICES]!.replace(
    "import axios from 'axios';",
    "import { httpClient } from '../../../packages/http/src/index';",
  ).replace('axios.get', 'httpClient.get'),
  [EXPORT]: original[EXPORT]!.replace(
    "import axios, { AxiosError } from 'axios';",
    "import { httpClient, HttpClientError } from '../../../../packages/http/src/index';",
  )
    .replace('axios.post', 'httpClient.post')
    .replace('instanceof AxiosError', 'instanceof HttpClientError'),
};

export const ADVICE = '(retries and error mapping). See https://wiki.example.com/http-client for the migration guide.';

/** Relative specifiers in a file that do not resolve to a file, the way a bundler or `tsc` would look. */
export function unresolved(root: string, file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from |require\()'(\.[^']*)'/g)].map((match) => match[1]!);
  return specifiers.filter((specifier) => {
    const base = path.resolve(path.dirname(path.join(root, file)), specifier);
    const isFile = (candidate: string) => statSync(candidate, { throwIfNoEntry: false })?.isFile() ?? false;
    return !['', '.ts', '.js', '/index.ts'].some((extension) => isFile(base + extension));
  });
}
