import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ModuleLoad } from '../loads/module-load.js';
import { asSpecifierNode, moduleExportName, specifierText } from '../loads/static-values.js';
import { type CodeStyle, endsWithSemicolon, quoted } from './code-style.js';
import {
  commentsByItem,
  commentsByVariable,
  commentsWithin,
  fitsLayout,
  indentAt,
  type ItemComments,
  itemLines,
  type ListItem,
  keptCommentsText,
  type ListLayout,
  layoutOf,
  listText,
  newListLayout,
  overflowsLine,
} from './declaration-layout.js';
import { TARGET_DEFAULT } from './name-mapping.js';
import type { Edit } from './occurrences.js';
import type { DeclarationSystem, LoadPlan, NameRequest } from './plan-load.js';
import { type Reason, reason } from './reasons.js';
import { isSafeName } from './safe-names.js';
import { blankScriptSetup, inScriptSetup, keepsTemplateNames } from './template-references.js';
import { haveOverlap, removeDeclarator, removeStatement } from './text-edits.js';

type Scope = TSESLint.Scope.Scope;
type SourceCode = Readonly<TSESLint.SourceCode>;
type DeclarationPlan = Extract<LoadPlan, { kind: 'declaration' }>;

export interface FixInput {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly target: string;
  /** Whether a specifier already in the file means the target. */
  readonly isTarget: (specifier: string) => boolean;
  readonly style: CodeStyle;
  /** See {@link familyAnchor}. */
  readonly anchor: number;
}

export interface FileFix {
  /** One fix for every fixable load of the file: applying any report's fix migrates them all. */
  readonly edits: readonly Edit[];
  readonly failures: ReadonlyMap<ModuleLoad, Reason>;
}

interface Group {
  readonly system: DeclarationSystem;
  readonly scope: Scope;
  readonly entries: { load: ModuleLoad; plan: DeclarationPlan }[];
  /** A declaration no load stands in place of (a global's uses): its names, and where it goes if it is new. */
  readonly added?: AddedDeclaration;
}

/** Where a declaration that replaces no load is written, when the file has none of the target to extend. */
export interface Insertion {
  readonly at: number;
  /** The text around the declaration: line breaks, and a blank line before the code that follows. */
  readonly before: string;
  readonly after: string;
  readonly semicolon: boolean;
}

/** A declaration of the target that the file needs without replacing any load. */
export interface AddedDeclaration {
  readonly system: 'esm' | 'cjs';
  readonly scope: Scope;
  readonly requests: readonly NameRequest[];
  readonly insertion: Insertion;
}

/** One binding of the fixed file: a target export under its chosen local name. */
interface Binding {
  readonly targetName: string;
  readonly local: string;
  readonly typeOnly: boolean;
  /** Comments that travel with it from the specifiers it replaces. */
  readonly comments?: ItemComments;
}

export function buildFileFix(planned: readonly { load: ModuleLoad; plan: LoadPlan }[], input: FixInput): FileFix {
  const failures = new Map<ModuleLoad, Reason>();
  const edits: Edit[] = [];
  const groups: Group[] = [];
  for (const { load, plan } of planned) {
    if (plan.kind === 'in-place') edits.push(...plan.edits);
    if (plan.kind !== 'declaration') continue;
    // ES imports of a scope merge into one declaration, and so do require() destructurings; import() stays put.
    let group =
      plan.system === 'dynamic' ? undefined : groups.find((g) => g.system === plan.system && g.scope === plan.scope);
    if (!group) groups.push((group = { system: plan.system, scope: plan.scope, entries: [] }));
    group.entries.push({ load, plan });
  }
  // Locals chosen by one group are off limits to the next: two declarations must never bind one name.
  const chosenInFile = new Set<string>();
  for (const group of groups) {
    const result = groupEdits(group, input, chosenInFile);
    if (!Array.isArray(result)) for (const { load } of group.entries) failures.set(load, result);
    else edits.push(...result);
  }
  if (haveOverlap(edits)) {
    for (const { load } of planned) failures.set(load, reason('overlap'));
    return { edits: [], failures };
  }
  const blank = blankScriptSetup(input.sourceCode, edits);
  if (blank) {
    for (const { load } of planned) failures.set(load, blank);
    return { edits: [], failures };
  }
  return { edits, failures };
}

