// A corpus of real code: the published sources of packages from real monorepos (SvelteKit, tRPC, the OpenAI
// SDK, Hono's Node server), laid out as one workspace. They run servers, call and shadow `fetch`, pass `fetch`
// as an option and name properties `fetch`: the places where a rule that guesses would report by mistake.
// Pinned versions, fetched from the npm registry with `npm pack` and kept in a cache outside the repository.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Each package's monorepo, for the results page. */
export const REAL_PACKAGES = [
  { spec: '@sveltejs/kit@3.2.0', monorepo: 'sveltejs/kit' },
  { spec: '@sveltejs/adapter-node@6.0.1', monorepo: 'sveltejs/kit' },
  { spec: '@sveltejs/adapter-vercel@6.3.4', monorepo: 'sveltejs/kit' },
  { spec: '@sveltejs/adapter-netlify@6.0.4', monorepo: 'sveltejs/kit' },
  { spec: '@trpc/server@11.25.2', monorepo: 'trpc/trpc' },
  { spec: '@trpc/client@11.25.2', monorepo: 'trpc/trpc' },
  { spec: '@trpc/next@11.19.0', monorepo: 'trpc/trpc' },
  { spec: '@trpc/react-query@11.19.0', monorepo: 'trpc/trpc' },
  { spec: 'openai@7.57.0', monorepo: 'openai/openai-node' },
  { spec: '@hono/node-server@2.1.9', monorepo: 'honojs/node-server' },
];

export const realCorpusRoot = path.join(os.tmpdir(), 'standard-clients-bench', 'real');

const folderOf = (spec) => spec.slice(0, spec.lastIndexOf('@')).replace(/^@/, '').replace('/', '-');

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

/** Downloads and unpacks every package once; later runs reuse the cache. Returns the workspace folder. */
export function prepareRealCorpus(root = realCorpusRoot) {
  const packages = path.join(root, 'src');
  mkdirSync(packages, { recursive: true });
  for (const { spec } of REAL_PACKAGES) {
    const folder = path.join(packages, folderOf(spec));
    if (existsSync(folder)) continue;
    const download = path.join(root, 'download');
    rmSync(download, { recursive: true, force: true });
    mkdirSync(download, { recursive: true });
    const tarball = run('npm', ['pack', spec, '--silent', '--pack-destination', download], root)
      .trim()
      .split('\n')
      .pop();
    run('tar', ['xzf', path.join(download, tarball), '-C', download], root);
    renameSync(path.join(download, 'package'), folder);
    rmSync(download, { recursive: true, force: true });
  }
  return root;
}

const CODE = /\.(?:[cm]?[jt]s|tsx|jsx)$/;

/** How many code files the corpus has (declaration files included: `declare function fetch` must stay silent). */
export function countCodeFiles(root = realCorpusRoot) {
  return readdirSync(path.join(root, 'src'), { recursive: true }).filter((file) => CODE.test(file)).length;
}

/**
 * The reviewed findings: every report on the real corpus must be one of them (precision), and every one of
 * them must still be reported (recall). Each carries the reviewer's one-line reason.
 */
export function readExpectedFindings() {
  return JSON.parse(readFileSync(new URL('real-corpus.expected.json', import.meta.url), 'utf8'));
}

/** Our rules' findings in an ESLint JSON result, files relative to the corpus root. A parse error throws. */
export function findingsOf(results, root = realCorpusRoot) {
  const findings = [];
  for (const result of results) {
    const file = path.relative(root, result.filePath).split(path.sep).join('/');
    for (const message of result.messages) {
      if (message.fatal) throw new Error(`${file}:${message.line}: ${message.message}`);
      // The corpus's own disable comments name rules this config does not load; those notices are not ours.
      if (!message.ruleId?.startsWith('standard-clients/')) continue;
      findings.push({ rule: message.ruleId, file, line: message.line, messageId: message.messageId });
    }
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
}

/** Compares findings with the reviewed list; both directions must be empty. */
export function compareWithExpected(findings, expected) {
  const key = (f) => `${f.rule} ${f.file}:${f.line}`;
  const found = new Set(findings.map(key));
  const reviewed = new Set(expected.map(key));
  return {
    unexpected: findings.filter((f) => !reviewed.has(key(f))),
    missing: expected.filter((f) => !found.has(key(f))),
  };
}
