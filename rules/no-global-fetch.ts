import { createRule, type JsRule } from '../src/create-rule.js';
import { assertValidOptions, keysOnlySchema } from '../src/config/rule-schema.js';
import { globalFetchOptionsSchema } from '../src/config/schemas.js';
import { pathRoot } from '../src/config/paths.js';
import { readPluginSettings, SETTINGS_KEY } from '../src/config/settings.js';
import { compileBans, compileOnce, projectSettings } from '../src/engine/bans.js';
import { standardBan } from '../src/engine/banned-client-rule.js';
import { globalApis, globalUseMessages, reportGlobalUses } from '../src/engine/report-global-uses.js';

export interface GlobalFetchOptions {
  readonly browserApis: readonly string[];
  readonly allow: readonly string[];
}

export default createRule<JsRule<keyof typeof globalUseMessages, [GlobalFetchOptions]>>({
  name: 'no-global-fetch',
  meta: {
    type: 'problem',
    fixable: 'code',
    docs: { description: 'Disallow the global `fetch`, which bypasses the standardized HTTP client' },
    messages: globalUseMessages,
    schema: [keysOnlySchema(globalFetchOptionsSchema)],
    defaultOptions: [{ browserApis: [], allow: [] }],
  },
  create(context) {
    const [options] = context.options;
    assertValidOptions(options, globalFetchOptionsSchema, context.id);
    const { apis, mayUse } = globalApis(options.browserApis);
    if (!mayUse(context.sourceCode.text)) return {};
    const settings = readPluginSettings(context.settings);
    const root = pathRoot(settings.root, context.cwd);
    // The global APIs stand where a ban lists modules: the same advice, exemptions and target resolution.
    const bans = compileOnce(options, context.settings[SETTINGS_KEY] as object | undefined, root, () => {
      const ban = standardBan({ replacedBy: 'http', modules: apis, companions: [] }, settings.http);
      return compileBans(
        [ban],
        { ...options, allowTypeImports: false, checkMocks: false },
        projectSettings(settings, root),
      );
    });
    return reportGlobalUses(context, bans, apis);
  },
});