/**
 * The edits that bind `declaration`'s names (extending the file's declaration of the target, or adding one) and
 * rewrite their uses, with the same name choice and anchor as load fixes; or why that cannot be done safely.
 */
export function buildAddedDeclarationFix(declaration: AddedDeclaration, input: FixInput): readonly Edit[] | Reason {
  const group: Group = { system: declaration.system, scope: declaration.scope, entries: [], added: declaration };
  const edits = groupEdits(group, input, new Set());
  if (!Array.isArray(edits)) return edits;
  return haveOverlap(edits) ? reason('overlap') : edits;
}

/**
 * The edits for one group: the loads it merges become one declaration of the target (or extend one the file
 * already has), and every use is renamed to the local chosen for it; or why the group cannot be fixed.
 */
function groupEdits(group: Group, input: FixInput, chosenInFile: Set<string>): Edit[] | Reason {
  const entries = [...group.entries].sort((a, b) => a.plan.node.range[0] - b.plan.node.range[0]);
  const requests = mergeByTargetName([...entries.flatMap((e) => e.plan.requests), ...(group.added?.requests ?? [])]);
  const existing = group.system === 'dynamic' ? undefined : findExistingDeclaration(group, requests, input);
  if (requests.length === 0) return reason('nothingUsed');
  if (group.system !== 'esm' && requests.some((r) => r.typeOnly)) {
    return reason('typesThroughRequire');
  }
  const locals = chooseLocals(requests, group, existing, input.sourceCode, chosenInFile);
  if (!(locals instanceof Map)) return locals;
  const added = requests
    .filter((request) => locals.get(request) !== existing?.bindings.get(request.targetName)?.local)
    .map((request) => ({ targetName: request.targetName, local: locals.get(request)!, typeOnly: request.typeOnly }));
  const edits = [
    ...rewriteOccurrences(requests, locals),
    ...writeDeclaration(group, entries, added, requests, existing, input),
  ];
  // An awaited import() is rewritten where it stands: it never adds the target's top-level declaration.
  return group.system === 'dynamic' ? edits : keepAnchor(edits, input.anchor);
}

/**
 * The local name each request is bound to: a binding the existing declaration already has, else the first
 * candidate that safe-names.ts accepts. Each chosen name is taken for the rest of the file.
 */
function chooseLocals(
  requests: readonly NameRequest[],
  group: Group,
  existing: ExistingDeclaration | undefined,
  sourceCode: SourceCode,
  chosenInFile: Set<string>,
): Map<NameRequest, string> | Reason {
  // The bindings written stand in for these variables, so their names do not count as taken.
  const replaced = new Set(requests.flatMap((r) => r.replaces));
  const takenOver = new Set(requests.flatMap((r) => r.takesOver ?? []));
  for (const binding of existing?.bindings.values() ?? []) if (binding.variable) replaced.add(binding.variable);
  const taken = new Set([...(existing?.bindings.values() ?? [])].map((b) => b.local));
  const locals = new Map<NameRequest, string>();
  for (const request of requests) {
    const reuse = existing?.bindings.get(request.targetName);
    // A type-only binding cannot serve a value use.
    const candidates = reuse && (!reuse.typeOnly || request.typeOnly) ? [reuse.local] : request.candidates;
    const usedFrom = request.occurrences.map((o) => o.from);
    const local = candidates.find(
      (name) =>
        (name === reuse?.local || (!taken.has(name) && !chosenInFile.has(name))) &&
        isSafeName(name, group.scope, usedFrom, replaced, sourceCode.scopeManager!, takenOver) &&
        keepsTemplateNames(name, request.replaces),
    );
    if (local === undefined) return reason('nameCaptured', { name: request.targetName });
    taken.add(local);
    chosenInFile.add(local);
    locals.set(request, local);
  }
  return locals;
}

