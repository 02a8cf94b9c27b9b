import path from 'node:path';
import { Minimatch } from 'minimatch';
import { createModuleMatcher } from '../config/module-matcher.js';
import { type Target, targetLabel } from '../config/target.js';

/** One banned client: its modules and what replaces them. */
export interface Ban {
  readonly modules: readonly string[];
  readonly target: Target | undefined;
  /** The replacement client's name in messages. */
  readonly client: string | undefined;
  readonly benefits: string | undefined;
  /** Replaces the computed advice entirely. */
  readonly message: string | undefined;
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
}

export interface CompiledBans extends CommonOptions {
  readonly match: (specifier: string) => MatchedBan | undefined;
  /**
   * Whether the source text can load a banned module at all. Nearly every file mentions none of them, and
   * then no listener needs to run. Escapes could spell a name without writing it, so they defeat the shortcut.
   */
  readonly mayLoad: (text: string) => boolean;
  /** Whether any ban names a target, i.e. whether anything can be fixed or suggested. */
  readonly hasTargets: boolean;
  /** Whether `allow` exempts the file (globs relative to ESLint's working directory). */
  readonly isExempt: (file: { cwd: string; filename: string }) => boolean;
}

/** Everything that can be computed from options alone, done once per options object rather than per file. */
export function compileBans(bans: readonly Ban[], options: CommonOptions): CompiledBans {
  const byModule = new Map<string, MatchedBan>();
  for (const ban of bans) {
    const advice = adviceFor(ban);
    for (const module of ban.modules) {
      if (!byModule.has(module)) byModule.set(module, { ban, module, advice });
    }
  }
  const matchModule = createModuleMatcher(byModule.keys());
  const names = [...byModule.keys()];
  const allow = options.allow.map((glob) => new Minimatch(glob, { dot: true }));
  return {
    ...options,
    hasTargets: bans.some((ban) => ban.target !== undefined),
    mayLoad: (text) => names.some((name) => text.includes(name)) || text.includes('\\x') || text.includes('\\u'),
    match: (specifier) => {
      const module = matchModule(specifier);
      return module === undefined ? undefined : byModule.get(module);
    },
    isExempt: ({ cwd, filename }) => {
      if (allow.length === 0) return false;
      const relative = path.relative(cwd, filename).split(path.sep).join('/');
      return allow.some((glob) => glob.match(relative));
    },
  };
}

function adviceFor({ target, client, benefits, message }: Ban): string {
  if (message) return message;
  const why = benefits ? ` (${benefits})` : '';
  if (target) return `use ${client ?? 'the replacement'} from '${targetLabel(target)}'${why}.`;
  return client ? `use ${client} instead${why}.` : 'use the client your team standardized on.';
}

// ESLint merges meta.defaultOptions into a fresh options object for every file, but the values inside
// (arrays, targets, flags) are the configured ones, by reference. So a shallow comparison finds the compiled
// form again, where keying by the options object itself would miss on every file.
const compiled: { options: object; settings: object | undefined; bans: CompiledBans }[] = [];
const MAX_ENTRIES = 32;

function shallowEqual(a: object, b: object): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
}

/** Compiles options (with the settings they are read against) once per configuration, not once per file. */
export function compileOnce(options: object, settings: object | undefined, build: () => CompiledBans): CompiledBans {
  for (const entry of compiled) {
    if (entry.settings === settings && (entry.options === options || shallowEqual(entry.options, options))) {
      return entry.bans;
    }
  }
  const bans = build();
  if (compiled.unshift({ options, settings, bans }) > MAX_ENTRIES) compiled.pop();
  return bans;
}
