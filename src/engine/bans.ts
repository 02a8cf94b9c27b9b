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
  readonly isExempt: (relativePath: string) => boolean;
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
  const allow = options.allow.map((glob) => new Minimatch(glob, { dot: true }));
  return {
    ...options,
    match: (specifier) => {
      const module = matchModule(specifier);
      return module === undefined ? undefined : byModule.get(module);
    },
    isExempt: (relativePath) => allow.some((glob) => glob.match(relativePath)),
  };
}

function adviceFor({ target, client, benefits, message }: Ban): string {
  if (message) return message;
  const why = benefits ? ` (${benefits})` : '';
  if (target) return `use ${client ?? 'the replacement'} from '${targetLabel(target)}'${why}.`;
  return client ? `use ${client} instead${why}.` : 'use the client your team standardized on.';
}

const compiled = new WeakMap<object, WeakMap<object, CompiledBans>>();
const NO_SETTINGS = {};

/** Memoizes per (options, settings) pair: ESLint hands every file of one config the same two objects. */
export function compileOnce(
  options: object,
  settings: object | undefined,
  build: () => CompiledBans,
): CompiledBans {
  let bySettings = compiled.get(options);
  if (!bySettings) compiled.set(options, (bySettings = new WeakMap()));
  const key = settings ?? NO_SETTINGS;
  let result = bySettings.get(key);
  if (!result) bySettings.set(key, (result = build()));
  return result;
}