/** Every use of a replaced binding, written with the local its request got. */
function rewriteOccurrences(requests: readonly NameRequest[], locals: ReadonlyMap<NameRequest, string>): Edit[] {
  return requests.flatMap((request) => request.occurrences.flatMap((o) => o.rewrite(locals.get(request)!)));
}

/**
 * The declaration edits: `added` appended to the existing declaration, or one new declaration in place of the
 * first load (in a Vue component, of a `<script setup>` load); the other loads of the group are removed. Their
 * comments travel with the bindings that replace them, or stay before the new declaration.
 */
function writeDeclaration(
  { system, added: addedDeclaration }: Group,
  entries: Group['entries'],
  added: readonly Binding[],
  requests: readonly NameRequest[],
  existing: ExistingDeclaration | undefined,
  input: FixInput,
): Edit[] {
  const { sourceCode } = input;
  if (addedDeclaration && entries.length === 0) {
    if (existing) return added.length > 0 ? existing.insert(added) : [];
    const { at, before, after, semicolon } = addedDeclaration.insertion;
    const layout = newListLayout('', input.style);
    const text = declarationText(system, { semicolon, require: 'require' }, added, input, layout);
    const statement = system === 'cjs' ? `const ${text}${semicolon ? ';' : ''}` : text;
    return [{ range: [at, at], text: `${before}${statement}${after}` }];
  }
  const first = (entries.find((e) => inScriptSetup(sourceCode, e.plan.node)) ?? entries[0]!).plan.node;
  const layout = existing?.layout ?? layoutOf(sourceCode, first, input.style);
  const carried = new Set<TSESTree.Comment>();
  const withComments = withCarriedComments(
    added,
    requests,
    entries.map((e) => e.plan.node),
    layout,
    sourceCode,
    carried,
  );
  const removal = { carried, eol: input.style.eol };
  const removeLoad = (node: TSESTree.Node) =>
    node.type === 'VariableDeclarator'
      ? removeDeclarator(sourceCode, node, removal)
      : removeStatement(sourceCode, node, removal);
  const edits: Edit[] = [];
  if (existing) {
    if (withComments.length > 0) edits.push(...existing.insert(withComments));
    for (const { plan } of entries) edits.push(removeLoad(plan.node));
    return edits;
  }
  const written = replacedStatement(sourceCode, first);
  let text = declarationText(system, written, withComments, input, layout);
  if (!layout.multiLine && input.style.wrapsLists && overflowsLine(sourceCode, first, text)) {
    text = declarationText(system, written, withComments, input, { ...layout, multiLine: true });
  }
  edits.push({ range: first.range, text });
  edits.push(...commentsBefore(first, carried, input));
  for (const { plan } of entries) if (plan.node !== first) edits.push(removeLoad(plan.node));
  return edits;
}

/**
 * Makes the fix span the family anchor (see family-anchor.ts): two rules that would both add this target's
 * declaration then never apply in the same pass, and the later one merges into the first one's declaration.
 */
function keepAnchor(edits: Edit[], anchor: number): Edit[] {
  if (edits.some(({ range }) => range[0] <= anchor && anchor <= range[1])) return edits;
  return [...edits, { range: [anchor, anchor], text: '' }];
}

/**
 * Gives each written binding the comments of the specifiers it replaces (see declaration-layout.ts), when they
 * fit the layout of the list it is written into; those comments are added to `carried`.
 */
