import { createRequire } from 'node:module';
import path from 'node:path';
import { type Fact, readFact } from './file-facts.js';

/** The path aliases a tsconfig declares: each pattern (with at most one `*`) and the folders it maps to. */
export interface PathAliases {
  readonly aliases: readonly { readonly pattern: string; readonly targets: readonly string[] }[];
}

interface RawTsconfig {
  readonly file: string;
  readonly extends: readonly string[];
  readonly baseUrl: string | undefined;
  readonly paths: Readonly<Record<string, readonly string[]>> | undefined;
}

/** JSON with comments and trailing commas, as tsconfig files are written. */
export function parseJsonc(text: string): unknown {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') {
      const end = endOfString(text, i);
      out += text.slice(i, end);
      i = end - 1;
    } else if (char === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
      out += ' ';
    } else out += char;
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

function parseTsconfig(text: string, file: string): RawTsconfig {
  const json = parseJsonc(text) as Record<string, unknown> | null;
  if (typeof json !== 'object' || json === null) throw new Error('is not a JSON object');
  const options = (json.compilerOptions ?? {}) as Record<string, unknown>;
  const extendsValue = json.extends;
  const folder = path.dirname(file);
  return {
    file,
    extends: typeof extendsValue === 'string' ? [extendsValue] : Array.isArray(extendsValue) ? extendsValue : [],
    baseUrl: typeof options.baseUrl === 'string' ? path.resolve(folder, options.baseUrl) : undefined,
    paths:
      typeof options.paths === 'object' && options.paths !== null
        ? (options.paths as Record<string, readonly string[]>)
        : undefined,
  };
}

/** The tsconfig an `extends` names: a relative path, or a package's file resolved like Node does. */
function extendedFile(name: string, from: string): string | undefined {
  if (name.startsWith('.') || path.isAbsolute(name)) {
    const file = path.resolve(path.dirname(from), name);
    return file.endsWith('.json') ? file : `${file}.json`;
  }
  try {
    return createRequire(from).resolve(name.endsWith('.json') ? name : `${name}/tsconfig.json`);
  } catch {
    try {
      return createRequire(from).resolve(name);
    } catch {
      return undefined;
    }
  }
}

/**
 * The aliases in effect for a tsconfig, following `extends` (the nearest file that sets `paths` wins; its patterns
 * resolve against the `baseUrl` in effect, else against that file's folder). Unreadable files on the way are
 * skipped: aliases only add files to a wrapper's closure.
 */
function aliasesOf(file: string, seen: Set<string> = new Set()): PathAliases['aliases'] | undefined {
  if (seen.has(file)) return undefined;
  seen.add(file);
  const fact = readFact(file, parseTsconfig);
  if (!fact || !('value' in fact)) return undefined;
  const config = fact.value;
  if (config.paths) {
    const base = config.baseUrl ?? inheritedBaseUrl(config, seen) ?? path.dirname(file);
    return Object.entries(config.paths).map(([pattern, targets]) => ({
      pattern,
      targets: targets.filter((t) => typeof t === 'string').map((t) => path.resolve(base, t)),
    }));
  }
  for (const name of [...config.extends].reverse()) {
    const parent = extendedFile(name, file);
    const aliases = parent && aliasesOf(parent, seen);
    if (aliases) return aliases;
  }
  return undefined;
}

function inheritedBaseUrl(config: RawTsconfig, seen: Set<string>): string | undefined {
  for (const name of [...config.extends].reverse()) {
    const parent = extendedFile(name, config.file);
    if (!parent || seen.has(`baseUrl:${parent}`)) continue;
    seen.add(`baseUrl:${parent}`);
    const fact: Fact<RawTsconfig> = readFact(parent, parseTsconfig);
    if (fact && 'value' in fact) {
      const found = fact.value.baseUrl ?? inheritedBaseUrl(fact.value, seen);
      if (found) return found;
    }
  }
  return undefined;
}

/** The aliases of the nearest tsconfig.json (or jsconfig.json) at or above a folder. */
export function pathAliasesFor(folder: string): PathAliases['aliases'] {
  for (let current = folder; ; current = path.dirname(current)) {
    for (const name of ['tsconfig.json', 'jsconfig.json']) {
      const file = path.join(current, name);
      if (readFact(file, parseTsconfig)) return aliasesOf(file) ?? [];
    }
    if (current === path.dirname(current)) return [];
  }
}

/** The paths a specifier may stand for under the aliases, best match first (TypeScript's longest prefix). */
export function aliasCandidates(specifier: string, aliases: PathAliases['aliases']): string[] {
  let best: { prefixLength: number; paths: string[] } | undefined;
  for (const { pattern, targets } of aliases) {
    const star = pattern.indexOf('*');
    if (star === -1) {
      if (pattern === specifier) return [...targets];
      continue;
    }
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    if (
      !specifier.startsWith(prefix) ||
      !specifier.endsWith(suffix) ||
      specifier.length < prefix.length + suffix.length
    )
      continue;
    if (best && best.prefixLength >= prefix.length) continue;
    const matched = specifier.slice(prefix.length, specifier.length - suffix.length);
    best = { prefixLength: prefix.length, paths: targets.map((target) => target.replace('*', matched)) };
  }
  return best?.paths ?? [];
}
