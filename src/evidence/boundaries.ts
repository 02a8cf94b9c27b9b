import path from 'node:path';
import { type PathRoot, rootRelative } from '../config/paths.js';
import { type Target, targetPackage } from '../config/target.js';
import { type Reason, reason } from '../fixes/reasons.js';
import { isWithin, type Manifest, nearestPackageManifest } from '../project/manifests.js';
import { fileAt } from '../project/resolve-specifier.js';
import { type Closure, closureHas, targetClosure } from '../project/target-closure.js';

/**
 * Where the standardized clients' own code is: no rule reports or rewrites it, and a fix never makes a client load
 * itself. A `file` target's code is its closure (the target file and every file it loads through the project's own
 * specifiers), plus the whole workspace package when that package publishes the target; a `module` target's code
 * is every file of the package with the target's name.
 */
export interface ClientBoundaries {
  /** Whether the file is part of a standardized client. */
  readonly isClientCode: (file: string) => boolean;
  /**
   * What a package.json (with the name it is linted with) keeps for the client code it installs: everything for a
   * client's own package, else the packages the wrapper's files load (and their `@types`).
   */
  readonly keptInManifest: (manifestFile: string, name: string | undefined) => 'all' | ReadonlySet<string>;
  /** Why writing the target into the file could make the client load itself, or its closure is unknown. */
  readonly selfImport: (target: Target, file: string) => Reason | undefined;
}

interface FileClient {
  readonly file: string;
  /** The workspace package that publishes the target file, if any (below the root). */
  readonly publishedBy: () => string | undefined;
}

/** The `@types` package of a package: `@types/node-fetch`, `@types/scope__name`. */
export function typesPackageOf(name: string): string {
  return `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;
}

export function clientBoundaries(targets: readonly Target[], root: PathRoot): ClientBoundaries {
  const project = packageManifestOf(root.path);
  // A module target of the project's own package (`my-app/redis`, a self-reference) is a file of the project:
  // its closure is the client, never the whole project.
  const ownSubpath = (target: Target) =>
    project?.name !== undefined && targetPackage(target) === project.name
      ? exportedFile(project, target.module!)
      : undefined;
  const fileTargets = [
    ...targets.flatMap((target) => (target.file !== undefined ? [target.file] : [])),
    ...targets.flatMap((target) => {
      const file = ownSubpath(target);
      return file ? [file] : [];
    }),
  ];
  const files: FileClient[] = fileTargets.map((file) => ({ file, publishedBy: () => publishingPackage(file, root) }));
  const packages = new Set(
    targets.flatMap((target) => {
      const name = targetPackage(target);
      return name !== undefined && name !== project?.name ? [name] : [];
    }),
  );
  const packageOf = (file: string) => packageManifestOf(path.dirname(file));
  return {
    isClientCode(file) {
      for (const client of files) {
        if (closureHas(targetClosure(client.file), file)) return true;
        const published = client.publishedBy();
        if (published !== undefined && isWithin(published, file)) return true;
      }
      if (packages.size === 0) return false;
      const name = packageOf(file)?.name;
      return name !== undefined && packages.has(name);
    },
    keptInManifest(manifestFile, name) {
      const folder = path.dirname(manifestFile);
      if (name !== undefined && packages.has(name)) return 'all';
      if (files.some((client) => client.publishedBy() === folder)) return 'all';
      const kept = new Set<string>();
      for (const client of files) {
        for (const name of targetClosure(client.file).packagesByManifest.get(manifestFile) ?? []) {
          kept.add(name);
          kept.add(typesPackageOf(name));
        }
      }
      return kept;
    },
    selfImport(target, file) {
      if (target.file === undefined) return undefined;
      const closure = targetClosure(target.file);
      const [unreadable] = closure.unreadable;
      if (unreadable)
        return reason('unreadableFile', { file: rootRelative(root, unreadable.file), problem: unreadable.problem });
      const maybe = unresolvedNaming(closure, file);
      return maybe
        ? reason('targetMayLoadFile', { from: rootRelative(root, maybe.from), specifier: maybe.specifier })
        : undefined;
    },
  };
}

function packageManifestOf(folder: string): Manifest | undefined {
  const nearest = nearestPackageManifest(folder);
  return nearest && 'manifest' in nearest ? nearest.manifest : undefined;
}

/** The file a package exports under a specifier's subpath (any condition), as its source when one exists. */
function exportedFile(manifest: Manifest, specifier: string): string | undefined {
  const subpath = `.${specifier.slice(manifest.name!.length)}`;
  const exports = manifest.exports;
  const entry =
    typeof exports === 'object' && exports !== null && !Array.isArray(exports) && subpath in exports
      ? (exports as Record<string, unknown>)[subpath]
      : subpath === '.'
        ? (exports ?? manifest.entryPoints[0])
        : undefined;
  const leaves: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === 'string') leaves.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(entry);
  return leaves.map((leaf) => fileAt(path.resolve(manifest.folder, leaf))).find(Boolean);
}

/**
 * A specifier of the closure that matched no file but may name this one (`'@internal/client'` and `client.ts`):
 * then the target may load the file, and importing the target here could make a cycle.
 */
function unresolvedNaming(closure: Closure, file: string) {
  const stem = (name: string) => path.basename(name).replace(/\.[^.]*$/, '');
  const names = new Set([stem(file)]);
  if (stem(file) === 'index') names.add(path.basename(path.dirname(file)));
  return closure.unresolved.find(({ specifier }) => names.has(stem(specifier)));
}

/**
 * The package that publishes a target file: the nearest package manifest above it, below the root, whose
 * entry points (`main`, `exports`, …) are the target or files it loads. Such a package is the client itself.
 */
function publishingPackage(file: string, root: PathRoot): string | undefined {
  const nearest = nearestPackageManifest(path.dirname(file));
  if (!nearest || !('manifest' in nearest)) return undefined;
  const { manifest } = nearest;
  if (isWithin(manifest.folder, root.path)) return undefined;
  const closure = targetClosure(file);
  const publishes = manifest.entryPoints.some((entry) => {
    const entryFile = fileAt(path.resolve(manifest.folder, entry));
    return entryFile !== undefined && closureHas(closure, entryFile);
  });
  return publishes ? manifest.folder : undefined;
}