function withCarriedComments(
  bindings: readonly Binding[],
  requests: readonly NameRequest[],
  nodes: readonly TSESTree.Node[],
  layout: ListLayout,
  sourceCode: SourceCode,
  carried: Set<TSESTree.Comment>,
): Binding[] {
  const byVariable = new Map(nodes.flatMap((node) => [...commentsByVariable(sourceCode, node)]));
  return bindings.map((binding) => {
    const leading: TSESTree.Comment[] = [];
    const trailing: TSESTree.Comment[] = [];
    const replaces = requests.find((r) => r.targetName === binding.targetName)?.replaces ?? [];
    for (const variable of replaces) {
      const comments = byVariable.get(variable);
      byVariable.delete(variable);
      leading.push(...(comments?.leading ?? []).filter((c) => fitsLayout(c, layout)));
      trailing.push(...(comments?.trailing ?? []).filter((c) => fitsLayout(c, layout)));
    }
    for (const comment of [...leading, ...trailing]) carried.add(comment);
    return { ...binding, comments: { leading, trailing } };
  });
}

/** The comments of the replaced load that no binding carries, written before its statement. */
function commentsBefore(replaced: TSESTree.Node, carried: ReadonlySet<TSESTree.Comment>, input: FixInput): Edit[] {
  const { sourceCode } = input;
  const kept = commentsWithin(sourceCode, replaced.range).filter((c) => !carried.has(c));
  if (kept.length === 0) return [];
  const start = (replaced.type === 'VariableDeclarator' ? replaced.parent : replaced).range[0];
  const indent = indentAt(sourceCode, start);
  const text = keptCommentsText(sourceCode, kept, { indent, eol: input.style.eol, followedByCode: true });
  return [{ range: [start, start], text }];
}

/** Requests for one target name become one binding: "never import the same name twice". */
function mergeByTargetName(requests: readonly NameRequest[]): NameRequest[] {
  const merged = new Map<string, NameRequest>();
  for (const request of requests) {
    const previous = merged.get(request.targetName);
    if (!previous) {
      merged.set(request.targetName, request);
      continue;
    }
    const candidates = [request.targetName, ...new Set([...previous.candidates, ...request.candidates])];
    merged.set(request.targetName, {
      targetName: request.targetName,
      typeOnly: previous.typeOnly && request.typeOnly,
      candidates: [...new Set(candidates)],
      occurrences: [...previous.occurrences, ...request.occurrences],
      replaces: [...previous.replaces, ...request.replaces],
      takesOver: [...(previous.takesOver ?? []), ...(request.takesOver ?? [])],
    });
  }
  return [...merged.values()];
}

/** What a written declaration takes from the one it replaces: its semicolon, and how it calls `require`. */
interface WrittenAs {
  readonly semicolon: boolean;
  readonly require: string;
}

function replacedStatement(sourceCode: SourceCode, replaced: TSESTree.Node): WrittenAs {
  const semicolon = endsWithSemicolon(sourceCode, replaced);
  if (replaced.type !== 'VariableDeclarator' || replaced.init?.type !== 'CallExpression') {
    return { semicolon, require: 'require' };
  }
  return { semicolon, require: sourceCode.getText(replaced.init.callee) };
}

function declarationText(
  system: DeclarationSystem,
  written: WrittenAs,
  bindings: readonly Binding[],
  input: FixInput,
  layout: ListLayout,
) {
  const { sourceCode } = input;
  const target = quoted(input.target, input.style);
  if (system === 'esm') {
    const allTypes = bindings.every((b) => b.typeOnly);
    const semicolon = written.semicolon ? ';' : '';
    // The target's default export is written as a default import, `import httpClient, { a } from …`, unless
    // comments travel with it: they have their place in the braces (`default as httpClient`).
    const asDefault = allTypes
      ? undefined
      : bindings.find((b) => b.targetName === TARGET_DEFAULT && !b.typeOnly && !hasComments(b));
    const named = bindings.filter((b) => b !== asDefault);
    const clause = [
      ...(asDefault ? [asDefault.local] : []),
      ...(named.length > 0 ? [listText(sourceCode, esmItems(named, !allTypes), layout)] : []),
    ].join(', ');
    return `import ${allTypes ? 'type ' : ''}${clause} from ${target}${semicolon}`;
  }
  const init = system === 'cjs' ? `${written.require}(${target})` : `await import(${target})`;
  return `${listText(sourceCode, patternItems(bindings), layout)} = ${init}`;
}

