import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { runNode } from './cli-helpers.js';

const require = createRequire(import.meta.url);
const installed = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/** A service on axios and its test, which mocks axios in the file that also imports it. */
const project: Record<string, string> = {
  'package.json': JSON.stringify({
    name: 'mock-fixture',
    type: 'module',
    private: true,
    dependencies: { '@maily/error-handling': '^1.0.0', axios: '^1.7.0' },
  }),
  'src/users.ts': [
    "import axios from 'axios';",
    '',
    'export async function fetchUser(id: number) {',
    '  const response = await axios.get(`/users/${id}`);',
    '  return response.data;',
    '}',
    '',
  ].join('\n'),
  'test/users.test.ts': [
    "import axios from 'axios';",
    "import { expect, it, vi } from 'vitest';",
    "import { fetchUser } from '../src/users.js';",
    '',
    "vi.mock('axios', () => ({ default: { get: vi.fn(async () => ({ data: { id: 1 } })) } }));",
    '',
    "it('reads the user through the mocked client', async () => {",
    '  expect(await fetchUser(1)).toEqual({ id: 1 });',
    "  expect(axios.get).toHaveBeenCalledWith('/users/1');",
    '});',
    '',
  ].join('\n'),
  // The standardized client, as a stub that would fail the test if the mock did not replace it.
  'node_modules/@maily/error-handling/package.json': JSON.stringify({
    name: '@maily/error-handling',
    type: 'module',
    exports: { './http-client': './http-client.js' },
  }),
  'node_modules/@maily/error-handling/http-client.js':
    "export const httpClient = { get: async () => { throw new Error('not mocked'); } };\n" +
    "export const isHttpClientError = () => { throw new Error('not mocked'); };\n",
};

/** The same project with a service that reads a member `members` maps to an export of its own. */
const membersProject: Record<string, string> = {
  ...Object.fromEntries(
    Object.entries(project).filter(([file]) => !file.startsWith('src/') && !file.startsWith('test/')),
  ),
  'src/users.ts': [
    "import axios from 'axios';",
    '',
    'export async function findUser(id: number) {',
    '  try {',
    '    return (await axios.get(`/users/${id}`)).data;',
    '  } catch (e) {',
    '    if (axios.isAxiosError(e)) return undefined;',
    '    throw e;',
    '  }',
    '}',
    '',
  ].join('\n'),
  'test/users.test.ts': [
    "import axios from 'axios';",
    "import { expect, it, vi } from 'vitest';",
    "import { findUser } from '../src/users.js';",
    '',
    "vi.mock('axios', () => ({ default: { get: vi.fn(async () => { throw new Error('404'); }), isAxiosError: () => true } }));",
    '',
    "it('reads a missing user as undefined', async () => {",
    '  expect(await findUser(1)).toBeUndefined();',
    "  expect(axios.get).toHaveBeenCalledWith('/users/1');",
    '});',
    '',
  ].join('\n'),
};

