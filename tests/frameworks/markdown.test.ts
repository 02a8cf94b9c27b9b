import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import markdown from '@eslint/markdown';
import * as tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { afterAll, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { HTTP, httpAdvice } from '../fixes/fix-cases.js';

const fence = '```';
const readme = `# Calling the API

${fence}ts
import axios, { AxiosError } from 'axios';

export async function ping(): Promise<boolean> {
  try {
    await axios.get('/ping');
    return true;
  } catch (error) {
    if (error instanceof AxiosError) return false;
    throw error;
  }
}
${fence}

${fence}js
import axios from 'axios';
axios.get('/ping');
${fence}

${fence}js
import { CancelToken } from 'axios';
const source = CancelToken.source();
${fence}
`;

const cwd = mkdtempSync(path.join(tmpdir(), 'standard-clients-markdown-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

// The setup the README documents: the processor extracts fenced blocks as virtual `<file>.md/<n>.<lang>` files.
const eslint = new ESLint({
  cwd,
  fix: true,
  overrideConfigFile: true,
  overrideConfig: [
    ...markdown.configs.processor,
    { files: ['**/*.md/*.ts'], languageOptions: { parser: tsParser } },
    ...plugin.configs.maily,
  ],
});

it('lints and fixes fenced js and ts blocks of a Markdown file through the real ESLint', async () => {
  const [result] = await eslint.lintText(readme, { filePath: path.join(cwd, 'README.md') });
  expect(result!.output).toBe(
    readme
      .replace("import axios, { AxiosError } from 'axios';", `import { httpClient, HttpClientError } from '${HTTP}';`)
      .replace("await axios.get('/ping')", "await httpClient.get('/ping')")
      .replace('error instanceof AxiosError', 'error instanceof HttpClientError')
      .replace("import axios from 'axios';\naxios.get", `import { httpClient } from '${HTTP}';\nhttpClient.get`),
  );
  // What stays is reported where it is in the Markdown file, with the reason.
  expect(result!.messages.map(({ ruleId, line, column, message }) => ({ ruleId, line, column, message }))).toEqual([
    {
      ruleId: 'standard-clients/no-axios',
      line: 23,
      column: 29,
      message: `'axios' is banned: ${httpAdvice} Not fixed automatically: 'CancelToken' has no mapping to '${HTTP}'.`,
    },
  ]);
});
