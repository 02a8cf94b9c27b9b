// Generates a deterministic, realistic-looking corpus of TypeScript and JavaScript files. About 5% of the
// files load a banned client, in every form the rules detect; the rest look like ordinary service code.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../scripts/seeded-random.js';

const ORDINARY_IMPORTS = [
  "import { z } from 'zod';",
  "import express from 'express';",
  "import { readFile } from 'node:fs/promises';",
  "import path from 'node:path';",
  "import { EventEmitter } from 'node:events';",
  "import { format } from 'date-fns';",
  "import pino from 'pino';",
  "import { httpClient } from '@maily/error-handling/http-client';",
  "import { createRedisClient } from '@maily/database/redis';",
  "import useAxios from 'axios-hooks';",
  "import Redlock from 'redis-lock';",
];

const BANNED_LOADS = {
  ts: [
    "import axios from 'axios';\nexport const load = (url: string) => axios.get(url);",
    "import axios, { AxiosError, type AxiosResponse } from 'axios';\nexport async function get(url: string): Promise<AxiosResponse<unknown> | undefined> {\n  try {\n    return await axios.get(url);\n  } catch (error) {\n    if (error instanceof AxiosError) return undefined;\n    throw error;\n  }\n}",
    "import type { AxiosRequestConfig } from 'axios';\nexport const defaults: AxiosRequestConfig = {};",
    "import fetch, { Headers } from 'node-fetch';\nexport const ping = () => fetch('/ping', { headers: new Headers() });",
    "import { createClient } from 'redis';\nexport const cache = createClient();",
    "import * as redis from 'redis';\nexport const store = redis.createClient();",
    "import Redis from 'ioredis';\nexport const queue = new Redis();",
    "import { Cluster } from 'ioredis';\nexport const cluster = new Cluster([]);",
    "export { AxiosError as HttpError } from 'axios';",
    "export type Response = import('axios').AxiosResponse<string>;",
    "import axios = require('axios');\nexport const client = axios;",
    "export async function lazy() {\n  const { isAxiosError } = await import('axios');\n  return isAxiosError;\n}",
    "import 'isomorphic-fetch';",
    "vi.mock('axios');\nexport {};",
  ],
  js: [
    "const axios = require('axios');\nmodule.exports = (url) => axios.get(url);",
    "const { createClient } = require('redis');\nmodule.exports = createClient();",
    "require('cross-fetch/polyfill');",
    "const Redis = require('ioredis');\nmodule.exports = new Redis();",
    "jest.mock('node-fetch');",
    "module.exports = () => import('axios').then((m) => m.default);",
  ],
};

function ordinaryBody(next, name, typescript) {
  const t = (text) => (typescript ? text : '');
  const lines = [];
  const count = 2 + Math.floor(next() * 5);
  for (let i = 0; i < count; i++) {
    const kind = Math.floor(next() * 4);
    if (kind === 0 && typescript) {
      lines.push(
        `export interface ${name}Record${i} {\n  id: string;\n  createdAt: Date;\n  tags: readonly string[];\n  amount?: number;\n}`,
      );
    } else if (kind === 1) {
      lines.push(
        `export class ${name}Service${i} {\n  ${t('private readonly ')}items${t(': Map<string, number>')} = new Map();\n\n  add(key${t(': string')}, value${t(': number')})${t(': void')} {\n    const current = this.items.get(key) ?? 0;\n    this.items.set(key, current + value);\n  }\n\n  total()${t(': number')} {\n    let sum = 0;\n    for (const value of this.items.values()) sum += value;\n    return sum;\n  }\n}`,
      );
    } else if (kind === 2) {
      lines.push(
        `export async function handle${name}${i}(input${t(': { id: string; retries?: number }')}) {\n  const retries = input.retries ?? 3;\n  for (let attempt = 0; attempt < retries; attempt++) {\n    const result = await Promise.resolve({ ok: attempt > 0, id: input.id });\n    if (result.ok) return result;\n  }\n  throw new Error(\`failed: \${input.id}\`);\n}`,
      );
    } else {
      lines.push(
        `export const ${name.toLowerCase()}Helpers${i} = {\n  clamp: (value${t(': number')}, min${t(': number')}, max${t(': number')}) => Math.min(Math.max(value, min), max),\n  label: (parts${t(': string[]')}) => parts.filter(Boolean).join(' / '),\n  isEmpty: (value${t(': unknown')}) => value === null || value === undefined || value === '',\n};`,
      );
    }
  }
  return lines.join('\n\n');
}

/** Writes `size` files under `dir/src`; returns how many load a banned client. */
export function generateCorpus(dir, size, seed = 42) {
  const next = seededRandom(seed);
  rmSync(dir, { recursive: true, force: true });
  let banned = 0;
  for (let i = 0; i < size; i++) {
    const typescript = next() < 0.75;
    const extension = typescript ? (next() < 0.1 ? '.tsx' : '.ts') : next() < 0.5 ? '.js' : '.cjs';
    const commonJs = extension === '.cjs';
    const name = `Module${i}`;
    const imports = commonJs
      ? ["const path = require('node:path');", "const { EventEmitter } = require('node:events');"]
      : ORDINARY_IMPORTS.filter(() => next() < 0.3);
    const body = ordinaryBody(next, name, typescript);
    const parts = [`// ${name}: generated for benchmarks`, imports.join('\n')];
    if (next() < 0.05) {
      const pool = typescript ? BANNED_LOADS.ts : BANNED_LOADS.js;
      const load = pool[Math.floor(next() * pool.length)];
      // ESM loads in a CommonJS file would not parse; those files take a CommonJS load.
      parts.push(commonJs && /^(import|export)/m.test(load) ? BANNED_LOADS.js[0] : load);
      banned++;
    }
    parts.push(commonJs ? body.replace(/^export (const|class|async function) (\w+)/gm, '$1 $2') : body);
    const folder = path.join(dir, 'src', `area${i % 40}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${name.toLowerCase()}${extension}`), `${parts.filter(Boolean).join('\n\n')}\n`);
  }
  return { files: size, banned };
}
