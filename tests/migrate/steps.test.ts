import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { installed } from '../../scripts/example-workspace.js';
import plugin from '../../src/index.js';
import { Changes } from '../../src/migrate/changes.js';
import { findFormatter } from '../../src/migrate/formatter.js';
import { gitState } from '../../src/migrate/git-state.js';
import { cleanManifest } from '../../src/migrate/manifest-cleanup.js';
import { mockMoves } from '../../src/migrate/mock-moves.js';
import { newErrors, parseTypeErrors } from '../../src/migrate/type-errors.js';
import { rollBackTypeErrors } from '../../src/migrate/type-rollback.js';
import { projectPackages } from '../../src/migrate/workspace.js';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'standard-clients-migrate-unit-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const tscBin = path.join(installed('typescript'), 'bin/tsc');
const typeCheck = (root: string) => {
  const run = spawnSync(process.execPath, [tscBin, '--noEmit', '-p', 'tsconfig.json', '--pretty', 'false'], {
    cwd: root,
    encoding: 'utf8',
  });
  return parseTypeErrors(run.stdout, root);
};

describe('git state', () => {
  it('names the files with uncommitted changes under the given paths, untracked ones too', () => {
    const root = project({ 'src/a.ts': 'a\n', 'src/b.ts': 'b\n', 'docs/c.md': 'c\n' });
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: root });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'init');
    expect(gitState(root, [path.join(root, 'src')])).toEqual({ repository: true, dirty: [] });
    writeFileSync(path.join(root, 'src/a.ts'), 'changed\n');
    writeFileSync(path.join(root, 'src/new.ts'), 'new\n');
    writeFileSync(path.join(root, 'docs/c.md'), 'outside the paths\n');
    expect(gitState(root, [path.join(root, 'src')])).toEqual({
      repository: true,
      dirty: [path.join(root, 'src/a.ts'), path.join(root, 'src/new.ts')],
    });
    expect(gitState(mkdtempSync(path.join(tmpdir(), 'no-git-')), ['.'])).toEqual({ repository: false });
  });
});

describe('mock moves', () => {
  it('offers the move of a mocked module once, although the load and the mock both carry it', () => {
    const text = [
      "import axios from 'axios';",
      "import { vi } from 'vitest';",
      "vi.mock('axios', () => ({ default: { get: vi.fn() } }));",
      "export const get = () => axios.get('/x');",
      '',
    ].join('\n');
    const config = [...plugin.configs.maily, { files: ['**/*.ts'], languageOptions: { parser: tsParser } }];
    // A package that declares the target, so the rules may write it.
    const root = project({ 'package.json': '{ "name": "svc", "dependencies": { "@maily/error-handling": "*" } }\n' });
    const linter = new Linter({ configType: 'flat', cwd: root });
    const messages = linter.verify(text, config as Linter.Config[], path.join(root, 'a.test.ts'));
    expect(messages.filter((m) => m.suggestions?.length)).toHaveLength(2);
    const moves = mockMoves({ messages });
    expect(moves).toHaveLength(1);
    expect(moves[0]!.mockCalls).toBe(1);
    const { range, text: replacement } = moves[0]!.fix;
    const moved = text.slice(0, range[0]) + replacement + text.slice(range[1]);
    expect(moved.match(/@maily\/error-handling\/http-client/g)).toHaveLength(2);
  });
});

describe('manifest clean-up', () => {
  const manifest =
    '{\n  "name": "svc",\n  "dependencies": {\n    "axios": "^1.7.0",\n    "redis": "^4.0.0",\n    "zod": "^3.0.0"\n  }\n}\n';
  const reportedAt = (line: number) => ({
    ruleId: 'standard-clients/no-banned-dependencies',
    line,
    column: 5,
    severity: 2 as const,
    message: '',
    messageId: 'banned',
  });

  it('removes a banned client no file names, keeps one a test-runner config names, and keeps the layout', () => {
    const root = project({
      'package.json': manifest,
      'src/a.ts': "import { createClient } from '@org/redis';\n",
      'vitest.config.ts': "export default { test: { alias: { axios: './test/axios-double.ts' } } };\n",
    });
    const [pkg] = projectPackages(root);
    const latest = new Map([
      [
        path.join(root, 'package.json'),
        { filePath: path.join(root, 'package.json'), messages: [reportedAt(4), reportedAt(5)] },
      ],
      [path.join(root, 'src/a.ts'), { filePath: path.join(root, 'src/a.ts'), messages: [] }],
    ]);
    const changes = new Changes(root);
    const cleanup = cleanManifest(pkg!, latest as never, changes, root, new Set());
    expect(cleanup).toEqual({
      removed: ['dependencies/redis'],
      namedElsewhere: [{ name: 'axios', places: ['vitest.config.ts:1'] }],
    });
    expect(readFileSync(path.join(root, 'package.json'), 'utf8')).toBe(
      manifest.replace('    "redis": "^4.0.0",\n', ''),
    );
  });
});

describe('formatter detection', () => {
  it("formats with the project's Prettier and config, and finds none where the project has none", async () => {
    const root = project({
      '.prettierrc.json': '{ "singleQuote": true }\n',
      'package.json': '{ "name": "p" }\n',
      'a.ts': 'const a = "x"\n',
    });
    mkdirSync(path.join(root, 'node_modules'));
    symlinkSync(installed('prettier'), path.join(root, 'node_modules/prettier'), 'dir');
    const changes = new Changes(root);
    const formatter = await findFormatter(root, changes);
    expect(formatter?.name).toBe('prettier');
    await formatter!.format([path.join(root, 'a.ts')]);
    expect(readFileSync(path.join(root, 'a.ts'), 'utf8')).toBe("const a = 'x';\n");
    expect(await findFormatter(project({ 'package.json': '{ "name": "q" }\n' }), changes)).toBeUndefined();
  });
});

describe('type errors and their rollback', { timeout: 60_000 }, () => {
  it("maps tsc's errors to the changed files they are in or load, and rolls back only those", async () => {
    const root = project({
      'tsconfig.json':
        '{ "compilerOptions": { "strict": true, "noEmit": true, "module": "NodeNext" }, "include": ["*.ts"] }\n',
      'client.ts': 'export const client = { get: (url: string) => url };\n',
      'uses-client.ts': "import { client } from './client.js';\nexport const a: string = client.get('/a');\n",
      'fine.ts': 'export const b = 1;\n',
      'other.ts': 'export const c = 2;\n',
    });
    const baseline = typeCheck(root);
    expect(baseline).toEqual([]);
    const changes = new Changes(root);
    // A rewrite that breaks a dependent (uses-client.ts), and two that break nothing.
    changes.write(path.join(root, 'client.ts'), 'export const client = { get: (url: string) => url.length };\n');
    changes.write(path.join(root, 'fine.ts'), 'export const b = 2;\n');
    changes.write(path.join(root, 'other.ts'), 'export const c = 3;\n');
    const after = typeCheck(root);
    expect(after).toEqual([
      expect.objectContaining({ file: path.join(root, 'uses-client.ts'), line: 2, code: 'TS2322' }),
    ]);
    expect(newErrors(baseline, after)).toHaveLength(1);
    const result = await rollBackTypeErrors(changes, changes.changed(), baseline, after, async () => typeCheck(root));
    expect(result.rolledBack.map((r) => path.basename(r.file))).toEqual(['client.ts']);
    expect(result.rolledBack[0]!.errors[0]!.message).toContain("Type 'number' is not assignable to type 'string'.");
    expect(changes.changed().map((f) => path.basename(f))).toEqual(['fine.ts', 'other.ts']);
  });
});