const hasComments = ({ comments }: Binding) =>
  comments !== undefined && comments.leading.length + comments.trailing.length > 0;

function esmItems(bindings: readonly Binding[], markTypes: boolean) {
  return bindings.map((b) => ({
    text: `${markTypes && b.typeOnly ? 'type ' : ''}${b.local === b.targetName ? b.local : `${b.targetName} as ${b.local}`}`,
    comments: b.comments,
  }));
}

function patternItems(bindings: readonly Binding[]) {
  return bindings.map((b) => ({
    text: b.local === b.targetName ? b.local : `${b.targetName}: ${b.local}`,
    comments: b.comments,
  }));
}

interface ExistingDeclaration {
  readonly bindings: ReadonlyMap<string, Binding & { variable?: TSESLint.Scope.Variable }>;
  /** The layout of its list, which added bindings follow. */
  readonly layout: ListLayout;
  readonly insert: (added: readonly Binding[]) => Edit[];
}

/**
 * Edits adding items to the end of the existing list of `declaration`: on their own lines before the closing
 * brace of a multi-line list (adding the comma the last item lacks), else after its last item — unless the
 * file wraps long lists and the line would become too long: then the list is rewritten one item per line.
 */
function appendItems(
  { sourceCode, style }: FixInput,
  declaration: TSESTree.Node,
  list: readonly TSESTree.Node[],
  items: readonly ListItem[],
  layout: ListLayout,
): Edit[] {
  const last = list.at(-1)!;
  if (!layout.multiLine) {
    const inline = listText(sourceCode, items, layout).slice(1, -1).trim();
    const longer = `${sourceCode.getText(declaration)}, ${inline}`;
    const wrapped = style.wrapsLists && overflowsLine(sourceCode, declaration, longer);
    const rewritten = wrapped && wrappedList(sourceCode, declaration, list, items, layout);
    return rewritten ? [rewritten] : [{ range: [last.range[1], last.range[1]], text: `, ${inline}` }];
  }
  const closing = sourceCode.getTokenAfter(last, { filter: (t) => t.value === '}' })!;
  const lineStart = closing.range[0] - layout.closingIndent.length;
  const lines = items.map((item, i) =>
    itemLines(sourceCode, item, i < items.length - 1 || layout.trailingComma, layout),
  );
  return [
    ...(layout.trailingComma ? [] : [{ range: [last.range[1], last.range[1]], text: ',' } satisfies Edit]),
    { range: [lineStart, lineStart], text: lines.join('') },
  ];
}

/** An import (or require destructuring) of the target that the group can extend instead of adding another. */
function findExistingDeclaration(
  group: Group,
  requests: readonly NameRequest[],
  input: FixInput,
): ExistingDeclaration | undefined {
  const statements = statementsOf(group.scope.block as TSESTree.Node);
  const needsValue = requests.some((r) => !r.typeOnly);
  for (const statement of statements) {
    if (group.system === 'esm' && statement.type === 'ImportDeclaration' && input.isTarget(statement.source.value)) {
      const existing = existingImport(statement, needsValue, input);
      if (existing) return existing;
    }
    if (group.system === 'cjs' && statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) {
        const existing = existingRequire(declarator, input);
        if (existing) return existing;
      }
    }
  }
  return undefined;
}

/** The braced list rewritten one item per line with `added` at its end; undefined if a comment has no place. */
function wrappedList(
  sourceCode: SourceCode,
  declaration: TSESTree.Node,
  list: readonly TSESTree.Node[],
  added: readonly ListItem[],
  layout: ListLayout,
): Edit | undefined {
  const open = sourceCode.getTokenBefore(list[0]!, { filter: (t) => t.value === '{' });
  const close = sourceCode.getTokenAfter(list.at(-1)!, { filter: (t) => t.value === '}' });
  if (!open || !close) return undefined;
  const byItem = commentsByItem(sourceCode, declaration);
  const items = list.map((item) => ({ text: sourceCode.getText(item), comments: byItem.get(item) }));
  const placed = new Set([
    ...items.flatMap((i) => [...(i.comments?.leading ?? []), ...(i.comments?.trailing ?? [])]),
    ...list.flatMap((item) => commentsWithin(sourceCode, item.range)),
  ]);
  if (commentsWithin(sourceCode, [open.range[0], close.range[1]]).some((c) => !placed.has(c))) return undefined;
  return {
    range: [open.range[0], close.range[1]],
    text: listText(sourceCode, [...items, ...added], { ...layout, multiLine: true }),
  };
}

