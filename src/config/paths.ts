import { statSync } from 'node:fs';
import path from 'node:path';
import { assertConsistentMappings } from './mapping-checks.js';
import { SETTINGS_KEY } from './settings.js';
import type { Target } from './target.js';

/** The folder that `file` targets and `allow` globs resolve against. */
export interface PathRoot {
  readonly path: string;
  /** Set by `settings['standard-clients'].root`, rather than ESLint's working directory. */
  readonly fromSettings: boolean;
}

export function pathRoot(root: string | undefined, cwd: string): PathRoot {
  return root === undefined ? { path: cwd, fromSettings: false } : { path: root, fromSettings: true };
}

/** A file path relative to the root, with POSIX separators: how globs and messages see it. */
export function rootRelative(root: PathRoot, file: string): string {
  return path.relative(root.path, file).split(path.sep).join('/');
}

const SCRIPT_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

const isFile = (file: string) => statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;

/**
 * The file a `file` target names, absolute; it may be written without its extension. A missing file is a
 * configuration error naming the key and the resolved path: every fix would write a specifier that does not
 * resolve, and in a monorepo that usually means the path was resolved against the wrong folder.
 */
function findTargetFile(file: string, root: PathRoot, key: string): string {
  const absolute = path.resolve(root.path, file);
  const found = [absolute, ...SCRIPT_EXTENSIONS.map((extension) => absolute + extension)].find(isFile);
  if (found) return found;
  const against = root.fromSettings
    ? `settings['${SETTINGS_KEY}'].root, '${root.path}'`
    : `ESLint's working directory, '${root.path}', unless settings['${SETTINGS_KEY}'].root names a folder (e.g. import.meta.dirname in eslint.config.js)`;
  throw new Error(
    `eslint-plugin-standard-clients: ${key}.file '${file}' resolves to '${absolute}', which is not a file. Relative paths resolve against ${against}.`,
  );
}

/**
 * A target as the rules use it: its mappings consistent, a `file` made the absolute path of the real file,
 * extension completed.
 */
export function resolveTarget(target: Target, root: PathRoot, key: string): Target {
  assertConsistentMappings(target, key);
  return target.file === undefined ? target : { ...target, file: findTargetFile(target.file, root, key) };
}
