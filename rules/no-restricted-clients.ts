import { compileBans, compileOnce, type CommonOptions, projectSettings } from '../src/engine/bans.js';
import { codeModules, type RestrictedClient, restrictedClientBan } from '../src/engine/banned-client-rule.js';
import { bannedLoadMessages, reportBannedLoads } from '../src/engine/report-banned-loads.js';
import { mayLoadFrom } from '../src/engine/text-prefilter.js';
import { createRule, type JsRule } from '../src/create-rule.js';
import { assertValidOptions, keysOnlySchema } from '../src/config/rule-schema.js';
import { restrictedClientsOptionsSchema } from '../src/config/schemas.js';
import { pathRoot } from '../src/config/paths.js';
import { readPluginSettings, SETTINGS_KEY } from '../src/config/settings.js';

export interface RestrictedClientsOptions extends CommonOptions {
  readonly clients: readonly RestrictedClient[];
}

export default createRule<JsRule<keyof typeof bannedLoadMessages, [RestrictedClientsOptions]>>({
  name: 'no-restricted-clients',
  meta: {
    type: 'problem',
    fixable: 'code',
    hasSuggestions: true,
    docs: { description: 'Disallow loading the clients you list; point to the ones that replace them' },
    messages: bannedLoadMessages,
    schema: [keysOnlySchema(restrictedClientsOptionsSchema)],
    defaultOptions: [{ clients: [], allowTypeImports: false, checkMocks: true, allow: [] }],
  },
  create(context) {
    const [options] = context.options;
    assertValidOptions(options, restrictedClientsOptionsSchema, context.id);
    const mayLoad = mayLoadFrom(options.clients, 'clients', () =>
      options.clients.flatMap((client, index) => {
        const { modules, companions } = restrictedClientBan(client, index);
        return codeModules(modules, companions);
      }),
    );
    if (!mayLoad(context.sourceCode.text)) return {};
    // Its targets are its own, but their paths resolve against the shared root.
    const settings = readPluginSettings(context.settings);
    const root = pathRoot(settings.root, context.cwd);
    const bans = compileOnce(options, context.settings[SETTINGS_KEY] as object | undefined, root, () => {
      return compileBans(options.clients.map(restrictedClientBan), options, projectSettings(settings, root));
    });
    return reportBannedLoads(context, bans);
  },
});
