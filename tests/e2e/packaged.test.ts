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
export const connectCache = () => createClient().connect();
`;

const FIXED = `import { httpClient } from '@maily/error-handling/http-client';
import { createRedisClient } from '@maily/database/redis';

export const load = (url) => httpClient.get(url);
export const connectCache = () => createRedisClient().connect();
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
    // The app's own dependencies, declared as an app on axios and redis has them (lint needs none installed).
    const manifest = JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(
      path.join(project, 'package.json'),
      `${JSON.stringify({ ...manifest, dependencies: { ...(manifest.dependencies as object), axios: '^1.7.0', redis: '^4.7.0' } }, null, 2)}\n`,
    );
  }, 240_000);

  const eslint = (args: readonly string[]) =>
    runNode(path.join(project, 'node_modules/eslint/bin/eslint.js'), args, project);

  const findings = (files: readonly string[]) => {
    const run = eslint(['--format', 'json', ...files]);
    expect(run.stderr).toBe('');
    const results = JSON.parse(run.stdout) as {
      filePath: string;
      messages: { messageId: string; message: string }[];
    }[];
    return results.flatMap((r) =>
      r.messages.map((m) => [
        path.relative(project, r.filePath),
        m.messageId,
        m.message.slice(0, m.message.indexOf(':')),
      ]),
    );
  };

  it('reports the banned loads with the installed ESLint', () => {
    expect(findings(['src', 'package.json'])).toEqual([
      ['package.json', 'banned', "'axios' is banned in dependencies"],
      ['package.json', 'missingTarget', "'@maily/error-handling' is missing from dependencies"],
      ['package.json', 'banned', "'redis' is banned in dependencies"],
      ['package.json', 'missingTarget', "'@maily/database' is missing from dependencies"],
      // The app does not declare the standardized clients yet: its code cannot import them.
      ['src/app.js', 'notFixed/undeclaredTarget', "'axios' is banned"],
      ['src/app.js', 'notFixed/undeclaredTarget', "'redis' is banned"],
    ]);
  });

  it('fixes them in two runs: the manifest declares the targets, then the code moves to them', () => {
    expect(eslint(['--fix', 'src', 'package.json']).stderr).toBe('');
    const manifest = JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(manifest.dependencies).toMatchObject({
      '@maily/database': '^1.0.0',
      '@maily/error-handling': '^1.0.0',
      axios: '^1.7.0',
      redis: '^4.7.0',
    });
    expect(readFileSync(path.join(project, 'src/app.js'), 'utf8')).toBe(SOURCE);
    expect(eslint(['--fix', 'src', 'package.json']).stderr).toBe('');
    expect(readFileSync(path.join(project, 'src/app.js'), 'utf8')).toBe(FIXED);
    // What is left is for a person: the clients stay declared until no code loads them.
    expect(findings(['src', 'package.json'])).toEqual([
      ['package.json', 'banned', "'axios' is banned in dependencies"],
      ['package.json', 'banned', "'redis' is banned in dependencies"],
    ]);
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
