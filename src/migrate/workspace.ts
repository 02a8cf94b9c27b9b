import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isWithin, type Manifest, manifestIn } from '../project/manifests.js';
import { workspaceAbove, workspacePackages } from '../project/workspaces.js';

/** A package the migration works on: a folder with a package.json that has a name (the root's, or a workspace's). */
export interface MigratedPackage {
  readonly name: string;
  readonly dir: string;
  readonly manifest: Manifest;
  /** Its `scripts`, where the project's own checks may be. */
  readonly scripts: Readonly<Record<string, string>>;
}

function scriptsOf(manifestFile: string): Record<string, string> {
  const { scripts } = JSON.parse(readFileSync(manifestFile, 'utf8')) as { scripts?: unknown };
  if (typeof scripts !== 'object' || scripts === null) return {};
  return Object.fromEntries(
    Object.entries(scripts).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** The packages of the project at `root`: the workspace's, and the root package itself, deepest folder first. */
export function projectPackages(root: string): MigratedPackage[] {
  const folders = new Set([root]);
  const found = workspaceAbove(root);
  if (found && 'workspace' in found) {
    for (const dir of workspacePackages(found.workspace).values()) if (isWithin(root, dir)) folders.add(dir);
  }
  const packages: MigratedPackage[] = [];
  for (const dir of folders) {
    const fact = manifestIn(dir);
    if (!fact || 'unreadable' in fact) continue;
    const { name = path.basename(dir) || dir, file } = fact.value;
    packages.push({ name, dir, manifest: fact.value, scripts: scriptsOf(file) });
  }
  // The deepest folder first, so that the first package holding a file is its own.
  return packages.sort((a, b) => b.dir.length - a.dir.length);
}

/** The package a file belongs to: the deepest package folder that holds it. */
export function packageOf(file: string, packages: readonly MigratedPackage[]): MigratedPackage | undefined {
  return packages.find((candidate) => isWithin(candidate.dir, file));
}

/** The packages that declare `name` as a dependency: their types may break when its exported types change. */
export function dependentsOf(name: string, packages: readonly MigratedPackage[]): MigratedPackage[] {
  return packages.filter((candidate) => candidate.manifest.declared.has(name));
}

/** The root-relative POSIX path of a file or folder ('.' for the root). */
export const relativePath = (root: string, file: string): string =>
  path.relative(root, file).split(path.sep).join('/') || '.';
