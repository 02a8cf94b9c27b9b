import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A throw-away monorepo for rule tests whose targets are files: `file` targets must exist, and the workspace
 * package that holds one is found by its package.json. Links (`node_modules/@org/x` -> `packages/x`) stand for
 * what a package manager's workspaces do.
 */
export function createWorkspace(files: Record<string, string>, links: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'standard-clients-workspace-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  for (const [link, target] of Object.entries(links)) {
    mkdirSync(path.dirname(path.join(root, link)), { recursive: true });
    symlinkSync(path.join(root, target), path.join(root, link), 'dir');
  }
  return root;
}

const manifest = (name: string, fields: Record<string, unknown> = {}) =>
  `${JSON.stringify({ name, version: '1.0.0', ...fields })}\n`;

/**
 * The monorepo the rule tests lint in: file targets in wrapper packages that publish them (so each package is the
 * client's own), one without a package, one module.
 */
export const workspace = createWorkspace(
  {
    'package.json': manifest('fixture-monorepo'),
    'packages/http-client/package.json': manifest('@fixture/http-client', { exports: './src/index.ts' }),
    'packages/http-client/src/index.ts': 'export const httpClient = {};\n',
    'packages/http/package.json': manifest('@fixture/http', { main: 'src/index.ts' }),
    'packages/http/src/index.ts': 'export const httpClient = {};\n',
    'packages/redis/package.json': manifest('@fixture/redis'),
    'packages/redis/index.js': 'export const createRedisClient = () => ({});\n',
    'libs/http/index.ts': 'export const httpClient = {};\n',
  },
  // The project links itself too (a self-reference): that package is the whole project, never a client's.
  { 'node_modules/@fixture/redis': 'packages/redis', 'node_modules/fixture-monorepo': '.' },
);

/** An absolute path in the fixture workspace. */
export const inWorkspace = (file: string): string => path.join(workspace, file);

/** Settings whose paths resolve against the fixture workspace, as `root: import.meta.dirname` would. */
export const workspaceSettings = (targets: Record<string, unknown> = {}) => ({
  'standard-clients': { root: workspace, ...targets },
});

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** How each package manager marks a workspace: its workspace file or root `workspaces`, and its lockfile. */
const LAYOUTS = {
  npm: { 'package-lock.json': '{}\n' },
  'yarn-classic': { 'yarn.lock': '' },
  'yarn-berry': { 'yarn.lock': '', '.yarnrc.yml': 'nodeLinker: pnpm\n' },
  bun: { 'bun.lock': '{}\n' },
  pnpm: { 'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n  - apps/* # the apps\n" },
} as const;

/**
 * A monorepo laid out for a package manager, with nothing installed: the client `@acme/http` is a workspace
 * package that no `node_modules` links (as pnpm leaves a package its dependents do not declare). `apps/web`
 * declares it, `apps/admin` does not, `apps/broken` has a manifest that does not parse.
 */
export function packageManagerWorkspace(layout: keyof typeof LAYOUTS): string {
  const workspaces = layout === 'pnpm' ? {} : { workspaces: ['packages/*', 'apps/*'] };
  return createWorkspace({
    'package.json': json({ name: 'mono', private: true, ...workspaces }),
    ...LAYOUTS[layout],
    'packages/http/package.json': json({ name: '@acme/http', version: '1.2.0', dependencies: { axios: '^1.7.0' } }),
    'packages/http/src/index.ts': "import axios from 'axios';\nexport const httpClient = axios.create();\n",
    'packages/http/test/index.test.ts': "import axios from 'axios';\nvi.mock('axios');\n",
    'apps/admin/package.json': json({ name: 'admin', dependencies: { axios: '^1.7.0' } }),
    'apps/web/package.json': json({ name: 'web', dependencies: { '@acme/http': 'workspace:^', axios: '^1.7.0' } }),
    'apps/broken/package.json': '{ "name": "broken",\n',
  });
}
