import { realpathSync } from 'node:fs';
import path from 'node:path';
import { FRESH_MS, readFact, type Unreadable } from './file-facts.js';
import { nearestPackageManifest } from './manifests.js';
import { resolveSpecifier } from './resolve-specifier.js';
import { scanSpecifiers } from './scan-specifiers.js';

/** The files that make up a wrapper: its target file and everything that file loads through its own files. */
export interface Closure {
  /** Every file, by the path it was found under and by its real path. */
  readonly files: ReadonlySet<string>;
  /** Per package.json (the nearest package manifest above a closure file), the packages those files load. */
  readonly packagesByManifest: ReadonlyMap<string, ReadonlySet<string>>;
  /** Specifiers that looked like the project's own files but matched none, with the file that wrote them. */
  readonly unresolved: readonly { readonly from: string; readonly specifier: string }[];
  /** Files of the closure that could not be read: what they load is unknown. */
  readonly unreadable: readonly Unreadable[];
}

const closures = new Map<string, { checkedAt: number; closure: Closure }>();

/**
 * The closure of a target file, following relative specifiers, tsconfig `paths` and package.json `imports`
 * transitively. Each file's specifiers come from a text scan kept per file (see file-facts.ts), so recomputing
 * after {@link FRESH_MS} costs a stat per file.
 */
export function targetClosure(targetFile: string): Closure {
  const now = Date.now();
  const cached = closures.get(targetFile);
  if (cached && now - cached.checkedAt < FRESH_MS) return cached.closure;
  const closure = computeClosure(targetFile);
  closures.set(targetFile, { checkedAt: now, closure });
  return closure;
}

function computeClosure(targetFile: string): Closure {
  const files = new Set<string>();
  const packagesByManifest = new Map<string, Set<string>>();
  const unresolved: { from: string; specifier: string }[] = [];
  const unreadable: Unreadable[] = [];
  const queue = [targetFile];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    const real = realPath(file);
    if (real) files.add(real);
    const scanned = readFact(file, scanSpecifiers);
    if (!scanned) continue;
    if ('unreadable' in scanned) {
      unreadable.push(scanned.unreadable);
      continue;
    }
    for (const specifier of scanned.value) {
      const resolved = resolveSpecifier(specifier, file);
      if (resolved.kind === 'file') queue.push(resolved.file);
      else if (resolved.kind === 'unresolved') unresolved.push({ from: file, specifier });
      else {
        const nearest = nearestPackageManifest(path.dirname(file));
        if (nearest && 'manifest' in nearest) {
          const manifest = nearest.manifest.file;
          if (!packagesByManifest.has(manifest)) packagesByManifest.set(manifest, new Set());
          packagesByManifest.get(manifest)!.add(resolved.name);
        }
      }
    }
  }
  return { files, packagesByManifest, unresolved, unreadable };
}

function realPath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

/** Whether a linted file is in the closure, under the path ESLint gives it or its real path. */
export function closureHas(closure: Closure, file: string): boolean {
  if (closure.files.has(file)) return true;
  const real = realPath(file);
  return real !== undefined && real !== file && closure.files.has(real);
}
