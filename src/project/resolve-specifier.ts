import path from 'node:path';
import { packageNameOf } from '../config/module-matcher.js';
import { isFile } from './file-facts.js';
import { manifestIn } from './manifests.js';
import { aliasCandidates, pathAliasesFor } from './tsconfig.js';

/** What a specifier in a file stands for, as far as a wrapper's closure needs to know. */
export type Resolved =
  | { readonly kind: 'file'; readonly file: string }
  /** A package from node_modules (or a workspace package): not followed, but named. */
  | { readonly kind: 'package'; readonly name: string }
  /** A relative path or an alias that matches no file (generated code, a bundler's own alias, a typo). */
  | { readonly kind: 'unresolved' };

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.vue', '.svelte'];
/** TypeScript's NodeNext and bundler resolution map an emitted extension to its source. */
const SOURCE_OF: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};

const PACKAGE_NAME = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i;

/** The file a path names: as written, with a script extension, its source's extension, or its folder's index. */
export function fileAt(base: string): string | undefined {
  const extension = path.extname(base);
  const candidates = [
    base,
    ...EXTENSIONS.map((ext) => base + ext),
    ...(SOURCE_OF[extension] ?? []).map((ext) => base.slice(0, -extension.length) + ext),
    ...EXTENSIONS.map((ext) => path.join(base, `index${ext}`)),
  ];
  return candidates.find(isFile);
}

/** The targets a `#name` specifier maps to in the nearest package.json `imports` (every condition). */
function packageImports(specifier: string, folder: string): string[] {
  for (let current = folder; ; current = path.dirname(current)) {
    const fact = manifestIn(current);
    const imports = fact && 'value' in fact ? fact.value.imports : undefined;
    if (imports && typeof imports === 'object') {
      const entries = Object.entries(imports as Record<string, unknown>);
      const exact = entries.find(([key]) => key === specifier);
      const targets: string[] = [];
      const collect = (value: unknown, matched: string) => {
        if (typeof value === 'string') targets.push(path.resolve(current, value.replace('*', matched)));
        else if (value && typeof value === 'object') for (const v of Object.values(value)) collect(v, matched);
      };
      if (exact) collect(exact[1], '');
      for (const [key, value] of entries) {
        const star = key.indexOf('*');
        if (star === -1) continue;
        const prefix = key.slice(0, star);
        const suffix = key.slice(star + 1);
        if (specifier.startsWith(prefix) && specifier.endsWith(suffix))
          collect(value, specifier.slice(prefix.length, specifier.length - suffix.length));
      }
      return targets;
    }
    if (fact && 'value' in fact && fact.value.isPackage) return [];
    if (current === path.dirname(current)) return [];
  }
}

/** What `specifier`, written in `from`, loads. */
export function resolveSpecifier(specifier: string, from: string): Resolved {
  const folder = path.dirname(from);
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
    const file = fileAt(path.resolve(folder, specifier));
    return file ? { kind: 'file', file } : { kind: 'unresolved' };
  }
  if (specifier.startsWith('#')) {
    const file = packageImports(specifier, folder).map(fileAt).find(Boolean);
    return file ? { kind: 'file', file } : { kind: 'unresolved' };
  }
  const aliased = aliasCandidates(specifier, pathAliasesFor(folder));
  if (aliased.length > 0) {
    const file = aliased.map(fileAt).find(Boolean);
    return file ? { kind: 'file', file } : { kind: 'unresolved' };
  }
  if (specifier.startsWith('node:')) return { kind: 'package', name: specifier };
  const name = packageNameOf(specifier);
  // `@/lib/x` or `~/x` without a tsconfig alias: a bundler's alias, not a package.
  return PACKAGE_NAME.test(name) ? { kind: 'package', name } : { kind: 'unresolved' };
}
