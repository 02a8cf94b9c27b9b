// Prepares throw-away copies of example/ wired to this checkout: the plugin, ESLint, the parser and the
// workspace's own packages resolve through node_modules links, as they would after `npm install`.
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const exampleRoot = path.join(repoRoot, 'example');
const require = createRequire(import.meta.url);

/** Where a dependency of this checkout is installed (the folder holding its package.json). */
export function installed(name) {
  return path.dirname(require.resolve(`${name}/package.json`));
}

/** What the workspace's tools, tests and standardized clients load, from this checkout's install. */
const installedLinks = [
  '@typescript-eslint/parser',
  'vue-eslint-parser',
  'axios',
  'axios-retry',
  'redis',
  'ioredis',
  'ioredis-mock',
  '@types/ioredis-mock',
  'vue',
  'vitest',
  '@vitejs/plugin-vue',
  '@vue/test-utils',
  'happy-dom',
  '@types/node',
  // Typed linting: the project's own TypeScript builds the program.
  'typescript',
];

const links = (eslintPackage) => ({
  'eslint-plugin-standard-clients': () => repoRoot,
  eslint: () => installed(eslintPackage),
  ...Object.fromEntries(installedLinks.map((name) => [name, () => installed(name)])),
  '@maily/error-handling': (root) => path.join(root, 'packages/error-handling'),
  '@maily/database': (root) => path.join(root, 'packages/database'),
});

/** What one package installs for itself: node-redis 3 for the service still on its callback API. */
const packageLinks = {
  'services/legacy-cache/node_modules/redis': () => installed('redis-v3'),
};

/**
 * Copies example/ into `destination` (a new temporary folder by default) and links its dependencies;
 * `eslintPackage` picks the ESLint the copy sees (`eslint-v9` for the ESLint 9 leg of the tests).
 */
export function copyExample(
  destination = mkdtempSync(path.join(tmpdir(), 'standard-clients-example-')),
  { eslintPackage = 'eslint' } = {},
) {
  cpSync(exampleRoot, destination, { recursive: true, filter: (source) => !source.includes('node_modules') });
  const all = [
    ...Object.entries(links(eslintPackage)).map(([name, target]) => [path.join('node_modules', name), target]),
    ...Object.entries(packageLinks),
  ];
  for (const [at, target] of all) {
    const link = path.join(destination, at);
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(target(destination), link, 'dir');
  }
  return destination;
}

export const eslintBin = (eslintPackage = 'eslint') => path.join(installed(eslintPackage), 'bin/eslint.js');
export const tscBin = () => path.join(installed('typescript'), 'bin/tsc');
export const vitestBin = () => path.join(installed('vitest'), 'vitest.mjs');
export const oxlintBin = () => path.join(installed('oxlint'), 'bin/oxlint');
