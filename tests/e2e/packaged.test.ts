// The path a real user takes: `npm pack`, install the tarball into a fresh project next to ESLint 10 or 9,
// configure it as the README says, lint and fix.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/example-workspace.js';
import { packageNameOf } from '../../src/config/module-matcher.js';
import { runNode } from './cli-helpers.js';

const npm = (args: readonly string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });

const CONFIG = `import standardClients from 'eslint-plugin-standard-clients';

export default [...standardClients.configs.maily];
`;

const SOURCE = `import axios from 'axios';
import { createClient } from 'redis';

export const load = (url) => axios.get(url);
export const cache = createClient();
`;

const FIXED = `import { httpClient } from '@maily/error-handling/http-client';
import { createRedisClient } from '@maily/database/redis';

export const load = (url) => httpClient.get(url);
export const cache = createRedisClient();
`;

let workDir: string;
let tarball: string;

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'standard-clients-packed-'));
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', workDir], repoRoot)) as {
    filename: string;
    files: { path: string }[];
  }[];
  tarball = path.join(workDir, packed!.filename);
}, 240_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('the packed tarball', () => {
  const bin = (name: string) => path.join(repoRoot, 'node_modules/.bin', name);

  // ESM only by design: Node 20.19+ can require() it, and ESLint loads plugins with import().
  it('has types every resolution mode finds (arethetypeswrong, ESM-only profile)', () => {
    expect(() => execFileSync(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii'])).not.toThrow();
  });

  it('passes publint --strict', () => {
    expect(() => execFileSync(bin('publint'), ['--strict', tarball], { encoding: 'utf8' })).not.toThrow();
  });

  it('ships declarations that import only declared packages and Node built-ins', () => {
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string>
    >;
    const declared = new Set([...Object.keys(manifest.dependencies!), ...Object.keys(manifest.peerDependencies!)]);
    const unpacked = path.join(workDir, 'unpacked');
    mkdirSync(unpacked);
    execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
    const undeclared = new Set<string>();
    for (const file of readdirSync(unpacked, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.d.ts')) continue;
      const text = readFileSync(path.join(unpacked, file), 'utf8').replaceAll(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const [, specifier] of text.matchAll(/(?:from|import\()\s*['"]([^'"]+)['"]/g)) {
        if (specifier!.startsWith('.') || specifier!.startsWith('node:')) continue;
        if (!declared.has(packageNameOf(specifier!))) undeclared.add(`${file}: ${specifier}`);
      }
    }
    expect([...undeclared]).toEqual([]);
  });
});

describe.each([
  ['ESLint 10', 'eslint@^10.0.0'],
  ['ESLint 9', 'eslint@^9.15.0'],
])('the packed plugin installed into a fresh project with %s', (_, eslintSpec) => {
  let project: string;
  beforeAll(() => {
    project = path.join(workDir, eslintSpec.replace(/\W+/g, '-'));
    mkdirSync(path.join(project, 'src'), { recursive: true });
    writeFileSync(
      path.join(project, 'package.json'),
      JSON.stringify({ name: 'fresh-app', private: true, type: 'module' }, null, 2),
    );
    writeFileSync(path.join(project, 'eslint.config.js'), CONFIG);
    writeFileSync(path.join(project, 'src/app.js'), SOURCE);
    npm(['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, eslintSpec], project);
  }, 240_000);

  const eslint = (args: readonly string[]) =>
    runNode(path.join(project, 'node_modules/eslint/bin/eslint.js'), args, project);

  it('reports the banned loads with the installed ESLint', () => {
    const run = eslint(['--format', 'json', 'src']);
    expect(run.stderr).toBe('');
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; line: number }[] }[];
    expect(result!.messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['standard-clients/no-axios', 1],
      ['standard-clients/no-legacy-redis', 2],
    ]);
    expect(run.status).toBe(1);
  });

  it('fixes them, and the fixed file lints clean', () => {
    const fix = eslint(['--fix', 'src']);
    expect(fix.stderr).toBe('');
    expect(readFileSync(path.join(project, 'src/app.js'), 'utf8')).toBe(FIXED);
    expect(fix.status).toBe(0);
  });

  it("loads from a CommonJS project with the README's eslint.config.cjs", () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const config = /```js\n(\/\/ eslint\.config\.cjs\n[\s\S]*?)```/.exec(readme)?.[1];
    expect(config).toBeDefined();
    const app = path.join(project, 'cjs-app');
    mkdirSync(app, { recursive: true });
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'cjs-app', type: 'commonjs' }));
    writeFileSync(path.join(app, 'eslint.config.cjs'), config!);
    writeFileSync(path.join(app, 'client.js'), "const axios = require('axios');\nmodule.exports = axios;\n");
    const run = runNode(path.join(project, 'node_modules/eslint/bin/eslint.js'), ['--format', 'json', '.'], app);
    expect(run.stderr).toBe('');
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; line: number }[] }[];
    expect(result!.messages.map((m) => [m.ruleId, m.line])).toEqual([['standard-clients/no-axios', 1]]);
  });

  it('ships what a consumer needs and nothing from the repository', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(project, 'node_modules/eslint-plugin-standard-clients/package.json'), 'utf8'),
    ) as { version: string };
    expect(manifest.version).toBe(JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version);
    const installed = path.join(project, 'node_modules/eslint-plugin-standard-clients');
    const shipped = ['LICENSE', 'README.md', 'dist/src/index.js', 'dist/src/index.d.ts', 'docs/rules/no-axios.md'];
    expect(shipped.filter((file) => !existsSync(path.join(installed, file)))).toEqual([]);
    const repositoryOnly = ['src', 'tests', 'example', 'bench', 'scripts'];
    expect(repositoryOnly.filter((file) => existsSync(path.join(installed, file)))).toEqual([]);
  });
});
