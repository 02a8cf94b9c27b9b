import path from 'node:path';
import { Minimatch } from 'minimatch';
import type { Companion } from '../ban-data.js';
import { createModuleMatcher } from '../config/module-matcher.js';
import { type PathRoot, resolveTarget, rootRelative } from '../config/paths.js';
import { sameOptionValues } from '../config/rule-schema.js';
import { type PluginSettings, SETTINGS_KEY } from '../config/settings.js';
import type { Target } from '../config/target.js';
import { type ClientBoundaries, clientBoundaries } from '../evidence/boundaries.js';
import { undeclaredTarget } from '../evidence/declared-dependency.js';
import type { Reason } from '../fixes/reasons.js';
import { targetSpecifier, uncompiledTargetReason } from '../fixes/target-specifier.js';
import { CLIENT_SLOTS } from '../standard-clients.js';

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
  /** Whether any ban names a target, i.e. whether anything can be fixed or suggested. */
  readonly hasTargets: boolean;
  /** Whether `allow` exempts the file (globs relative to the root). */
  readonly isExempt: (file: LintedFile) => boolean;
  /** The standardized clients' own code and what their manifests keep. */
  readonly boundaries: ClientBoundaries;
  /**
   * Why the target cannot be written into the file at all (every load of it is then left for a person): a
   * JavaScript file and an uncompiled target, a target that may load the file, an undeclared target package.
   */
  readonly targetBlocked: (target: Target, file: LintedFile) => Reason | undefined;
  /**
   * How loads are matched in one code file: none when the file is exempt or part of a standardized client;
   * the advice names a file target by the specifier this file would write.
   */
  readonly matcherFor: (file: LintedFile) => ((specifier: string) => MatchedBan | undefined) | undefined;
}

/** What every rule of one configuration shares: where paths resolve, what is exempt, and the clients' own code. */
export interface ProjectSettings {
  readonly root: PathRoot;
  /** `settings['standard-clients'].allow`: globs exempt from every rule, before a rule's own. */
  readonly allow: readonly string[];
  /** The shared targets (`http`, `redis`): their code is exempt from every rule, whichever rule runs. */
  readonly targets: readonly { readonly target: Target; readonly key: string }[];
}

/** The project settings of `settings['standard-clients']`, with paths resolving against `root`. */
export function projectSettings(settings: PluginSettings, root: PathRoot): ProjectSettings {
  return {
    root,
    allow: settings.allow ?? [],
    targets: CLIENT_SLOTS.flatMap((slot) => {
      const target = settings[slot];
      return target ? [{ target, key: `settings['${SETTINGS_KEY}'].${slot}` }] : [];
    }),
  };
}

/** Everything that can be computed from options alone, done once per options object rather than per file. */
export function compileBans(
  configured: readonly Ban[],
  options: CommonOptions,
  project: ProjectSettings,
): CompiledBans {
  const { root } = project;
  const bans = configured.map((ban): Ban =>
    ban.target ? { ...ban, target: resolveTarget(ban.target, root, ban.targetKey) } : ban,
  );
  const clientTargets = [
    ...project.targets.map(({ target, key }) => resolveTarget(target, root, key)),
    ...bans.flatMap((ban) => (ban.target ? [ban.target] : [])),
  ];
  const boundaries = clientBoundaries(clientTargets, root);
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
  const allow = [...project.allow, ...options.allow].map((glob) => new Minimatch(glob, { dot: true }));
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
  const hasFileTargets = bans.some((ban) => ban.target?.file !== undefined);
  return {
    ...options,
    hasTargets: bans.some((ban) => ban.target !== undefined),
    match,
    isExempt,
    boundaries,
    targetBlocked: (target, file) =>
      uncompiledTargetReason(target, targetSpecifier(target, file.cwd, file.physicalFilename), file.physicalFilename) ??
      boundaries.selfImport(target, path.resolve(file.cwd, file.physicalFilename)) ??
      undeclaredTarget(target, path.resolve(file.cwd, file.physicalFilename), root),
    matcherFor: (file) => {
      // Most configurations exempt nothing and name no client: no path work per file then.
      if (allow.length === 0 && clientTargets.length === 0) return matchInCode;
      if (isExempt(file) || boundaries.isClientCode(path.resolve(file.cwd, file.physicalFilename))) return undefined;
      if (!hasFileTargets) return matchInCode;
      const physical = path.resolve(file.cwd, file.physicalFilename);
      // Advice names a file target by the specifier this file would write.
      const fileTargets = new Map(
        bans
          .filter((ban) => ban.target?.file !== undefined)
          .map((ban) => [ban, targetSpecifier(ban.target!, file.cwd, physical)]),
      );
      return (specifier) => {
        const matched = matchInCode(specifier);
        const where = matched && fileTargets.get(matched.ban);
        return matched && where !== undefined
          ? { ...matched, advice: adviceFor(matched.ban, where, matched.companion) }
          : matched;
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

const compiled: { options: object; settings: object | undefined; root: string; bans: CompiledBans }[] = [];
const MAX_ENTRIES = 32;

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
      (entry.options === options || sameOptionValues(entry.options, options))
    ) {
      return entry.bans;
    }
  }
  const bans = build();
  if (compiled.unshift({ options, settings, root: root.path, bans }) > MAX_ENTRIES) compiled.pop();
  return bans;
}
