import { resolveSpecifier } from '../project/resolve-specifier.js';
import { scanSpecifiers } from '../project/scan-specifiers.js';
import type { Changes } from './changes.js';
import { newErrors, type TypeError } from './type-errors.js';

/** The files a file loads, directly and through the files it loads (relative paths and aliases; not packages). */
export function loadedFiles(file: string, read: (file: string) => string): Set<string> {
  const seen = new Set<string>();
  const queue = [file];
  while (queue.length > 0) {
    const current = queue.pop()!;
    let text: string;
    try {
      text = read(current);
    } catch {
      continue;
    }
    for (const specifier of scanSpecifiers(text)) {
      const resolved = resolveSpecifier(specifier, current);
      if (resolved.kind !== 'file' || resolved.file.includes('/node_modules/') || seen.has(resolved.file)) continue;
      seen.add(resolved.file);
      queue.push(resolved.file);
    }
  }
  return seen;
}

/** A file whose changes were rolled back because of type errors, with those errors. */
export interface TypeRollback {
  readonly file: string;
  readonly errors: readonly TypeError[];
}

export interface TypeRollbackResult {
  readonly rolledBack: readonly TypeRollback[];
  /** New errors that no rollback of the changed files removed (their cause lies elsewhere). */
  readonly unresolved: readonly TypeError[];
  readonly rechecks: number;
}

/**
 * Rolls back the changed files that the new type errors come from. The errors are traced to the changed files
 * they are in or load; that batch is rolled back and checked again, then halves of it are put back while the
 * check stays clean, so that only the files that cause an error stay rolled back. `recheck` runs the type-check
 * again (incrementally, so each re-check costs what changed since the last).
 */
export async function rollBackTypeErrors(
  changes: Changes,
  changedFiles: readonly string[],
  baseline: readonly TypeError[],
  current: readonly TypeError[],
  recheck: () => Promise<readonly TypeError[]>,
): Promise<TypeRollbackResult> {
  const fresh = newErrors(baseline, current);
  if (fresh.length === 0) return { rolledBack: [], unresolved: [], rechecks: 0 };
  const changed = new Set(changedFiles);
  const read = (file: string) => changes.read(file);
  const suspectsOf = (error: TypeError) =>
    error.file === undefined ? [] : [error.file, ...loadedFiles(error.file, read)].filter((f) => changed.has(f));
  const traced = [...new Set(fresh.flatMap(suspectsOf))].sort();

  let rechecks = 0;
  const newAfterRecheck = async () => {
    rechecks++;
    return newErrors(baseline, await recheck());
  };
  const isClean = async () => (await newAfterRecheck()).length === 0;
  const migrated = changes.snapshot(changedFiles);
  const putBack = (files: readonly string[]) => changes.reapply(new Map(files.map((f) => [f, migrated.get(f)!])));

  // The traced batch first; when the errors come from elsewhere too, every changed file.
  let batch = traced;
  changes.restore(batch);
  if (batch.length === 0 || !(await isClean())) {
    batch = [...changed].sort();
    changes.restore(batch);
    if (!(await isClean())) {
      putBack(batch);
      return { rolledBack: [], unresolved: await newAfterRecheck(), rechecks };
    }
  }

  /** The files of `set` that must stay rolled back; `set` is rolled back and the check is clean on entry and exit. */
  const narrow = async (set: readonly string[]): Promise<string[]> => {
    if (set.length === 1) return [...set];
    const half = Math.ceil(set.length / 2);
    const [first, second] = [set.slice(0, half), set.slice(half)];
    putBack(first);
    if (await isClean()) return narrow(second);
    changes.restore(first);
    const inFirst = await narrow(first);
    putBack(second);
    if (await isClean()) return inFirst;
    changes.restore(second);
    return [...inFirst, ...(await narrow(second))];
  };
  const culprits = await narrow(batch);
  const rolledBack = culprits.map((file) => {
    const traced = fresh.filter((error) => suspectsOf(error).includes(file));
    return { file, errors: traced.length > 0 ? traced : fresh };
  });
  return { rolledBack, unresolved: [], rechecks };
}
