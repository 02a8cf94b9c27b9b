import type { BannedClient } from '../ban-data.js';
import { createRule, type JsRule } from '../create-rule.js';
import { ruleId } from '../package-meta.js';
import { assertValidOptions, keysOnlySchema } from '../config/rule-schema.js';
import { bannedClientOptionsSchema } from '../config/schemas.js';
import { pathRoot } from '../config/paths.js';
import { readPluginSettings, SETTINGS_KEY } from '../config/settings.js';
import type { Target } from '../config/target.js';
import { type ClientSlot, STANDARD_CLIENTS } from '../standard-clients.js';
import { type Ban, compileBans, compileOnce, type CommonOptions } from './bans.js';
import { bannedLoadMessages, reportBannedLoads } from './report-banned-loads.js';

export interface BannedClientOptions extends CommonOptions {
  readonly modules: readonly string[];
  readonly target?: Target;
  readonly message?: string;
}

/** The ban a mission rule enforces, against the target that replaces its client (from the settings by default). */
export function standardBan(
  { replacedBy, modules }: { readonly replacedBy: ClientSlot; readonly modules: readonly string[] },
  target: Target | undefined,
  message?: string,
  targetKey = `settings['${SETTINGS_KEY}'].${replacedBy}`,
): Ban {
  return { modules, target, targetKey, client: target?.name ?? STANDARD_CLIENTS[replacedBy].name, message };
}

/** A client listed by `no-restricted-clients` (and `no-banned-dependencies`' `clients` option). */
export interface RestrictedClient {
  readonly modules: readonly string[];
  readonly target?: Target;
  readonly name?: string;
  readonly message?: string;
}

/** The ban a listed client stands for; the two rules that take such a list share it. */
export function restrictedClientBan(client: RestrictedClient, index: number): Ban {
  return {
    modules: client.modules,
    target: client.target,
    targetKey: `options.clients[${index}].target`,
    client: client.name ?? client.target?.name,
    message: client.message,
  };
}

/** A mission rule, built from its entry in the ban data. */
export function createBannedClientRule({ rule: name, description, replacedBy, modules }: BannedClient) {
  return createRule<JsRule<keyof typeof bannedLoadMessages, [BannedClientOptions]>>({
    name,
    meta: {
      type: 'problem',
      fixable: 'code',
      hasSuggestions: true,
      docs: { description },
      messages: bannedLoadMessages,
      schema: [keysOnlySchema(bannedClientOptionsSchema)],
      defaultOptions: [{ modules: [...modules], allowTypeImports: false, checkMocks: true, allow: [] }],
    },
    create(context) {
      const [options] = context.options;
      const settings = readPluginSettings(context.settings);
      const root = pathRoot(settings.root, context.cwd);
      // Keyed by our own settings entry: ESLint hands a fresh `{}` to every file of a config without settings.
      const bans = compileOnce(options, context.settings[SETTINGS_KEY] as object | undefined, root, () => {
        assertValidOptions(options, bannedClientOptionsSchema, ruleId(name));
        const ban = options.target
          ? standardBan({ replacedBy, modules: options.modules }, options.target, options.message, 'options.target')
          : standardBan({ replacedBy, modules: options.modules }, settings[replacedBy], options.message);
        return compileBans([ban], options, root);
      });
      return reportBannedLoads(context, bans);
    },
  });
}
