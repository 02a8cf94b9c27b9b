import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { mayHaveEscapes } from './text-prefilter.js';
import type { Target } from '../config/target.js';
import { type AddedDeclaration, buildAddedDeclarationFix, type Insertion } from '../fixes/build-fix.js';
import { type CodeStyle, detectStyle, endsWithSemicolon } from '../fixes/code-style.js';
import { familyAnchor } from '../fixes/family-anchor.js';
import { TARGET_DEFAULT } from '../fixes/name-mapping.js';
import { indentAt } from '../fixes/declaration-layout.js';
import { type Edit, identifierOccurrence, type Occurrence } from '../fixes/occurrences.js';
import type { NameRequest } from '../fixes/plan-load.js';
import { notFixedMessageId, notFixedMessages, type Reason, reason } from '../fixes/reasons.js';
import { isSameTarget, targetSpecifier } from '../fixes/target-specifier.js';
import { unreadTemplate } from '../fixes/template-references.js';
import { findGlobalUses, type GlobalUse } from '../loads/find-global-uses.js';
import type { CompiledBans, MatchedBan } from './bans.js';
import { disabledReports } from './disable-directives.js';
import { mappedModules } from './report-banned-loads.js';

const BANNED = "The global '{{global}}' is banned: {{advice}}";

export const globalUseMessages = {
  banned: BANNED,
  // As for loads, one message per reason key (`notFixed/<key>`).
  ...notFixedMessages(BANNED),
} as const;

export type GlobalUseMessageId = keyof typeof globalUseMessages;

type Context = Readonly<TSESLint.RuleContext<GlobalUseMessageId, readonly unknown[]>>;
type SourceCode = Context['sourceCode'];

/** The global whose uses are fixed, where the target maps it: the others are reported only. */
export const FIXED_GLOBAL = 'fetch';

/**
 * The listener of `no-global-fetch`: the uses of the given global APIs, each reported; the uses of `fetch`
 * share one fix that imports the target's export once and points every use at it, where `globals.fetch` of the
 * target maps it and the rewrite is provably safe.
 */
export function reportGlobalUses(context: Context, bans: CompiledBans, apis: readonly string[]): TSESLint.RuleListener {
  const match = bans.matcherFor(context);
  if (!match) return {};
  return {
    Program() {
      const { globalScope } = context.sourceCode.scopeManager!;
      const uses = findGlobalUses(globalScope!, apis);
      if (uses.length === 0) return;
      const fetchUses = uses.filter((use) => use.api === FIXED_GLOBAL);
      const matched = match(FIXED_GLOBAL);
      const outcomes = matched && fetchUses.length > 0 ? fixOf(context, bans, matched, fetchUses) : undefined;
      for (const use of uses) {
        const advice = match(use.api)!.advice;
        report(context, use, advice, use.api === FIXED_GLOBAL ? outcomes?.(use) : undefined);
      }
    },
  };
}

export interface GlobalApis {
  /** `fetch` and the browser APIs the options add. */
  readonly apis: readonly string[];
  /** Whether a text may use one: its last name is in it, or an escape could spell one. */
  readonly mayUse: (text: string) => boolean;
}

const apisByOption = new WeakMap<readonly string[], GlobalApis>();

/**
 * The APIs a rule reports, made once per configured `browserApis` array: nearly every file names none of them,
 * and then the rule does nothing else.
 */
export function globalApis(browserApis: readonly string[]): GlobalApis {
  let found = apisByOption.get(browserApis);
  if (!found) {
    const apis = [FIXED_GLOBAL, ...browserApis];
    const names = apis.map((api) => api.slice(api.lastIndexOf('.') + 1));
    found = { apis, mayUse: (text) => names.some((name) => text.includes(name)) || mayHaveEscapes(text) };
    apisByOption.set(browserApis, found);
  }
  return found;
}

type Outcome = { readonly edits: readonly Edit[] } | { readonly reason: Reason };

/** What each `fetch` use of the file gets: the file's one fix, or why there is none. */
function fixOf(
  context: Context,
  bans: CompiledBans,
  matched: MatchedBan,
  uses: readonly GlobalUse[],
): ((use: GlobalUse) => Outcome) | undefined {
  const target = matched.ban.target;
  const exportName = target?.globals?.fetch;
  // Without a declared export to take its place, the global is reported only, the message naming the client.
  if (!target || exportName === undefined) return undefined;
  const isDisabled = disabledReports(context.sourceCode, context.id);
  const left = new Map<GlobalUse, Reason>();
  for (const use of uses) {
    const why = isDisabled(use.node) ? reason('disabled') : hiddenReason(context.sourceCode, use);
    if (why) left.set(use, why);
  }
  const whole = fileFix(
    context,
    bans,
    target,
    exportName,
    uses.filter((use) => !left.has(use)),
  );
  return (use) => {
    const why = left.get(use);
    return why ? { reason: why } : whole;
  };
}

