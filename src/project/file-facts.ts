import { readFileSync, statSync } from 'node:fs';

// What the rules read beside the linted file (manifests, the wrapper's files, tsconfig) is read once and kept, so
// no file is read again for every linted file. An entry is checked against the file's modification time and size
// at most once per FRESH_MS: an editor session sees an edited manifest, a moved wrapper or an install within a
// second, without a restart, and a CLI run stats each file about once a second at most.

export const FRESH_MS = 1000;

/** A file that exists but could not be used, and why: the reason a load is not fixed names it. */
export interface Unreadable {
  readonly file: string;
  readonly problem: string;
}

/** A file's parsed content; undefined for a file that does not exist. */
export type Fact<T> = { readonly value: T } | { readonly unreadable: Unreadable } | undefined;

interface Entry {
  checkedAt: number;
  stamp: string;
  fact: Fact<unknown>;
}

/** One cache per parser: the same file may be read as text by one reader and as JSON by another. */
const caches = new WeakMap<(text: string, file: string) => unknown, Map<string, Entry>>();

const MISSING = 'missing';

/** What identifies a version of a file without reading it; MISSING where there is none. */
function stampOf(file: string): string | Unreadable {
  try {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat || !stat.isFile()) return MISSING;
    return `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
  } catch (error) {
    // ELOOP (a symlink loop), EACCES on a folder on the way, …
    return { file, problem: describe(error) };
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'a symlink loop';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/**
 * The file parsed by `parse` (which may throw: the file is then unreadable, with the error's message), from the
 * cache while the file is unchanged.
 */
export function readFact<T>(file: string, parse: (text: string, file: string) => T): Fact<T> {
  let cache = caches.get(parse);
  if (!cache) caches.set(parse, (cache = new Map()));
  const now = Date.now();
  const entry = cache.get(file);
  if (entry && now - entry.checkedAt < FRESH_MS) return entry.fact as Fact<T>;
  const stamp = stampOf(file);
  if (typeof stamp !== 'string') {
    cache.set(file, { checkedAt: now, stamp: MISSING, fact: { unreadable: stamp } });
    return { unreadable: stamp };
  }
  if (entry && entry.stamp === stamp) {
    entry.checkedAt = now;
    return entry.fact as Fact<T>;
  }
  const fact =
    stamp === MISSING ? undefined : (parse as unknown) === presence ? { value: true as T } : parseFile(file, parse);
  cache.set(file, { checkedAt: now, stamp, fact });
  return fact;
}

function parseFile<T>(file: string, parse: (text: string, file: string) => T): Fact<T> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { unreadable: { file, problem: describe(error) } };
  }
  try {
    return { value: parse(text, file) };
  } catch (error) {
    return { unreadable: { file, problem: error instanceof Error ? error.message : String(error) } };
  }
}

/**
 * Whether a path is a file, checked as {@link readFact} checks (at most once per FRESH_MS per path). An entry that
 * cannot be used (a symlink loop) counts: reading it then names the problem.
 */
export function isFile(file: string): boolean {
  return readFact(file, presence) !== undefined;
}

// Presence needs no read of the content.
const presence = (): true => true;
