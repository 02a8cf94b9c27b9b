import path from 'node:path';
import { type Fact, readFact, type Unreadable } from './file-facts.js';

/** The dependency sections a package manager installs from. */
export const DEPENDENCY_SECTIONS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
] as const;

export type DependencySection = (typeof DEPENDENCY_SECTIONS)[number];

/** What the rules read of a package.json. */
export interface Manifest {
  readonly file: string;
  readonly folder: string;
  readonly name: string | undefined;
  readonly version: string | undefined;
  /** Each declared package, with the first section that declares it and the range written there. */
  readonly declared: ReadonlyMap<string, { readonly section: DependencySection; readonly range: string }>;
  /**
   * Whether it stands for a package: it has a name or declares dependencies. A nested `{ "type": "module" }`
   * manifest belongs to the package above it.
   */
  readonly isPackage: boolean;
  /** The files it publishes (`main`, `module`, `types` and every path in `exports`), as written. */
  readonly entryPoints: readonly string[];
  /** Its `exports` and `imports` maps, as written. */
  readonly exports: unknown;
  readonly imports: unknown;
  /** The root `workspaces` globs (an array, or `{ packages }` as yarn 1 also reads). */
  readonly workspaces: readonly string[] | undefined;
  readonly packageManager: string | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** Every string leaf of an `exports` value: a path, or conditions and subpaths mapping to paths. */
function pathsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(pathsIn);
  return isRecord(value) ? Object.values(value).flatMap(pathsIn) : [];
}

/** JSON.parse, with a message that names the problem the same way on every Node version (ESLint shows where). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error('not valid JSON');
  }
}

export function parseManifest(text: string, file: string): Manifest {
  const json = parseJson(text);
  if (!isRecord(json)) throw new Error('not a JSON object');
  const declared = new Map<string, { section: DependencySection; range: string }>();
  for (const section of DEPENDENCY_SECTIONS) {
    const entries = json[section];
    if (!isRecord(entries)) continue;
    for (const [name, range] of Object.entries(entries)) {
      if (!declared.has(name)) declared.set(name, { section, range: typeof range === 'string' ? range : '' });
    }
  }
  const name = typeof json.name === 'string' && json.name !== '' ? json.name : undefined;
  const workspaces = Array.isArray(json.workspaces)
    ? strings(json.workspaces)
    : isRecord(json.workspaces)
      ? strings(json.workspaces.packages)
      : undefined;
  return {
    file,
    folder: path.dirname(file),
    name,
    version: typeof json.version === 'string' ? json.version : undefined,
    declared,
    isPackage: name !== undefined || DEPENDENCY_SECTIONS.some((section) => section in json),
    entryPoints: [json.main, json.module, json.types, json.typings, ...pathsIn(json.exports)].filter(
      (entry): entry is string => typeof entry === 'string',
    ),
    exports: json.exports,
    imports: json.imports,
    workspaces,
    packageManager: typeof json.packageManager === 'string' ? json.packageManager : undefined,
  };
}

/** The package.json of a folder. */
export function manifestIn(folder: string): Fact<Manifest> {
  return readFact(path.join(folder, 'package.json'), parseManifest);
}

/** The nearest package manifest at or above a folder, or the unreadable one that stands in the way. */
export type NearestManifest = { readonly manifest: Manifest } | { readonly unreadable: Unreadable } | undefined;

/**
 * The nearest manifest that stands for a package (see {@link Manifest.isPackage}), from `folder` up to `stopAt`
 * (inclusive) when that folder is above it, else up to the file system's root. A manifest that cannot be read
 * stops the walk: it may be the one that counts.
 */
export function nearestPackageManifest(folder: string, stopAt?: string): NearestManifest {
  const last = stopAt !== undefined && isWithin(stopAt, folder) ? stopAt : undefined;
  for (let current = folder; ; current = path.dirname(current)) {
    const fact = manifestIn(current);
    if (fact && 'unreadable' in fact) return fact;
    if (fact?.value.isPackage) return { manifest: fact.value };
    if (current === last || current === path.dirname(current)) return undefined;
  }
}

/** Whether `file` is `folder` or lies below it. */
export function isWithin(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}
