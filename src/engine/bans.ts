import path from 'node:path';
import { Minimatch } from 'minimatch';
import type { Companion } from '../ban-data.js';
import { createModuleMatcher } from '../config/module-matcher.js';
import { type PathRoot, resolveTarget, type ResolvedTarget, rootRelative } from '../config/paths.js';
import type { Target } from '../config/target.js';
import { targetSpecifier } from '../fixes/target-specifier.js';
import { mayHaveEscapes, specifierFilter } from './text-prefilter.js';

/** One banned client: its modules and what replaces them. */
export interface Ban {
  readonly modules: readonly string[];
  readonly target: Target | undefined;
  /** Where the target is configured, for errors: `settings['standard-clients'].http`, `options.target`. */
  readonly targetKey: string;
  /** The replacement client's name in messages. */
  readonly client: string | undefined;
  /** Replaces the computed advice entirely. */
  readonly message: string | undefined;
  /** Packages that exist only around the banned modules, reported with them (never as loads of them). */
  readonly companions: readonly Companion[];
}

export interface CommonOptions {
  readonly allowTypeImports: boolean;
  readonly checkMocks: boolean;
  readonly allow: readonly string[];
}

export interface MatchedBan {
  readonly ban: Ban;
  /** The banned module name that matched (the package, for a subpath specifier). */
  readonly module: string;
  readonly advice: string;
  /** Set when the module is a companion of the ban's client rather than one of its modules. */
  readonly companion?: Companion;
}

/** The file being linted, as ESLint's rule context names it. */
export interface LintedFile {
  readonly cwd: string;
  readonly filename: string;
  readonly physicalFilename: string;
}

export interface CompiledBans extends CommonOptions {
  /**
   * Matches a specifier, naming a file target by its path from the root (as a manifest would). Companions of
   * every kind match, `@types` ones too: code matchers ({@link matcherFor}) leave those out.
   */
  readonly match: (specifier: string) => MatchedBan | undefined;
  /**
   * Whether the source text can load a banned module at all. Nearly every file mentions none of them, and
   * then no listener needs to run. Escapes could spell a name without writing it, so they defeat the shortcut.
   */
  readonly mayLoad: (text: string) => boolean;
  /** Whether any ban names a target, i.e. whether anything can be fixed or suggested. */
  readonly hasTargets: boolean;
  /** Whether `allow` exempts the file (globs relative to the root). */
  readonly isExempt: (file: LintedFile) => boolean;
  /** The bans whose client this file is part of (the target file or its workspace package): never reported. */
  readonly ownBans: (file: LintedFile) => ReadonlySet<Ban>;
  /**
   * How loads are matched in one code file: none when the file is exempt or part of every ban's client;
   * the advice names a file target by the specifier this file would write.
   */
  readonly matcherFor: (file: LintedFile) => ((specifier: string) => MatchedBan | undefined) | undefined;
}