/** A use the one-name rewrite cannot take without changing the code's types or shape. */
function hiddenReason(sourceCode: SourceCode, use: GlobalUse): Reason | undefined {
  if (use.hidden === 'assertion')
    return reason('memberThroughAssertion', { object: sourceCode.getText(use.reference.identifier), member: use.api });
  if (use.hidden === 'destructuring') return reason('destructuredGlobal', { global: use.api });
  return undefined;
}

function fileFix(
  context: Context,
  bans: CompiledBans,
  target: Target,
  exportName: string,
  uses: readonly GlobalUse[],
): Outcome {
  const { sourceCode, cwd, physicalFilename } = context;
  const specifier = targetSpecifier(target, cwd, physicalFilename);
  const unfit =
    unreadTemplate(sourceCode, physicalFilename) ??
    (/\.d\.[cm]?ts$/.test(physicalFilename) ? reason('declarationFile') : undefined);
  if (unfit) return { reason: unfit };
  if (uses.length === 0) return { edits: [] };
  const system = moduleSystem(context);
  if (system === 'script') return { reason: reason('scriptFile', { target: specifier }) };
  if (system === 'unknown') return { reason: reason('unknownModuleSystem', { target: specifier }) };
  const body = scriptStatements(sourceCode);
  if (!body || body.length === 0) return { reason: reason('noInsertionPoint', { target: specifier }) };
  // Last, as for loads: what a person must change in this file comes before what a manifest fix resolves.
  const blocked = bans.targetBlocked(target, context);
  if (blocked) return { reason: blocked };
  const { globalScope } = sourceCode.scopeManager!;
  const scope = globalScope!.childScopes.find((s) => s.block === sourceCode.ast) ?? globalScope!;
  const style = detectStyle(sourceCode, sourceCode.ast);
  const isTarget = (existing: string) => isSameTarget(existing, target, specifier, cwd, physicalFilename);
  const mapped = mappedModules(target);
  const inFamily = (existing: string) => isTarget(existing) || mapped(existing) !== undefined;
  const declaration: AddedDeclaration = {
    system,
    scope,
    requests: [fetchRequest(exportName, uses)],
    insertion: insertionFor(sourceCode, body, system, style),
  };
  const anchor = familyAnchor(sourceCode, inFamily, uses[0]!.node);
  const edits = buildAddedDeclarationFix(declaration, { sourceCode, target: specifier, style, isTarget, anchor });
  return Array.isArray(edits) ? { edits } : { reason: edits as Reason };
}

/** The one binding every use points at: the target's export, under its own name or `standardFetch`. */
function fetchRequest(exportName: string, uses: readonly GlobalUse[]): NameRequest {
  const name = exportName === TARGET_DEFAULT ? FIXED_GLOBAL : exportName;
  const direct = uses.filter((use) => use.node.type === 'Identifier');
  return {
    targetName: exportName,
    typeOnly: false,
    candidates: [name, `standard${name[0]!.toUpperCase()}${name.slice(1)}`],
    occurrences: uses.map(occurrenceOf),
    replaces: [],
    takesOver: direct.map((use) => use.reference),
  };
}

/** `fetch` keeps shorthand properties correct (`{ fetch }` -> `{ fetch: standardFetch }`); `globalThis.fetch` becomes the name. */
function occurrenceOf(use: GlobalUse): Occurrence {
  if (use.node.type === 'Identifier') return identifierOccurrence(use.reference, false);
  // Destructured uses are never fixed (`hiddenReason`).
  const { node } = use;
  return {
    from: use.reference.from,
    current: '',
    typeOnly: false,
    rewrite: (local) => [{ range: node.range, text: local }],
  };
}

/**
 * How the fixed file loads the target: as the file already loads modules, or as its kind of file says. A
 * JavaScript file with neither `import` nor `require()` may be CommonJS or a browser script: no guess.
 */
function moduleSystem(context: Context): 'esm' | 'cjs' | 'script' | 'unknown' {
  const { sourceCode, physicalFilename: filename } = context;
  const { sourceType } = context.languageOptions;
  if (sourceType === 'script') return 'script';
  if (/\.c[jt]s$/.test(filename) || sourceType === 'commonjs') return 'cjs';
  if (/\.(m[jt]s|tsx?|vue|svelte)$/.test(filename)) return 'esm';
  const body = sourceCode.ast.body;
  if (body.some((node) => /^(Import|Export)/.test(node.type) || node.type === 'TSImportEqualsDeclaration')) {
    return 'esm';
  }
  const commonJsNames = new Set(['require', 'module', 'exports']);
  const globalScope = sourceCode.scopeManager!.globalScope!;
  const usesCommonJs =
    globalScope.through.some((reference) => commonJsNames.has(reference.identifier.name)) ||
    [...commonJsNames].some((name) => (globalScope.set.get(name)?.references.length ?? 0) > 0);
  return usesCommonJs ? 'cjs' : 'unknown';
}

/**
 * Where a new declaration of the target goes: after the leading imports (ES modules) or the directive prologue
 * (`'use strict'`), else before the first statement and the comments attached to it. In CommonJS it goes before
 * every `require()`, so no code can run before it binds.
 */
