import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { packageNameOf } from './module-matcher.js';
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

/** Whether `file` is `folder` or lies below it. */
function isWithin(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/** The folder's package.json, parsed; undefined where there is none or it holds no JSON object. */
function manifestIn(folder: string): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'));
    return typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function packageNameIn(folder: string): string | undefined {
  const name = manifestIn(folder)?.name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

/**
 * The workspace package that holds a target file: the nearest folder above it with a named package.json,
 * below the root. The package at the root or above it is the whole project, never the client's own package.
 */
function workspacePackageOfFile(file: string, root: PathRoot): string | undefined {
  for (let folder = path.dirname(file); !isWithin(folder, root.path); folder = path.dirname(folder)) {
    if (packageNameIn(folder) !== undefined) return folder;
    if (folder === path.dirname(folder)) return undefined;
  }
  return undefined;
}

/**
 * The package.json that installs what a target file imports: the nearest one above it that names a package or
 * declares dependencies, at any depth. In a single-package app that is the app's own manifest, which must keep
 * the library its wrapper imports, though the app as a whole is not the client's package.
 */
function manifestOfFile(file: string): string | undefined {
  for (let folder = path.dirname(file); ; folder = path.dirname(folder)) {
    const manifest = manifestIn(folder);
    if (manifest && (typeof manifest.name === 'string' || DEPENDENCY_FIELDS.some((field) => field in manifest)))
      return path.join(folder, 'package.json');
    if (folder === path.dirname(folder)) return undefined;
  }
}

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

/**
 * The workspace package a module target's package is, when the package manager links it into a
 * `node_modules` at or above the root (npm, yarn and bun workspaces do): the link's real path, if that is
 * neither inside a `node_modules` (an installed package) nor the project itself. Found by a few file-system
 * look-ups per target, once per configuration, without resolving `exports`: the same answer for every file.
 */
function workspacePackageOfModule(specifier: string, root: PathRoot): string | undefined {
  if (specifier.startsWith('#') || specifier.startsWith('.') || path.isAbsolute(specifier)) return undefined;
  const name = packageNameOf(specifier);
  for (let folder = root.path; ; folder = path.dirname(folder)) {
    const real = realPath(path.join(folder, 'node_modules', name));
    if (real !== undefined) {
      const realRoot = realPath(root.path) ?? root.path;
      if (real.split(path.sep).includes('node_modules') || isWithin(real, realRoot)) return undefined;
      // Name the folder as ESLint names files: below the root as given, even where the root is a symlink.
      return isWithin(realRoot, real) ? path.join(root.path, path.relative(realRoot, real)) : real;
    }
    if (folder === path.dirname(folder)) return undefined;
  }
}

function realPath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

/** A target as the rules use it: a `file` made the absolute path of the real file, and the files that belong to the client itself. */
export interface ResolvedTarget {
  readonly target: Target;
  /**
   * Whether a file is the target file, lies in the workspace package that holds the target, or is the
   * package.json that installs what a target file imports.
   */
  readonly owns: (file: string) => boolean;
}

export function resolveTarget(target: Target, root: PathRoot, key: string): ResolvedTarget {
  if (target.module !== undefined) {
    const workspacePackage = workspacePackageOfModule(target.module, root);
    return { target, owns: (file) => workspacePackage !== undefined && isWithin(workspacePackage, file) };
  }
  const file = findTargetFile(target.file, root, key);
  const workspacePackage = workspacePackageOfFile(file, root);
  const manifest = manifestOfFile(file);
  return {
    // The real file, extension completed: specifiers and same-target checks derive from what exists.
    target: { ...target, file },
    owns: (linted) =>
      linted === file || linted === manifest || (workspacePackage !== undefined && isWithin(workspacePackage, linted)),
  };
}
