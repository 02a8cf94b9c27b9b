import { createRule } from '../create-rule.js';
import { PLUGIN_NAMESPACE } from '../package-meta.js';
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

/** What a mission rule is: data only. */
export interface BannedClientRuleDefinition {
  readonly name: string;
  readonly description: string;
  /** Which standardized client replaces the banned modules. */
  readonly replacedBy: ClientSlot;
  readonly modules: readonly string[];
}

/** The ban a mission rule enforces, against the target that replaces its client (from the settings by default). */
export function standardBan(
  { replacedBy, modules }: Pick<BannedClientRuleDefinition, 'replacedBy' | 'modules'>,
  target: Target | undefined,
  message?: string,
  targetKey = `settings['${SETTINGS_KEY}'].${replacedBy}`,
): Ban {
  return { modules, target, targetKey, client: target?.name ?? STANDARD_CLIENTS[replacedBy].name, message };
}

export function createBannedClientRule({ name, description, replacedBy, modules }: BannedClientRuleDefinition) {
  return createRule<keyof typeof bannedLoadMessages, [BannedClientOptions]>({
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
        assertValidOptions(options, bannedClientOptionsSchema, `${PLUGIN_NAMESPACE}/${name}`);
        const ban = options.target
          ? standardBan({ replacedBy, modules: options.modules }, options.target, options.message, 'options.target')
          : standardBan({ replacedBy, modules: options.modules }, settings[replacedBy], options.message);
        return compileBans([ban], options, root);
      });
      return reportBannedLoads(context, bans);
    },
  });
}
