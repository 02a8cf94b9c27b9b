import type { JSONRuleDefinition } from '@eslint/json';
import type { DocumentNode } from '../src/dependencies/json-nodes.js';
import {
  type Ban,
  compileBans,
  compileOnce,
  guideSentence,
  type MatchedBan,
  projectSettings,
} from '../src/engine/bans.js';
import { type RestrictedClient, restrictedClientBan, standardBan } from '../src/engine/banned-client-rule.js';
import { BANNED_CLIENTS } from '../src/ban-data.js';
import { createRule } from '../src/create-rule.js';
import path from 'node:path';
import { addToSection, memberNamed, removeMember } from '../src/dependencies/json-edits.js';
import { type DependencyEntry, dependencyEntries, isDeclaration } from '../src/dependencies/package-json.js';
import { type TargetDeclaration, targetDeclaration } from '../src/dependencies/target-declaration.js';
import { notFixedMessageId, notFixedMessages, type Reason } from '../src/fixes/reasons.js';
import { type Target, targetPackage } from '../src/config/target.js';
import { ruleId } from '../src/package-meta.js';
import { assertValidOptions, keysOnlySchema } from '../src/config/rule-schema.js';
import { commonOptionProperties, restrictedClientsOptionsSchema } from '../src/config/schemas.js';
import { pathRoot } from '../src/config/paths.js';
import { readPluginSettings, SETTINGS_KEY } from '../src/config/settings.js';
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

const BANNED_IN_SECTION = "'{{module}}' is banned in {{section}}: {{advice}}";
/** The target's package, which code moving off the client imports: its own finding, which the fix resolves. */
const MISSING_TARGET =
  "'{{replacement}}' is missing from {{section}}: code moving from '{{module}}' to {{client}} imports it.";

const messages = {
  banned: BANNED_IN_SECTION,
  'companion/mock': COMPANION_IN_SECTION,
  'companion/plugin': COMPANION_IN_SECTION,
  'companion/framework': COMPANION_IN_SECTION,
  'companion/types': COMPANION_IN_SECTION,
  remove: "Remove '{{module}}' from {{section}}.",
  missingTarget: MISSING_TARGET,
  // Why the target's package is not added to the manifest (the same keys as for code).
  ...notFixedMessages(MISSING_TARGET),
};

export default createRule<JSONRuleDefinition<{ RuleOptions: [Options]; MessageIds: keyof typeof messages }>>({
  name: 'no-banned-dependencies',
  meta: {
    type: 'problem',
    languages: ['json/json', 'json/jsonc'],
    fixable: 'code',
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
      return compileBans(
        list,
        { allow: options.allow, allowTypeImports: false, checkMocks: false },
        projectSettings(settings, root),
      );
    });
    if (bans.isExempt(context)) return {};
    const manifestFile = path.resolve(context.cwd, context.physicalFilename);
    // A client's own package keeps everything; a manifest above a wrapper keeps what the wrapper loads.
    return {
      Document(document: DocumentNode) {
        const manifest = document.body.type === 'Object' ? document.body : undefined;
        if (!manifest) return;
        const name = memberNamed(manifest, 'name')?.value;
        const kept = bans.boundaries.keptInManifest(manifestFile, name?.type === 'String' ? name.value : undefined);
        if (kept === 'all') return;
        const entries = dependencyEntries(manifest).filter(({ packageName }) => !kept.has(packageName));
        const matches = new Map(entries.map((entry) => [entry, bans.match(entry.packageName)]));
        const additions = targetAdditions(entries, matches, (target) =>
          targetDeclaration(target, path.dirname(manifestFile), root),
        );
        for (const entry of entries) {
          const matched = matches.get(entry);
          if (!matched || matched.module !== entry.packageName) continue;
          const remove = {
            messageId: 'remove' as const,
            data: { module: entry.packageName, section: entry.section },
            fix: () => removeMember(entry.container, entry.member),
          };
          const { companion } = matched;
          if (companion) {
            context.report({
              loc: entry.member.name.loc,
              messageId: `companion/${companion.kind}`,
              data: {
                module: companion.module,
                reason: companion.reason,
                of: companion.of,
                section: entry.section,
                advice: matched.advice,
              },
              suggest: [remove],
            });
            continue;
          }
          context.report({
            loc: entry.member.name.loc,
            messageId: 'banned',
            data: {
              module: entry.packageName,
              section: entry.section,
              advice: dependencyAdvice(matched, matched.ban.target && targetPackage(matched.ban.target)),
            },
            suggest: [remove],
          });
        }
        // Code may import a module target only once its package declares it: one finding per missing target,
        // whose fix adds it (the clients stay until no code of the package loads them).
        for (const addition of additions) {
          const { entry, ban } = addition;
          const data = {
            module: entry.packageName,
            section: entry.section,
            replacement: addition.name,
            client: ban.client ?? 'the standardized client',
          };
          if ('reason' in addition) {
            context.report({
              loc: entry.member.name.loc,
              messageId: notFixedMessageId(addition.reason.key),
              data: { ...addition.reason.data, ...data },
            });
            continue;
          }
          const text = context.sourceCode.text;
          context.report({
            loc: entry.member.name.loc,
            messageId: 'missingTarget',
            data,
            fix: () =>
              addition.sections
                .map((section) => addToSection(manifest, section, addition.name, addition.range, text))
                .filter((edit) => edit !== undefined),
          });
        }
      },
    };
  },
});

