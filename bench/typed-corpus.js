// Generates a deterministic TypeScript project for typed linting: one tsconfig over `size` files that import each
// other's types, about 5% of which use a banned client through member reads and calls the type proof checks
// (axios, redis and ioredis with their own types, node-fetch declared ambiently). The standardized clients are the
// example's packages, linked as a workspace would link them.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../scripts/seeded-random.js';
import { exampleRoot, installed, repoRoot } from '../scripts/example-workspace.js';

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['node'],
  },
  include: ['src', 'types'],
};

const LEGACY_TYPES = `declare module 'node-fetch' {
  export class FetchError extends Error {}
  export const Headers: typeof globalThis.Headers;
  export default function fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
}
`;

// Each use reads members and calls methods on the client's values; some fit the standardized clients (the fix is
// proven), some do not (a callback, a transaction): both kinds of verdict cost what they cost in real code.
const BANNED_USES = [
  (n) => `import axios, { AxiosError } from 'axios';

export async function fetchRecord${n}(id: string): Promise<Record${n} | number | undefined> {
  try {
    const response = await axios.get<Record${n}>(\`/records/\${id}\`, { timeout: 1000 });
    return response.status === 200 ? response.data : undefined;
  } catch (error) {
    if (error instanceof AxiosError) return error.response?.status;
    throw error;
  }
}`,
  (n) => `import axios from 'axios';

const api${n} = axios.create({ baseURL: 'https://api.example.com' });
export const post${n} = (body: unknown) => api${n}.post('/events', body).then((response) => response.data);`,
  (n) => `import { createClient } from 'redis';

const cache${n} = createClient({ url: 'redis://localhost:6379' });
export async function cached${n}(key: string, load: () => Promise<string>): Promise<string> {
  const hit = await cache${n}.get(key);
  if (hit !== null) return hit;
  const value = await load();
  await cache${n}.set(key, value, { EX: 60 });
  return value;
}`,
  (n) => `import { createClient } from 'redis';

const legacy${n} = createClient();
export function read${n}(key: string, done: (value: string | null) => void): void {
  legacy${n}.get(key, (error: unknown, value: string | null) => done(error ? null : value));
}`,
  (n) => `import { Redis } from 'ioredis';

const redis${n} = new Redis('redis://localhost:6379');
export const session${n} = (id: string) => redis${n}.get(\`session:\${id}\`);`,
  (n) => `import { Redis } from 'ioredis';

const limiter${n} = new Redis('redis://localhost:6379');
export async function hit${n}(key: string): Promise<void> {
  await limiter${n}.multi().incr(key).expire(key, 60).exec();
}`,
  (n) => `import fetch, { Headers } from 'node-fetch';

export async function ping${n}(url: string): Promise<boolean> {
  const response = await fetch(url, { method: 'HEAD', headers: new Headers({ accept: 'text/plain' }) });
  return response.ok;
}`,
];

/** Ordinary typed code: a record type, a service over the previous file's records, helpers. */
function ordinaryFile(next, n) {
  const previous = n > 0 ? Math.floor(next() * n) : undefined;
  const imports = [
    previous === undefined
      ? ''
      : `import type { Record${previous} } from '../area${previous % 40}/record${previous}.js';`,
    next() < 0.3 ? "import { httpClient } from '@maily/error-handling/http-client';" : '',
    next() < 0.2 ? "import { createRedisClient } from '@maily/database/redis';" : '',
  ].filter(Boolean);
  const related = previous === undefined ? 'undefined' : `Record${previous} | undefined`;
  const body = `export interface Record${n} {
  readonly id: string;
  readonly createdAt: Date;
  readonly tags: readonly string[];
  readonly amount?: number;
  readonly related?: ${related};
}

export class Record${n}Store {
  private readonly items = new Map<string, Record${n}>();

  add(record: Record${n}): void {
    this.items.set(record.id, record);
  }

  total(): number {
    let sum = 0;
    for (const record of this.items.values()) sum += record.amount ?? 0;
    return sum;
  }

  tagged(tag: string): Record${n}[] {
    return [...this.items.values()].filter((record) => record.tags.includes(tag));
  }
}

export const record${n}Helpers = {
  clamp: (value: number, min: number, max: number) => Math.min(Math.max(value, min), max),
  label: (record: Record${n}) => \`\${record.id} (\${record.tags.join(', ')})\`,
};`;
  return [imports.join('\n'), body].filter(Boolean).join('\n\n');
}

/** Links what the project's config and code load, as `npm install` in a workspace would. */
function linkDependencies(root) {
  const links = {
    'eslint-plugin-standard-clients': repoRoot,
    '@typescript-eslint/parser': installed('@typescript-eslint/parser'),
    typescript: installed('typescript'),
    '@types/node': installed('@types/node'),
    axios: installed('axios'),
    redis: installed('redis'),
    ioredis: installed('ioredis'),
    '@maily/error-handling': path.join(exampleRoot, 'packages/error-handling'),
    '@maily/database': path.join(exampleRoot, 'packages/database'),
  };
  for (const [name, target] of Object.entries(links)) {
    const link = path.join(root, 'node_modules', name);
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(target, link, 'dir');
  }
}

/** Writes the project under `root`; returns how many files load a banned client. */
export function generateTypedCorpus(root, size, seed = 7) {
  const next = seededRandom(seed);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'types'), { recursive: true });
  writeFileSync(
    path.join(root, 'package.json'),
    json({
      name: 'typed-bench',
      private: true,
      type: 'module',
      dependencies: { '@maily/database': '^1.0.0', '@maily/error-handling': '^1.0.0' },
    }),
  );
  writeFileSync(path.join(root, 'tsconfig.json'), json(TSCONFIG));
  writeFileSync(path.join(root, 'types/legacy.d.ts'), LEGACY_TYPES);
  linkDependencies(root);
  let banned = 0;
  for (let n = 0; n < size; n++) {
    const folder = path.join(root, 'src', `area${n % 40}`);
    mkdirSync(folder, { recursive: true });
    let text = ordinaryFile(next, n);
    if (next() < 0.05) {
      text = `${BANNED_USES[Math.floor(next() * BANNED_USES.length)](n)}\n\n${text}`;
      banned++;
    }
    writeFileSync(path.join(folder, `record${n}.ts`), `// record${n}: generated for the typed benchmark\n${text}\n`);
  }
  return { files: size, banned };
}
