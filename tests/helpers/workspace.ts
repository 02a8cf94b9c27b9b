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
