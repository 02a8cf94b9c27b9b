import { compileBans, compileOnce, projectSettings } from '../src/engine/bans.js';
import { standardBan } from '../src/engine/banned-client-rule.js';
import {
  mayLoadNodeHttp,
  NODE_HTTP_MODULES,
  type NodeHttpModule,
  rawRequestMessageId,
  rawRequestMessages,
  REQUEST_FUNCTIONS,
} from '../src/engine/node-http-requests.js';
import { createRule, type JsRule } from '../src/create-rule.js';
import { ruleId } from '../src/package-meta.js';
import { assertValidOptions, keysOnlySchema } from '../src/config/rule-schema.js';
import { commonOptionProperties } from '../src/config/schemas.js';
import { pathRoot } from '../src/config/paths.js';
import { readPluginSettings, SETTINGS_KEY } from '../src/config/settings.js';
import type { Schema } from '../src/config/validate-json.js';
import { findModuleLoads } from '../src/loads/find-module-loads.js';
import { findTakenExports } from '../src/loads/taken-exports.js';

interface Options {
  readonly allow: readonly string[];
}

const NAME = 'no-node-http-requests';

const optionsSchema: Schema = {
  type: 'object',
  properties: { allow: commonOptionProperties.allow! },
  additionalProperties: false,
};

export default createRule<JsRule<keyof typeof rawRequestMessages, [Options]>>({
  name: NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow requests made with node:http and node:https; use the standardized HttpClient',
    },
    messages: rawRequestMessages,
    schema: [keysOnlySchema(optionsSchema)],
    defaultOptions: [{ allow: [] }],
  },
  create(context) {
    const [options] = context.options;
    assertValidOptions(options, optionsSchema, ruleId(NAME));
    // Nearly every file names no node:http module: then nothing else runs for it.
    if (!mayLoadNodeHttp(context.sourceCode.text)) return {};
    const settings = readPluginSettings(context.settings);
    const root = pathRoot(settings.root, context.cwd);
    // The HTTP target names the client in the advice and exempts its own package, which wraps https. The key
    // names the rule: `no-banned-dependencies` takes `{ allow }` too, and may be given the very same array.
    const key = { rule: NAME, ...options };
    const bans = compileOnce(key, context.settings[SETTINGS_KEY] as object | undefined, root, () => {
      const ban = standardBan({ replacedBy: 'http', modules: NODE_HTTP_MODULES, companions: [] }, settings.http);
      // Only `allow` applies: type-only loads and mocks never take a request function.
      return compileBans(
        [ban],
        { allow: options.allow, allowTypeImports: true, checkMocks: false },
        projectSettings(settings, root),
      );
    });
    const match = bans.matcherFor(context);
    if (!match) return {};
    return findModuleLoads(context.sourceCode, {
      match,
      includeMocks: false,
      onLoad(load, { module, advice }) {
        for (const { name, node } of findTakenExports(load, REQUEST_FUNCTIONS, context.sourceCode)) {
          context.report({
            node,
            messageId: rawRequestMessageId(module as NodeHttpModule),
            data: { name, module, advice },
          });
        }
      },
    });
  },
});
