import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Minimatch } from 'minimatch';
import { FRESH_MS, isFile, readFact, type Unreadable } from './file-facts.js';
import { manifestIn } from './manifests.js';

/** The package managers whose workspaces and dependency protocols differ. */
export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'yarn-berry' | 'bun';

/** A monorepo as its package manager declares it. */
export interface Workspace {
  readonly root: string;
  /** The file that declares the packages: `pnpm-workspace.yaml`, or the root package.json. */
  readonly file: string;
  readonly globs: readonly string[];
  readonly packageManager: PackageManager;
}

export type WorkspaceFact = { readonly workspace: Workspace } | { readonly unreadable: Unreadable } | undefined;

/**
 * The `packages` list of a pnpm-workspace.yaml, in block (`- 'apps/*'`) or flow (`['apps/*']`) style. Other keys
 * (`catalog`, `onlyBuiltDependencies`, …) are skipped; a `packages` value of another shape throws, which makes
 * the file unreadable with that reason.
 */
export function parsePnpmPackages(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => /^packages\s*:/.test(line));
  if (start === -1) return [];
  const inline = stripComment(lines[start]!.replace(/^packages\s*:/, '')).trim();
  if (inline !== '') {
    if (!inline.startsWith('[') || !inline.endsWith(']')) throw new Error(`'packages' is neither a list nor [ … ]`);
    const body = inline.slice(1, -1).trim();
    return body === '' ? [] : body.split(',').map((item) => scalar(item.trim()));
  }
  const globs: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const content = stripComment(line);
    if (content.trim() === '') continue;
    // The next top-level key ends the list.
    if (!/^\s/.test(content)) break;
    const item = /^\s+-\s+(.*)$/.exec(content);
    if (!item) throw new Error(`unexpected line in 'packages': ${line.trim()}`);
    globs.push(scalar(item[1]!.trim()));
  }
  return globs;
}

function stripComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(0, i);
  }
  return line;
}

function scalar(text: string): string {
  const quoted = /^(['"])(.*)\1$/.exec(text);
  if (quoted) return quoted[2]!;
  if (text === '' || /^[&*!|>[{]/.test(text)) throw new Error(`unsupported value in 'packages': ${text}`);
  return text;
}

/** The package manager a workspace root uses: its `packageManager` field, else its lockfile. */
function packageManagerAt(root: string, declared: string | undefined): PackageManager {
  const [name, version = ''] = (declared ?? '').split('@');
  if (name === 'pnpm' || name === 'bun' || name === 'npm') return name;
  if (name === 'yarn') return /^1\./.test(version) ? 'yarn' : 'yarn-berry';
  const has = (file: string) => isFile(path.join(root, file));
  if (has('pnpm-lock.yaml') || has('pnpm-workspace.yaml')) return 'pnpm';
  if (has('bun.lock') || has('bun.lockb')) return 'bun';
  if (has('yarn.lock')) return has('.yarnrc.yml') ? 'yarn-berry' : 'yarn';
  return 'npm';
}

/**
 * The workspace that a folder belongs to: the nearest folder at or above it with a pnpm-workspace.yaml or a
 * package.json that declares `workspaces`.
 */
export function workspaceAbove(folder: string): WorkspaceFact {
  for (let current = folder; ; current = path.dirname(current)) {
    const pnpmFile = path.join(current, 'pnpm-workspace.yaml');
    const pnpm = readFact(pnpmFile, parsePnpmPackages);
    if (pnpm && 'unreadable' in pnpm) return pnpm;
    const manifest = manifestIn(current);
    if (pnpm) {
      const declared = manifest && 'value' in manifest ? manifest.value.packageManager : undefined;
      return {
        workspace: {
          root: current,
          file: pnpmFile,
          globs: pnpm.value,
          packageManager: packageManagerAt(current, declared ?? 'pnpm'),
        },
      };
    }
    if (manifest && 'unreadable' in manifest) return manifest;
    const globs = manifest?.value.workspaces;
    if (manifest && globs) {
      return {
        workspace: {
          root: current,
          file: manifest.value.file,
          globs,
          packageManager: packageManagerAt(current, manifest.value.packageManager),
        },
      };
    }
    if (current === path.dirname(current)) return undefined;
  }
}

/** The package manager for a folder outside any workspace: the one its nearest lockfile names. */
export function packageManagerOf(folder: string): PackageManager {
  const found = workspaceAbove(folder);
  if (found && 'workspace' in found) return found.workspace.packageManager;
  return packageManagerAt(folder, undefined);
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
const MAX_DEPTH = 8;

/** The folders a workspace's globs match that hold a package.json, each with its package name. */
function expandWorkspace(workspace: Workspace): Map<string, string> {
  const positive = workspace.globs.filter((glob) => !glob.startsWith('!'));
  const negative = workspace.globs
    .filter((glob) => glob.startsWith('!'))
    .map((glob) => new Minimatch(normalize(glob.slice(1)), { dot: false }));
  const packages = new Map<string, string>();
  for (const glob of positive) {
    const segments = normalize(glob).split('/');
    for (const folder of matchSegments(workspace.root, segments, 0)) {
      const relative = path.relative(workspace.root, folder).split(path.sep).join('/');
      if (negative.some((pattern) => pattern.match(relative))) continue;
      const manifest = manifestIn(folder);
      const name = manifest && 'value' in manifest ? manifest.value.name : undefined;
      if (name !== undefined && !packages.has(name)) packages.set(name, folder);
    }
  }
  return packages;
}

const normalize = (glob: string) => glob.replace(/^\.\//, '').replace(/\/+$/, '');

function matchSegments(folder: string, segments: readonly string[], depth: number): string[] {
  if (segments.length === 0) return [folder];
  if (depth > MAX_DEPTH) return [];
  const [segment, ...rest] = segments as [string, ...string[]];
  if (segment === '**') {
    return [
      ...matchSegments(folder, rest, depth),
      ...subfolders(folder).flatMap((sub) => matchSegments(sub, segments, depth + 1)),
    ];
  }
  if (!/[*?[\]{}!]/.test(segment)) return matchSegments(path.join(folder, segment), rest, depth + 1);
  const pattern = new Minimatch(segment);
  return subfolders(folder)
    .filter((sub) => pattern.match(path.basename(sub)))
    .flatMap((sub) => matchSegments(sub, rest, depth + 1));
}

function subfolders(folder: string): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.'))
      .map((entry) => path.join(folder, entry.name));
  } catch {
    return [];
  }
}

const expanded = new Map<string, { checkedAt: number; packages: Map<string, string> }>();

/** The workspace's packages by name (listing folders is kept for {@link FRESH_MS}, like a file read). */
export function workspacePackages(workspace: Workspace): ReadonlyMap<string, string> {
  const now = Date.now();
  const entry = expanded.get(workspace.file);
  if (entry && now - entry.checkedAt < FRESH_MS) return entry.packages;
  const packages = expandWorkspace(workspace);
  expanded.set(workspace.file, { checkedAt: now, packages });
  return packages;
}
