import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { installed, repoRoot } from '../../scripts/example-workspace.js';
import { eslint, readTree, tsc } from './cli-helpers.js';

// The boundaries end to end, with the real ESLint CLI, on workspaces laid out the way their package manager lays
// them out: the client `@acme/http` is a workspace package split into an index and an implementation on axios
// and the global fetch; `apps/web` declares it, `apps/admin` does not. Under pnpm a package's node_modules holds
// only what its manifest declares (built here by hand, as pnpm would link it).

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const CONFIG = `import tsParser from '@typescript-eslint/parser';
import standardClients from 'eslint-plugin-standard-clients';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  standardClients.configs.recommended,
  {
    settings: {
      'standard-clients': {
        root: import.meta.dirname,
        http: {
          module: '@acme/http',
          version: '^1.2.0',
          globals: { fetch: 'fetch' },
          mappings: { axios: { default: 'httpClient', surface: ['get'] } },
        },
      },
    },
  },
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
);
`;

const SOURCES = {
  'packages/http/src/index.ts': "export * from './client';\n",
  'packages/http/src/client.ts': [
    "import axios from 'axios';",
    '',
    "export const httpClient = axios.create({ baseURL: 'http://localhost' });",
    'export const fetch = (url: string) => globalThis.fetch(url);',
    '',
  ].join('\n'),
  'apps/web/src/orders.ts': "import axios from 'axios';\n\nexport const orders = () => axios.get('/orders');\n",
  'apps/admin/src/users.ts': "import axios from 'axios';\n\nexport const users = () => axios.get('/users');\n",
};

type Layout = 'pnpm' | 'npm';

/** Links `name` in `folder`'s node_modules to `target`, as the package manager would. */
function link(folder: string, name: string, target: string) {
  const at = path.join(folder, 'node_modules', name);
  mkdirSync(path.dirname(at), { recursive: true });
  symlinkSync(target, at, 'dir');
}

function createWorkspace(layout: Layout): string {
  const parent = mkdtempSync(path.join(tmpdir(), 'standard-clients-boundaries-'));
  const root = path.join(parent, 'acme');
  const files: Record<string, string> = {
    ...SOURCES,
    'eslint.config.js': CONFIG,
    'package.json': json({
      name: 'acme',
      private: true,
      type: 'module',
      ...(layout === 'npm' && { workspaces: ['packages/*', 'apps/*'] }),
    }),
    ...(layout === 'pnpm'
      ? {
          'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n  - 'apps/*'\n",
          'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
        }
      : { 'package-lock.json': '{}\n' }),
    'tsconfig.json': json({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM'],
        module: 'ESNext',
        moduleResolution: 'bundler',
        allowImportingTsExtensions: true,
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      include: ['packages', 'apps'],
    }),
    'packages/http/package.json': json({
      name: '@acme/http',
      version: '1.2.0',
      type: 'module',
      exports: './src/index.ts',
      dependencies: { axios: '^1.7.0' },
    }),
    'apps/web/package.json': json({
      name: 'web',
      type: 'module',
      dependencies: { '@acme/http': layout === 'pnpm' ? 'workspace:^' : '^1.2.0', axios: '^1.7.0' },
    }),
    'apps/admin/package.json': json({ name: 'admin', type: 'module', dependencies: { axios: '^1.7.0' } }),
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  // The tools, installed at the root.
  link(root, 'eslint-plugin-standard-clients', repoRoot);
  link(root, 'eslint', installed('eslint'));
  link(root, '@typescript-eslint/parser', installed('@typescript-eslint/parser'));
  if (layout === 'pnpm') {
    for (const app of ['packages/http', 'apps/web', 'apps/admin'])
      link(path.join(root, app), 'axios', installed('axios'));
    link(path.join(root, 'apps/web'), '@acme/http', path.join(root, 'packages/http'));
  } else {
    // npm hoists every dependency and links every workspace package at the root.
    link(root, 'axios', installed('axios'));
    link(root, '@acme/http', path.join(root, 'packages/http'));
  }
  return root;
}

const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');

/** Every package.json below the root (tools' links aside) parses. */
function manifestsParse(root: string) {
  for (const [file, text] of Object.entries(readTree(root))) {
    if (file.endsWith('package.json') && !file.includes('node_modules'))
      expect(() => JSON.parse(text), file).not.toThrow();
  }
}

describe.each([
  ['pnpm', 'workspace:^'],
  ['npm', '^1.2.0'],
] as const)('boundaries in a %s workspace, with the real ESLint CLI', { timeout: 120_000 }, (layout, range) => {
  const fromRoot = (root: string): [string, string[]] => [root, ['.', '--fix']];
  const fromAbove = (root: string): [string, string[]] => [path.dirname(root), ['acme', '--fix']];
  it.each([
    ['the workspace root', fromRoot],
    ['the folder above it', fromAbove],
  ])('from %s: the client stays as it is, undeclared code waits for its manifest, then follows', (_, where) => {
    const root = createWorkspace(layout);
    const [cwd, args] = where(root);
    const first = eslint('eslint', args, cwd);
    expect(first.stderr).toBe('');
    // The client's own files, split over an index and an implementation, are neither reported nor rewritten.
    for (const file of ['packages/http/src/index.ts', 'packages/http/src/client.ts'])
      expect(read(root, file)).toBe(SOURCES[file as keyof typeof SOURCES]);
    expect(JSON.parse(read(root, 'packages/http/package.json')).dependencies).toEqual({ axios: '^1.7.0' });
    // A declaring package is migrated.
    expect(read(root, 'apps/web/src/orders.ts')).toBe(
      "import { httpClient } from '@acme/http';\n\nexport const orders = () => httpClient.get('/orders');\n",
    );
    // The undeclaring one is not, but its manifest now declares the client beside axios.
    expect(read(root, 'apps/admin/src/users.ts')).toBe(SOURCES['apps/admin/src/users.ts']);
    expect(JSON.parse(read(root, 'apps/admin/package.json')).dependencies).toEqual({
      '@acme/http': range,
      axios: '^1.7.0',
    });
    manifestsParse(root);
    const typecheck = tsc(root);
    expect(typecheck.stdout + typecheck.stderr).toBe('');

    // The install links the new dependency; a second --fix moves the code.
    if (layout === 'pnpm') link(path.join(root, 'apps/admin'), '@acme/http', path.join(root, 'packages/http'));
    expect(eslint('eslint', args, cwd).stderr).toBe('');
    expect(read(root, 'apps/admin/src/users.ts')).toBe(
      "import { httpClient } from '@acme/http';\n\nexport const users = () => httpClient.get('/users');\n",
    );
    for (const file of ['packages/http/src/index.ts', 'packages/http/src/client.ts'])
      expect(read(root, file)).toBe(SOURCES[file as keyof typeof SOURCES]);
    manifestsParse(root);
    const after = tsc(root);
    expect(after.stdout + after.stderr).toBe('');
  });
});
