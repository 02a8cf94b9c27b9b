import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { format, type Options } from 'prettier';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { consumerLinter } from '../helpers/consumer.js';

/*
 * A file formatted by Prettier stays formatted after `eslint --fix`: written imports and require
 * destructurings take the file's brace spacing, quotes, semicolons and wrapping. Each file is formatted
 * first (so it is in Prettier's own layout), then fixed, then must be unchanged by Prettier. (Renamed
 * references can lengthen other lines; the files keep those short, as that is not the fix's layout.)
 */

const config: Linter.Config[] = [
  ...plugin.configs.maily,
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
];

const FILES: Record<string, string> = {
  'default-named-types.ts': `
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import axios, { AxiosError, type AxiosResponse } from 'axios';

export async function load(url: string): Promise<AxiosResponse | undefined> {
  if (!existsSync('cache')) mkdirSync('cache');
  try { return await axios.get(url); } catch (e) { if (e instanceof AxiosError) return undefined; throw e; }
}
void [readFileSync, writeFileSync, rmSync];
`,
  'multi-line.ts': `
import axios, { AxiosError, isAxiosError, type AxiosResponse, type AxiosRequestConfig } from 'axios';
import { createClient, type RedisClientType } from 'redis';

export const get = (url: string, config: AxiosRequestConfig): Promise<AxiosResponse> => axios.get(url, config);
export const isError = (e: unknown) => isAxiosError(e) || e instanceof AxiosError;
const cache: RedisClientType = createClient();
export const connect = () => cache.connect();
`,
  'require.cjs': `
'use strict';
const { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } = require('node:fs');
const { AxiosError, isAxiosError } = require('axios');
const axios = require('axios');
const { createClient } = require('redis');

const cache = createClient();
module.exports = { axios, isError: (e) => isAxiosError(e) || e instanceof AxiosError, connect: () => cache.connect() };
void [existsSync, mkdirSync, readFileSync, writeFileSync, rmSync];
`,
  'nested-destructuring.ts': `
import axios from 'axios';

export async function load(url: string) {
  const { data } = await axios.get(url);
  return data;
}
`,
  'merge.ts': `
import { HttpClientError, type HttpResponse, type HttpRequestConfig } from '@maily/error-handling/http-client';
import axios from 'axios';
import { isAxiosError } from 'axios';

export const get = (url: string, config: HttpRequestConfig): Promise<HttpResponse> => axios.get(url, config);
export const isError = (e: unknown) => isAxiosError(e) || e instanceof HttpClientError;
`,
  'merge-grows-long.ts': `
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { HttpClientError } from '@maily/error-handling/http-client';
import axios, { isAxiosError } from 'axios';

export const get = (url: string) => axios.get(url);
export const guard = isAxiosError;
export const errors = [HttpClientError];
void [existsSync, mkdirSync, readFileSync, writeFileSync, rmSync];
`,
  'merge-one-line.ts': `
import { HttpClientError } from '@maily/error-handling/http-client';
import axios from 'axios';

export const get = (url: string) => axios.get(url).catch((e) => e instanceof HttpClientError);
`,
};

describe.each([true, false])('Prettier with bracketSpacing: %s', (bracketSpacing) => {
  it.each(Object.entries(FILES))('%s stays formatted after the fix', async (filename, code) => {
    const options: Options = { filepath: filename, bracketSpacing };
    const formatted = await format(code, options);
    const fixed = consumerLinter().verifyAndFix(formatted, config, filename);
    expect(fixed.messages.filter((m) => m.fatal)).toEqual([]);
    expect(fixed.output).not.toBe(formatted);
    expect(fixed.output).not.toMatch(/'axios'|"axios"|'redis'|"redis"/);
    expect(await format(fixed.output, options)).toBe(fixed.output);
  });
});
