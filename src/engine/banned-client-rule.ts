import type { BannedClient, Companion, CompanionKind } from '../ban-data.js';
import { createRule, type JsRule } from '../create-rule.js';
import { ruleId } from '../package-meta.js';
import { assertValidOptions, keysOnlySchema } from '../config/rule-schema.js';
import { bannedClientOptionsSchema } from '../config/schemas.js';
import { pathRoot } from '../config/paths.js';
import { readPluginSettings, SETTINGS_KEY } from '../config/settings.js';
import type { Target } from '../config/target.js';
import { type ClientSlot, STANDARD_CLIENTS } from '../standard-clients.js';
import { type Ban, compileBans, compileOnce, type CommonOptions, projectSettings } from './bans.js';
import { bannedLoadMessages, reportBannedLoads } from './report-banned-loads.js';
import { mayLoadFrom } from './text-prefilter.js';

export interface BannedClientOptions extends CommonOptions {
  readonly modules: readonly string[];
  readonly target?: Target;
  readonly message?: string;
  /** Whether the client's companion packages are reported too. */
  readonly companions: boolean;
}

/** What a mission rule bans: its client's modules, and the companions of those modules when they are on. */
export interface StandardBanned {
  readonly replacedBy: ClientSlot;
  readonly modules: readonly string[];
  readonly companions: readonly Companion[];
}

/**
 * The ban a mission rule enforces, against the target that replaces its client (from the settings by default).
 * Only the companions of modules still banned go with it: `modules: ['superagent']` drops axios's.
 */
export function standardBan(
  { replacedBy, modules, companions }: StandardBanned,
  target: Target | undefined,
  message?: string,
  targetKey = `settings['${SETTINGS_KEY}'].${replacedBy}`,
): Ban {
  return {
    modules,
    target,
    targetKey,
    client: target?.name ?? STANDARD_CLIENTS[replacedBy].name,
    message,
    companions: companions.filter((companion) => modules.includes(companion.of)),
  };
}

/** A client listed by `no-restricted-clients` (and `no-banned-dependencies`' `clients` option). */
export interface RestrictedClient {
  readonly modules: readonly string[];
  readonly target?: Target;
  readonly name?: string;
  readonly message?: string;
  /** Packages that exist only around this client; `of` defaults to its first module. */
  readonly companions?: readonly {
    readonly module: string;
    readonly kind: CompanionKind;
    readonly reason: string;
    readonly of?: string;
  }[];
}

/** The ban a listed client stands for; the two rules that take such a list share it. */
export function restrictedClientBan(client: RestrictedClient, index: number): Ban {
  return {
    modules: client.modules,
    target: client.target,
    targetKey: `options.clients[${index}].target`,
    client: client.name ?? client.target?.name,
    message: client.message,
    companions: (client.companions ?? []).map((companion) => ({
      ...companion,
      of: companion.of ?? client.modules[0]!,
    })),
  };
}

/** The names code can load for a ban: its modules and their companions (an `@types` package is only declared). */
export function codeModules(modules: readonly string[], companions: readonly Companion[]): string[] {
  const loadable = companions.filter((companion) => companion.kind !== 'types' && modules.includes(companion.of));
  return [...modules, ...loadable.map((companion) => companion.module)];
}

/** A mission rule, built from its entry in the ban data. */
export function createBannedClientRule({ rule: name, description, replacedBy, modules, companions }: BannedClient) {
  return createRule<JsRule<keyof typeof bannedLoadMessages, [BannedClientOptions]>>({
    name,
    meta: {
      type: 'problem',
      fixable: 'code',
      hasSuggestions: true,
      docs: { description },
      messages: bannedLoadMessages,
      schema: [keysOnlySchema(bannedClientOptionsSchema)],
      defaultOptions: [
        { modules: [...modules], allowTypeImports: false, checkMocks: true, allow: [], companions: true },
      ],
    },
    create(context) {
      const [options] = context.options;
      assertValidOptions(options, bannedClientOptionsSchema, ruleId(name));
      // Nearly every file names none of the modules: then nothing else runs for it.
      const mayLoad = mayLoadFrom(options.modules, String(options.companions), () =>
        codeModules(options.modules, options.companions ? companions : []),
      );
      if (!mayLoad(context.sourceCode.text)) return {};
      const settings = readPluginSettings(context.settings);
      const root = pathRoot(settings.root, context.cwd);
      // Keyed by our own settings entry: ESLint hands a fresh `{}` to every file of a config without settings.
      const bans = compileOnce(options, context.settings[SETTINGS_KEY] as object | undefined, root, () => {
        const banned = { replacedBy, modules: options.modules, companions: options.companions ? companions : [] };
        const ban = options.target
          ? standardBan(banned, options.target, options.message, 'options.target')
          : standardBan(banned, settings[replacedBy], options.message);
        return compileBans([ban], options, projectSettings(settings, root));
      });
      return reportBannedLoads(context, bans);
    },
  });
}