function existingImport(
  statement: TSESTree.ImportDeclaration,
  needsValue: boolean,
  input: FixInput,
): ExistingDeclaration | undefined {
  const { sourceCode, style } = input;
  const isTypeImport = statement.importKind === 'type';
  if (isTypeImport && needsValue) return undefined;
  if (statement.specifiers.some((s) => s.type === 'ImportNamespaceSpecifier') || statement.specifiers.length === 0)
    return undefined;
  const named = statement.specifiers.filter((s): s is TSESTree.ImportSpecifier => s.type === 'ImportSpecifier');
  const bindings = new Map(
    statement.specifiers.map((s) => {
      const targetName = s.type === 'ImportSpecifier' ? moduleExportName(s.imported) : TARGET_DEFAULT;
      const variable = sourceCode.getDeclaredVariables(s)[0];
      const typeOnly = isTypeImport || (s.type === 'ImportSpecifier' && s.importKind === 'type');
      return [targetName, { targetName, local: s.local.name, typeOnly, variable }] as const;
    }),
  );
  const last = named.at(-1);
  const layout = layoutOf(sourceCode, statement, style);
  return {
    bindings,
    layout,
    insert: (added) => {
      if (last) return appendItems(input, statement, named, esmItems(added, !isTypeImport), layout);
      const end = statement.specifiers[0]!.range[1];
      return [{ range: [end, end], text: `, ${listText(sourceCode, esmItems(added, true), layout)}` }];
    },
  };
}

function existingRequire(declarator: TSESTree.VariableDeclarator, input: FixInput): ExistingDeclaration | undefined {
  const { init, id } = declarator;
  if (init?.type !== 'CallExpression' || init.callee.type !== 'Identifier' || init.callee.name !== 'require')
    return undefined;
  const source = asSpecifierNode(init.arguments[0]);
  const specifier = source && specifierText(source);
  if (specifier === undefined || !input.isTarget(specifier) || id.type !== 'ObjectPattern') return undefined;
  const properties = id.properties.filter((p): p is TSESTree.Property => p.type === 'Property');
  if (properties.length !== id.properties.length || properties.some((p) => p.value.type !== 'Identifier'))
    return undefined;
  const variables = input.sourceCode.getDeclaredVariables(declarator);
  const bindings = new Map(
    properties.map((p) => {
      const targetName = p.key.type === 'Identifier' ? p.key.name : String((p.key as TSESTree.Literal).value);
      const local = (p.value as TSESTree.Identifier).name;
      return [
        targetName,
        { targetName, local, typeOnly: false, variable: variables.find((v) => v.name === local) },
      ] as const;
    }),
  );
  const last = properties.at(-1);
  if (!last) return undefined;
  const layout = layoutOf(input.sourceCode, declarator, input.style);
  return {
    bindings,
    layout,
    insert: (added) => appendItems(input, declarator, properties, patternItems(added), layout),
  };
}

function statementsOf(block: TSESTree.Node): readonly TSESTree.Node[] {
  const body = 'body' in block ? block.body : undefined;
  // A Svelte component's program holds its `<script>` elements, whose bodies hold the statements.
  if (Array.isArray(body))
    return (body as TSESTree.Node[]).flatMap((node) =>
      (node.type as string) === 'SvelteScriptElement' ? (node as unknown as { body: TSESTree.Node[] }).body : [node],
    );
  const inner = body && typeof body === 'object' && 'body' in body ? body.body : undefined;
  return Array.isArray(inner) ? (inner as TSESTree.Node[]) : [];
}