/** A target's package that the manifest lacks, beside the client entry that calls for it. */
type Addition = { readonly name: string; readonly entry: DependencyEntry; readonly ban: Ban } & (
  { readonly range: string; readonly sections: readonly string[] } | { readonly reason: Reason }
);

/** Where a target's package goes, by the strongest section its clients are declared in. */
const SECTION_ORDER = ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies'];

/**
 * Per module target of the manifest's banned clients: the package to add, the range and the sections (a peer
 * dependency also needs installing for the package's own use), or why it cannot be added. Code may import the
 * target only once its package declares it; the clients stay until no code of the package loads them.
 */
function targetAdditions(
  entries: readonly DependencyEntry[],
  matches: ReadonlyMap<DependencyEntry, MatchedBan | undefined>,
  declare: (target: Target) => TargetDeclaration | undefined,
): Addition[] {
  const declared = new Set(entries.filter(isDeclaration).map((e) => e.packageName));
  const clientsByTarget = new Map<Target, { ban: Ban; entries: DependencyEntry[] }>();
  for (const entry of entries) {
    const matched = matches.get(entry);
    const target = matched?.ban.target;
    if (!target || matched.companion || matched.module !== entry.packageName || !isDeclaration(entry)) continue;
    if (!clientsByTarget.has(target)) clientsByTarget.set(target, { ban: matched.ban, entries: [] });
    clientsByTarget.get(target)!.entries.push(entry);
  }
  const additions: Addition[] = [];
  for (const [target, { ban, entries: clients }] of clientsByTarget) {
    const declaration = declare(target);
    if (!declaration || declared.has(declaration.name)) continue;
    const strongest = SECTION_ORDER.find((section) => clients.some((entry) => entry.section === section))!;
    const entry = clients.find((client) => client.section === strongest)!;
    if ('reason' in declaration) additions.push({ ...declaration, entry, ban });
    else {
      const sections = strongest === 'peerDependencies' ? ['peerDependencies', 'devDependencies'] : [strongest];
      additions.push({ ...declaration, entry, ban, sections });
    }
  }
  return additions;
}

function dependencyAdvice({ ban, advice }: MatchedBan, replacement: string | undefined): string {
  if (ban.message || !replacement) return advice;
  const why = ban.target?.advice ? ` (${ban.target.advice})` : '';
  return `depend on '${replacement}' and use ${ban.client ?? 'its client'}${why}.${guideSentence(ban.target)}`;
}