/** Everything that can be computed from options alone, done once per options object rather than per file. */
export function compileBans(configured: readonly Ban[], options: CommonOptions, root: PathRoot): CompiledBans {
  const owners = new Map<Ban, ResolvedTarget['owns']>();
  const bans = configured.map((ban): Ban => {
    if (!ban.target) return ban;
    const resolved = resolveTarget(ban.target, root, ban.targetKey);
    const compiled = { ...ban, target: resolved.target };
    owners.set(compiled, resolved.owns);
    return compiled;
  });
  const byModule = new Map<string, MatchedBan>();
  for (const ban of bans) {
    const target = ban.target;
    const where = target && (target.module ?? rootRelative(root, target.file));
    for (const module of ban.modules) {
      if (!byModule.has(module)) byModule.set(module, { ban, module, advice: adviceFor(ban, where) });
    }
  }
  // After every ban's modules: a package banned outright is never reported as a companion.
  for (const ban of bans) {
    const target = ban.target;
    const where = target && (target.module ?? rootRelative(root, target.file));
    for (const companion of ban.companions) {
      const { module } = companion;
      if (!byModule.has(module))
        byModule.set(module, { ban, module, advice: adviceFor(ban, where, companion), companion });
    }
  }
  const matchModule = createModuleMatcher(byModule.keys());
  // Code cannot load an `@types` package: those companions are only for package.json.
  const loadable = [...byModule.values()].filter((m) => m.companion?.kind !== 'types').map((m) => m.module);
  const quotesModule = specifierFilter(loadable);
  const allow = options.allow.map((glob) => new Minimatch(glob, { dot: true }));
  const match = (specifier: string) => {
    const module = matchModule(specifier);
    return module === undefined ? undefined : byModule.get(module);
  };
  const matchInCode = (specifier: string) => {
    const matched = match(specifier);
    return matched?.companion?.kind === 'types' ? undefined : matched;
  };
  const isExempt = ({ cwd, filename }: LintedFile) =>
    allow.length > 0 && allow.some((glob) => glob.match(rootRelative(root, path.resolve(cwd, filename))));
  const ownBans = ({ cwd, physicalFilename }: LintedFile): ReadonlySet<Ban> => {
    const file = path.resolve(cwd, physicalFilename);
    return new Set(bans.filter((ban) => owners.get(ban)?.(file)));
  };
  const perFileFree = allow.length === 0 && owners.size === 0;
  return {
    ...options,
    hasTargets: owners.size > 0,
    mayLoad: (text) => quotesModule(text) || mayHaveEscapes(text),
    match,
    isExempt,
    ownBans,
    matcherFor: (file) => {
      // Most configurations exempt nothing and name no file target: no per-file work then.
      if (perFileFree) return matchInCode;
      if (isExempt(file)) return undefined;
      const own = ownBans(file);
      if (own.size === bans.length) return undefined;
      const physical = path.resolve(file.cwd, file.physicalFilename);
      const fileTargets = new Map(
        bans
          .filter((ban) => ban.target?.file !== undefined && !own.has(ban))
          .map((ban) => [ban, targetSpecifier(ban.target!, file.cwd, physical)]),
      );
      if (own.size === 0 && fileTargets.size === 0) return matchInCode;
      return (specifier) => {
        const matched = matchInCode(specifier);
        if (!matched || own.has(matched.ban)) return undefined;
        const where = fileTargets.get(matched.ban);
        return where === undefined ? matched : { ...matched, advice: adviceFor(matched.ban, where, matched.companion) };
      };
    },
  };
}

/** Ends a message with the team's migration guide, when the target names one. */
export function guideSentence(target: Target | undefined): string {
  return target?.guide ? ` See ${target.guide} for the migration guide.` : '';
}

/**
 * The advice after "'x' is banned:", naming the target as `where` (a module, or a path to the target file).
 * A companion's advice fits its kind; a ban's `message` replaces both.
 */
function adviceFor({ target, client, message }: Ban, where: string | undefined, companion?: Companion): string {
  if (message) return `${message}${guideSentence(target)}`;
  const why = target?.advice ? ` (${target.advice})` : '';
  const name = client ?? 'the standardized client';
  const from = target ? `${name} from '${where}'` : name;
  switch (companion?.kind) {
    case 'mock':
      if (target?.testing) return `mock ${name} with its testing module '${target.testing}'.${guideSentence(target)}`;
      return `mock ${from} instead.${guideSentence(target)}`;
    case 'plugin':
      return `use the retries and caching built into ${from}${why}.${guideSentence(target)}`;
    case 'framework':
      return `use ${from} directly${why}.${guideSentence(target)}`;
    case 'types':
      return `${from} ships its own types.${guideSentence(target)}`;
    case undefined:
      if (target) return `use ${client ?? 'the replacement'} from '${where}'${why}.${guideSentence(target)}`;
      return client ? `use ${client} instead.` : 'use the client your team standardized on.';
  }
}

// ESLint merges meta.defaultOptions into a fresh options object for every file, but the values inside
// (arrays, targets, flags) are the configured ones, by reference. So a shallow comparison finds the compiled
// form again, where keying by the options object itself would miss on every file.
const compiled: { options: object; settings: object | undefined; root: string; bans: CompiledBans }[] = [];
const MAX_ENTRIES = 32;

function shallowEqual(a: object, b: object): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
}

/**
 * Compiles options (with the settings they are read against, and the root their paths resolve against) once
 * per configuration, not once per file.
 */
export function compileOnce(
  options: object,
  settings: object | undefined,
  root: PathRoot,
  build: () => CompiledBans,
): CompiledBans {
  for (const entry of compiled) {
    if (
      entry.settings === settings &&
      entry.root === root.path &&
      (entry.options === options || shallowEqual(entry.options, options))
    ) {
      return entry.bans;
    }
  }
  const bans = build();
  if (compiled.unshift({ options, settings, root: root.path, bans }) > MAX_ENTRIES) compiled.pop();
  return bans;
}
