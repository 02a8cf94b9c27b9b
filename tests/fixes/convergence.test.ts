import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import * as svelteParser from 'svelte-eslint-parser';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { consumerLinter } from '../helpers/consumer.js';

const config: Linter.Config[] = [
  ...plugin.configs.maily,
  { files: ['**/*.{ts,cts,mts}'], languageOptions: { parser: tsParser } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  { files: ['**/*.svelte'], languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } } },
];

function fix(code: string, filename: string) {
  const linter = consumerLinter();
  const first = linter.verifyAndFix(code, config, filename);
  const second = linter.verifyAndFix(first.output, config, filename);
  return { first, second };
}

describe('eslint --fix with every rule of configs.maily', () => {
  it('merges what several rules add into one import of the target and converges', () => {
    const code = [
      "import axios, { AxiosError } from 'axios';",
      "import fetch from 'node-fetch';",
      "import { createClient } from 'redis';",
      "import Redis from 'ioredis';",
      '',
      'export async function sync() {',
      "  const res = await fetch('/a');",
      "  await axios.post('/b', await res.json()).catch((e) => e instanceof AxiosError);",
      "  await Promise.all([createClient().connect(), new Redis().get('key')]);",
      '}',
      '',
    ].join('\n');
    const { first, second } = fix(code, 'src/sync.ts');
    expect(first.output).toBe(
      [
        "import { fetch, httpClient, HttpClientError } from '@maily/error-handling/http-client';",
        "import { createRedisClient, RedisClient } from '@maily/database/redis';",
        '',
        'export async function sync() {',
        "  const res = await fetch('/a');",
        "  await httpClient.post('/b', await res.json()).catch((e) => e instanceof HttpClientError);",
        "  await Promise.all([createRedisClient().connect(), new RedisClient().get('key')]);",
        '}',
        '',
      ].join('\n'),
    );
    expect(first.messages).toEqual([]);
    expect(second.fixed).toBe(false);
    expect(second.output).toBe(first.output);
  });

  it('gives node-fetch and the global fetch one import of the target between them', () => {
    const code = [
      "import nodeFetch, { Headers } from 'node-fetch';",
      "import { z } from 'zod';",
      '',
      "export const a = () => nodeFetch('/a', { headers: new Headers() });",
      "export const b = () => fetch('/b').then(z.parse);",
      "export const c = () => globalThis.fetch('/c');",
      '',
    ].join('\n');
    const { first, second } = fix(code, 'src/both.ts');
    expect(first.output).toBe(
      [
        "import { fetch as nodeFetch, Headers } from '@maily/error-handling/http-client';",
        "import { z } from 'zod';",
        '',
        "export const a = () => nodeFetch('/a', { headers: new Headers() });",
        "export const b = () => nodeFetch('/b').then(z.parse);",
        "export const c = () => nodeFetch('/c');",
        '',
      ].join('\n'),
    );
    expect(first.messages).toEqual([]);
    expect(second.output).toBe(first.output);
  });

  it('gives a Svelte component one import of the target, its script statements read like a program', () => {
    const code = [
      '<script lang="ts">',
      "  import axios from 'axios';",
      "  const load = () => axios.get('/a');",
      "  const ping = () => fetch('/b');",
      '</script>',
      '',
      '<button on:click={load}>{ping}</button>',
      '',
    ].join('\n');
    const { first, second } = fix(code, 'src/Panel.svelte');
    expect(first.output).toBe(
      [
        '<script lang="ts">',
        "  import { fetch, httpClient } from '@maily/error-handling/http-client';",
        "  const load = () => httpClient.get('/a');",
        "  const ping = () => fetch('/b');",
        '</script>',
        '',
        '<button on:click={load}>{ping}</button>',
        '',
      ].join('\n'),
    );
    expect(first.messages).toEqual([]);
    expect(second.fixed).toBe(false);
  });

  it('leaves exactly the unmappable loads, with their reasons, and nothing fixable', () => {
    const code = [
      "'use strict';",
      "const axios = require('axios');",
      "const { Cluster } = require('ioredis');",
      "require('isomorphic-fetch');",
      'module.exports = { get: (url) => axios.get(url), cluster: new Cluster([]) };',
      '',
    ].join('\n');
    const { first, second } = fix(code, 'src/worker.cjs');
    expect(first.output).toBe(
      [
        "'use strict';",
        "const { httpClient } = require('@maily/error-handling/http-client');",
        "const { Cluster } = require('ioredis');",
        "require('isomorphic-fetch');",
        'module.exports = { get: (url) => httpClient.get(url), cluster: new Cluster([]) };',
        '',
      ].join('\n'),
    );
    expect(first.messages.map((m) => [m.ruleId, m.line, m.fix])).toEqual([
      ['standard-clients/no-legacy-redis', 3, undefined],
      ['standard-clients/no-node-fetch', 4, undefined],
    ]);
    expect(first.messages[0]?.message).toMatch(/Not fixed automatically: 'Cluster' has no mapping/);
    expect(second.fixed).toBe(false);
  });
});
