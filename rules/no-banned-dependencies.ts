import type { JSONRuleDefinition } from '@eslint/json';
import type { DocumentNode } from '../src/dependencies/json-nodes.js';
import { compileBans, compileOnce, guideSentence, type MatchedBan } from '../src/engine/bans.js';
import { type RestrictedClient, restrictedClientBan, standardBan } from '../src/engine/banned-client-rule.js';
import { BANNED_CLIENTS } from '../src/ban-data.js';
import { createRule } from '../src/create-rule.js';
import {
  addDependency,
  dependencyEntries,
  isDeclaration,
  memberNamed,
  removeMember,
} from '../src/dependencies/package-json.js';
import { ruleId } from '../src/package-meta.js';
import { assertValidOptions, keysOnlySchema } from '../src/config/rule-schema.js';
import { pathRoot } from '../src/config/paths.js';
import { commonOptionProperties, restrictedClientsOptionsSchema } from '../src/config/schemas.js';
import { readPluginSettings, SETTINGS_KEY } from '../src/config/settings.js';
import { targetPackage } from '../src/config/target.js';
import type { Schema } from '../src/config/validate-json.js';
import { COMPANION } from '../src/engine/report-banned-loads.js';

interface Options {
  readonly clients?: readonly RestrictedClient[];
  readonly allow: readonly string[];
  readonly companions: boolean;
}

const optionsSchema: Schema = {
  type: 'object',
  properties: {
    clients: {
      ...restrictedClientsOptionsSchema.properties!.clients!,
      description:
        'Replaces the banned clients (default: those of no-axios, no-node-fetch and no-legacy-redis with the shared targets).',
    },
    allow: commonOptionProperties.allow!,
    companions: {
      type: 'boolean',
      description:
        "Report the default clients' companion packages (mocks, plugins, framework bindings, @types). Default true.",
    },
  },
  additionalProperties: false,
};

const COMPANION_IN_SECTION = COMPANION.replace("'{{module}}'", "'{{module}}' in {{section}}");

const messages = {
  banned: "'{{module}}' is banned in {{section}}: {{advice}}",
  'companion/mock': COMPANION_IN_SECTION,
  'companion/plugin': COMPANION_IN_SECTION,
  'companion/framework': COMPANION_IN_SECTION,
  'companion/types': COMPANION_IN_SECTION,
  remove: "Remove '{{module}}' from {{section}}.",
  addTarget: "Add '{{replacement}}' ({{version}}) to dependencies.",
};

export default createRule<JSONRuleDefinition<{ RuleOptions: [Options]; MessageIds: keyof typeof messages }>>({
  name: 'no-banned-dependencies',
  meta: {
    type: 'problem',
    languages: ['json/json', 'json/jsonc'],
    hasSuggestions: true,
    docs: {
      description: 'Disallow banned HTTP and Redis clients in package.json; point to the standardized packages',
    },
    messages,
    schema: [keysOnlySchema(optionsSchema)],
    defaultOptions: [{ allow: [], companions: true }],
  },
  create(context) {
    const [options] = context.options as unknown as [Options];
    const settings = readPluginSettings(context.settings);
    const root = pathRoot(settings.root, context.cwd);
    const bans = compileOnce(options, context.settings[SETTINGS_KEY] as object | undefined, root, () => {
      assertValidOptions(options, optionsSchema, ruleId('no-banned-dependencies'));
      const list = options.clients
        ? options.clients.map(restrictedClientBan)
        : BANNED_CLIENTS.map((client) =>
            standardBan(
              { ...client, companions: options.companions ? client.companions : [] },
              settings[client.replacedBy],
            ),
          );
      return compileBans(list, { allow: options.allow, allowTypeImports: false, checkMocks: false }, root);
    });
    if (bans.isExempt(context)) return {};
    // The manifest of a client's own package declares the library that client wraps.
    const ownBans = bans.ownBans(context);
    return {
      Document(document: DocumentNode) {
        const root = document.body.type === 'Object' ? document.body : undefined;
        if (!root) return;
        const nameValue = memberNamed(root, 'name')?.value;
        const ownName = nameValue?.type === 'String' ? nameValue.value : undefined;
        const entries = dependencyEntries(root);
        const declared = new Set(entries.filter(isDeclaration).map((e) => e.packageName));
        for (const entry of entries) {
          const matched = bans.match(entry.packageName);
          if (!matched || matched.module !== entry.packageName || ownBans.has(matched.ban)) continue;
          const replacement = matched.ban.target && targetPackage(matched.ban.target);
          // The standardized client's own package wraps the library it replaces (also when not linked).
          if (replacement !== undefined && replacement === ownName) continue;
          const version = matched.ban.target?.version;
          const suggest = [
            {
              messageId: 'remove' as const,
              data: { module: entry.packageName, section: entry.section },
              fix: () => removeMember(entry.container, entry.member),
            },
            ...(replacement && version && !declared.has(replacement)
              ? [
                  {
                    messageId: 'addTarget' as const,
                    data: { replacement, version },
                    fix: () => addDependency(root, replacement, version, context.sourceCode.text),
                  },
                ]
              : []),
          ];
          const { companion } = matched;
          context.report({
            loc: entry.member.name.loc,
            ...(companion
              ? {
                  messageId: `companion/${companion.kind}`,
                  data: {
                    module: companion.module,
                    reason: companion.reason,
                    of: companion.of,
                    section: entry.section,
                    advice: matched.advice,
                  },
                }
              : {
                  messageId: 'banned',
                  data: {
                    module: entry.packageName,
                    section: entry.section,
                    advice: dependencyAdvice(matched, replacement),
                  },
                }),
            suggest,
          });
        }
      },
    };
  },
});

function dependencyAdvice({ ban, advice }: MatchedBan, replacement: string | undefined): string {
  if (ban.message || !replacement) return advice;
  const why = ban.target?.advice ? ` (${ban.target.advice})` : '';
  return `depend on '${replacement}' and use ${ban.client ?? 'its client'}${why}.${guideSentence(ban.target)}`;
}