function insertionFor(
  sourceCode: SourceCode,
  body: readonly TSESTree.Node[],
  system: 'esm' | 'cjs',
  style: CodeStyle,
): Insertion {
  const { text } = sourceCode;
  const { eol } = style;
  let count = 0;
  while (count < body.length && isDirective(body[count]!)) count++;
  if (system === 'esm') while (count < body.length && isImport(body[count]!)) count++;
  const next = body[count];
  const semicolon = usesSemicolons(sourceCode, body) || startsRisky(sourceCode, system, next);
  const last = body[count - 1];
  // Indented like the statements around it (a Svelte component's <script> content often is).
  const indent = indentAt(sourceCode, (last ?? next)!.range[0]);
  if (last) {
    // Comments after it on its line stay with it.
    const trailing = sourceCode
      .getCommentsAfter(last)
      .filter((comment) => comment.loc.start.line === last.loc.end.line)
      .at(-1);
    const end = trailing ?? last;
    const following = sourceCode.getTokenAfter(last);
    if (following && following.loc.start.line === end.loc.end.line) {
      return { at: end.range[1], before: `${eol}${indent}`, after: '', semicolon };
    }
    const lineEnd = text.indexOf('\n', end.range[1]);
    if (lineEnd === -1) return { at: text.length, before: `${eol}${indent}`, after: '', semicolon };
    return { at: lineEnd + 1, before: indent, after: eol, semicolon };
  }
  const first = next!;
  let start: TSESTree.Node | TSESTree.Comment = first;
  for (const comment of sourceCode.getCommentsBefore(first).reverse()) {
    if ((comment.type as string) === 'Shebang' || comment.loc.end.line < start.loc.start.line - 1) break;
    start = comment;
  }
  const lineStart = text.lastIndexOf('\n', start.range[0] - 1) + 1;
  const startsLine = /^[ \t]*$/.test(text.slice(lineStart, start.range[0]));
  const blankLine = isImport(first) || isRequireDeclaration(first) ? '' : eol;
  return startsLine
    ? { at: lineStart, before: indent, after: `${eol}${blankLine}`, semicolon }
    : { at: start.range[0], before: '', after: `${eol}${blankLine}${indent}`, semicolon };
}

/** A `<script>` of a Svelte component (svelte-eslint-parser), read duck-typed. */
interface SvelteScript {
  readonly type: 'SvelteScriptElement';
  readonly range: [number, number];
  readonly body: readonly TSESTree.Node[];
}

/**
 * The top-level statements a declaration can join: the program's, or in a Svelte component those of its
 * instance `<script>` (else its module script); undefined for a component without a script.
 */
function scriptStatements(sourceCode: SourceCode): readonly TSESTree.Node[] | undefined {
  const body = sourceCode.ast.body as readonly { type: string }[];
  if (!body.some((node) => node.type.startsWith('Svelte'))) return sourceCode.ast.body;
  const scripts = body.filter((node): node is SvelteScript => node.type === 'SvelteScriptElement');
  const isModuleScript = ({ range }: SvelteScript) =>
    /^<script\b[^>]*\b(context\s*=\s*["']module["']|module\b)/.test(sourceCode.text.slice(...range));
  return (scripts.find((script) => !isModuleScript(script)) ?? scripts[0])?.body;
}

const isDirective = (node: TSESTree.Node) => node.type === 'ExpressionStatement' && node.directive !== undefined;

const isImport = (node: TSESTree.Node) =>
  node.type === 'ImportDeclaration' || node.type === 'TSImportEqualsDeclaration';

function isRequireDeclaration(node: TSESTree.Node): boolean {
  return (
    node.type === 'VariableDeclaration' &&
    node.declarations.every(
      (d) =>
        d.init?.type === 'CallExpression' && d.init.callee.type === 'Identifier' && d.init.callee.name === 'require',
    )
  );
}

const ENDS_WITH_SEMICOLON = new Set(['ImportDeclaration', 'VariableDeclaration', 'ExpressionStatement']);

/** The file's habit, read from its first statement that ends with a semicolon when it has one; else semicolons. */
function usesSemicolons(sourceCode: SourceCode, body: readonly TSESTree.Node[]): boolean {
  const sample = body.find((node) => ENDS_WITH_SEMICOLON.has(node.type));
  return !sample || endsWithSemicolon(sourceCode, sample);
}

/** A `require()` line without semicolon followed by `(`, `[` or a template would call the require's value. */
function startsRisky(sourceCode: SourceCode, system: 'esm' | 'cjs', next: TSESTree.Node | undefined): boolean {
  if (system !== 'cjs' || !next) return false;
  return /^[([`+\-/]/.test(sourceCode.getFirstToken(next)?.value ?? '');
}

function report(context: Context, use: GlobalUse, advice: string, outcome: Outcome | undefined): void {
  const why = outcome && 'reason' in outcome ? outcome.reason : undefined;
  const edits = outcome && 'edits' in outcome ? outcome.edits : undefined;
  context.report({
    node: use.node,
    messageId: why === undefined ? 'banned' : notFixedMessageId(why.key),
    data: { ...why?.data, global: use.api, advice },
    fix: edits && edits.length > 0 ? () => edits.map((e) => ({ range: e.range, text: e.text })) : null,
  });
}
