import { compileBans, compileOnce, type CommonOptions } from '../src/engine/bans.js';
import { bannedLoadMessages, reportBannedLoads } from '../src/engine/report-banned-loads.js';
import { createRule } from '../src/create-rule.js';
import { assertValidOptions, keysOnlySchema } from '../src/config/rule-schema.js';
import { restrictedClientsOptionsSchema } from '../src/config/schemas.js';
import type { Target } from '../src/config/target.js';

export interface RestrictedClient {
  readonly modules: readonly string[];
  readonly target?: Target;
  readonly name?: string;
  readonly message?: string;
}

export interface RestrictedClientsOptions extends CommonOptions {
  readonly clients: readonly RestrictedClient[];
}

export default createRule<keyof typeof bannedLoadMessages, [RestrictedClientsOptions]>({
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
    const bans = compileOnce(options, undefined, () => {
      assertValidOptions(options, restrictedClientsOptionsSchema, context.id);
      return compileBans(
        options.clients.map((client) => ({
          modules: client.modules,
          target: client.target,
          client: client.name ?? client.target?.name,
          benefits: undefined,
          message: client.message,
        })),
        options,
      );
    });
    return reportBannedLoads(context, bans);
  },
});