function writeProject(files: Record<string, string> = project): string {
  const root = mkdtempSync(path.join(tmpdir(), 'standard-clients-mocks-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  for (const name of ['axios', 'vitest']) symlinkSync(installed(name), path.join(root, 'node_modules', name), 'dir');
  return root;
}

const runVitest = (root: string) =>
  runNode(path.join(installed('vitest'), 'vitest.mjs'), ['run', '--root', root, '--reporter', 'dot'], root, {
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  });

const config: Linter.Config[] = [
  ...plugin.configs.maily,
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
];

describe('a mocked load migrated with its mock by the suggestion', { timeout: 120_000 }, () => {
  it('keeps a passing vitest test passing: --fix on the service, the suggestion on the test', () => {
    const root = writeProject();
    const before = runVitest(root);
    expect(before.status, before.stdout + before.stderr).toBe(0);
    expect(before.stdout).toMatch(/Tests\s+1 passed/);

    const linter = new Linter({ configType: 'flat', cwd: root });
    const servicePath = path.join(root, 'src/users.ts');
    const fixed = linter.verifyAndFix(readFileSync(servicePath, 'utf8'), config, 'src/users.ts');
    expect(fixed.messages).toEqual([]);
    writeFileSync(servicePath, fixed.output);

    const testPath = path.join(root, 'test/users.test.ts');
    const text = readFileSync(testPath, 'utf8');
    // --fix leaves the mocked test file alone: its loads move only with the mock.
    expect(linter.verifyAndFix(text, config, 'test/users.test.ts').fixed).toBe(false);
    const [first] = linter.verify(text, config, 'test/users.test.ts');
    const suggestion = first?.suggestions?.[0];
    expect(suggestion?.messageId).toBe('useTargetWithMocks');
    const { range, text: replacement } = suggestion!.fix;
    const migrated = text.slice(0, range[0]) + replacement + text.slice(range[1]);
    expect(migrated).toBe(
      [
        "import { httpClient } from '@maily/error-handling/http-client';",
        "import { expect, it, vi } from 'vitest';",
        "import { fetchUser } from '../src/users.js';",
        '',
        "vi.mock('@maily/error-handling/http-client', () => ({ httpClient: { get: vi.fn(async () => ({ data: { id: 1 } })) } }));",
        '',
        "it('reads the user through the mocked client', async () => {",
        '  expect(await fetchUser(1)).toEqual({ id: 1 });',
        "  expect(httpClient.get).toHaveBeenCalledWith('/users/1');",
        '});',
        '',
      ].join('\n'),
    );
    expect(linter.verify(migrated, config, 'test/users.test.ts')).toEqual([]);

    // What the 0.1 fix did, the import moved without its mock, fails: the check is real.
    writeFileSync(testPath, migrated.replace("vi.mock('@maily/error-handling/http-client'", "vi.mock('axios'"));
    const importOnly = runVitest(root);
    expect(importOnly.status).toBe(1);
    expect(importOnly.stdout + importOnly.stderr).toContain('not mocked');

    writeFileSync(testPath, migrated);
    const after = runVitest(root);
    expect(after.status, after.stdout + after.stderr).toBe(0);
    expect(after.stdout).toMatch(/Tests\s+1 passed/);
  });

  it('moves a member mapped to an export of its own out of the mocked default, as the fixed code reads it', () => {
    const root = writeProject(membersProject);
    const before = runVitest(root);
    expect(before.status, before.stdout + before.stderr).toBe(0);

    const linter = new Linter({ configType: 'flat', cwd: root });
    const servicePath = path.join(root, 'src/users.ts');
    const fixed = linter.verifyAndFix(readFileSync(servicePath, 'utf8'), config, 'src/users.ts');
    expect(fixed.messages).toEqual([]);
    expect(fixed.output).toContain('if (isHttpClientError(e)) return undefined;');
    writeFileSync(servicePath, fixed.output);

    const testPath = path.join(root, 'test/users.test.ts');
    const text = readFileSync(testPath, 'utf8');
    const suggestion = linter.verify(text, config, 'test/users.test.ts')[0]?.suggestions?.[0];
    expect(suggestion?.messageId).toBe('useTargetWithMocks');
    const { range, text: replacement } = suggestion!.fix;
    const migrated = text.slice(0, range[0]) + replacement + text.slice(range[1]);
    const mock =
      "vi.mock('@maily/error-handling/http-client', () => ({ httpClient: { get: vi.fn(async () => { throw new Error('404'); }) }, isHttpClientError: () => true }));";
    expect(migrated.split('\n')[4]).toBe(mock);
    expect(linter.verify(migrated, config, 'test/users.test.ts')).toEqual([]);

    // The 0.1 suggestion kept the member inside the default: the fixed service finds no such export on the mock.
    const inside =
      "vi.mock('@maily/error-handling/http-client', () => ({ httpClient: { get: vi.fn(async () => { throw new Error('404'); }), isAxiosError: () => true } }));";
    writeFileSync(testPath, migrated.replace(mock, inside));
    const memberInside = runVitest(root);
    expect(memberInside.status).toBe(1);
    expect(memberInside.stdout + memberInside.stderr).toContain('"isHttpClientError" export');

    writeFileSync(testPath, migrated);
    const after = runVitest(root);
    expect(after.status, after.stdout + after.stderr).toBe(0);
    expect(after.stdout).toMatch(/Tests\s+1 passed/);
  });
});
