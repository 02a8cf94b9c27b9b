import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Edit } from './occurrences.js';
import { type Reason, reason } from './reasons.js';

/*
 * Vue single-file components (vue-eslint-parser). In a component with `<script setup>`, the `<template>` sees
 * every top-level binding of its scripts, but its uses are not references in the script's scope manager: the
 * template AST hangs off `Program.templateBody`, and each `VExpressionContainer` lists its own `references`
 * (`variable` is null unless a `v-for`/slot variable of the template declares the name). The AST is read
 * duck-typed so that the plugin never loads vue-eslint-parser itself. All Vue knowledge of the fixer is here.
 */

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;
type Reference = TSESLint.Scope.Reference;

interface VNode {
  readonly type: string;
  readonly range: readonly [number, number];
  readonly parent?: VNode;
  readonly [key: string]: unknown;
}

interface VReference {
  readonly id: TSESTree.Identifier;
  readonly mode: 'r' | 'w' | 'rw';
  readonly variable: unknown;
  /** Set by the parser in `<script lang="ts">` components, where `x as T` names a type. */
  readonly isTypeReference?: boolean;
}

interface TemplateIndex {
  /** Template references to names no template variable declares: the script's top-level bindings. */
  readonly free: ReadonlyMap<string, readonly VReference[]>;
  /** Names `v-for`, `v-slot` and `slot-scope` declare inside the template. */
  readonly localNames: ReadonlySet<string>;
  /** Bindings the compiler resolves from tags: `<http-client>` renders a setup binding `httpClient`. */
  readonly resolvedNames: ReadonlySet<string>;
}

const indexes = new WeakMap<object, TemplateIndex | null>();

/** The template of a `<script setup>` component whose top-level bindings live in `scope`, if there is one. */
function templateSeeing(scope: Scope): TemplateIndex | undefined {
  let global = scope;
  while (global.upper) global = global.upper;
  const isTopLevel = scope === global || (scope.upper === global && scope.type === 'module');
  if (!isTopLevel) return undefined;
  const program = global.block as unknown as { templateBody?: VNode };
  let index = indexes.get(program);
  if (index === undefined) {
    const { templateBody } = program;
    index = templateBody && hasScriptSetup(templateBody.parent) ? indexTemplate(templateBody) : null;
    indexes.set(program, index);
  }
  return index ?? undefined;
}

function hasScriptSetup(fragment: VNode | undefined): boolean {
  return fragment !== undefined && topLevelElements(fragment).some((e) => e.name === 'script' && isSetup(e));
}

const isSetup = (script: VNode) => attributeValue(script, 'setup') !== undefined;

function attributesOf(element: VNode): VNode[] {
  return ((element.startTag as VNode | undefined)?.attributes ?? []) as VNode[];
}

// Keys that point back up the tree or hold tokens; references and variables are read where they are declared.
const SKIPPED_KEYS = new Set(['parent', 'tokens', 'comments', 'errors', 'references', 'variables']);

function indexTemplate(root: VNode): TemplateIndex {
  const free = new Map<string, VReference[]>();
  const localNames = new Set<string>();
  const resolvedNames = new Set<string>();
  const visit = (node: VNode) => {
    if (node.type === 'VExpressionContainer') {
      for (const reference of node.references as VReference[]) {
        if (reference.variable) continue;
        const uses = free.get(reference.id.name);
        if (uses) uses.push(reference);
        else free.set(reference.id.name, [reference]);
      }
    } else if (node.type === 'VElement') {
      for (const variable of node.variables as { id: TSESTree.Identifier }[]) localNames.add(variable.id.name);
      if (node !== root) for (const name of componentNames(node.rawName as string)) resolvedNames.add(name);
    }
    for (const [key, value] of Object.entries(node)) {
      if (SKIPPED_KEYS.has(key)) continue;
      for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) visit(child);
    }
  };
  visit(root);
  return { free, localNames, resolvedNames };
}

const isNode = (value: unknown): value is VNode =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

const camelize = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const capitalize = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** The setup bindings a tag may resolve to, in the order Vue's compiler tries them. */
const componentNames = (tag: string) => [tag, camelize(tag), capitalize(camelize(tag))];

/** A template use shaped as a scope reference from the binding's own scope, so every use is read alike. */
function asReference(reference: VReference, variable: Variable): Reference {
  const read = reference.mode !== 'w';
  const write = reference.mode !== 'r';
  return {
    identifier: reference.id,
    from: variable.scope,
    resolved: variable,
    init: false,
    writeExpr: null,
    isTypeReference: reference.isTypeReference === true,
    isValueReference: reference.isTypeReference !== true,
    isRead: () => read,
    isWrite: () => write,
    isReadOnly: () => read && !write,
    isWriteOnly: () => write && !read,
    isReadWrite: () => read && write,
  } as unknown as Reference;
}

/** The template's uses of a top-level script binding of a `<script setup>` component. */
export function templateReferencesOf(variable: Variable): Reference[] {
  const template = templateSeeing(variable.scope);
  return (template?.free.get(variable.name) ?? []).map((reference) => asReference(reference, variable));
}

/**
 * Why the template uses of `variable` can only keep its name, or undefined when each can be renamed in place:
 * a write, a same-name shorthand (`:axios`, whose attribute name is the binding's name), or a tag the compiler
 * resolves to the binding.
 */
export function templatePin(variable: Variable): Reason | undefined {
  const template = templateSeeing(variable.scope);
  if (!template) return undefined;
  const { name } = variable;
  if (template.resolvedNames.has(name)) return reason('templateComponent', { name });
  for (const reference of template.free.get(name) ?? []) {
    if (reference.mode !== 'r') return reason('templateAssigns', { name });
    const container = reference.id.parent as unknown as VNode;
    const key = container.parent?.key as VNode | undefined;
    const inKey = key !== undefined && key.range[0] <= reference.id.range[0] && reference.id.range[1] <= key.range[1];
    if (inKey) return reason('templateShorthand', { name });
  }
  return undefined;
}

/** Whether a request replacing these bindings may name them `name`: one with a {@link templatePin} keeps its own. */
export function keepsTemplateNames(name: string, replaced: readonly Variable[]): boolean {
  return replaced.every((variable) => variable.name === name || templatePin(variable) === undefined);
}

/**
 * Whether a binding named `name` declared in `scope` would change what the template means: a template variable
 * of that name would shadow it, or a template use of that name (a prop, an instance property, a global
 * component) that refers to none of the replaced bindings would start referring to it.
 */
export function templateCaptures(name: string, scope: Scope, replaced: ReadonlySet<Variable>): boolean {
  const template = templateSeeing(scope);
  if (!template) return false;
  if (template.localNames.has(name) || template.resolvedNames.has(name)) return true;
  if (!template.free.has(name)) return false;
  const existing = scope.set.get(name);
  return !existing || !replaced.has(existing);
}

/**
 * Why no top-level binding of this file can be renamed: a `<script setup>` component whose template
 * vue-eslint-parser did not read (`<template lang="pug">`, `<template src="./view.html">`), or a `.vue` file that
 * another parser read script-only (oxlint does), so its uses are unknown.
 */
export function unreadTemplate(sourceCode: Readonly<TSESLint.SourceCode>, filename: string): Reason | undefined {
  const fragment = documentOf(sourceCode);
  if (!fragment) {
    return filename.endsWith('.vue') ? reason('templateWithoutParser') : undefined;
  }
  if (!hasScriptSetup(fragment)) return undefined;
  const template = topLevelElements(fragment).find((element) => element.name === 'template');
  if (!template) return undefined;
  const src = attributeValue(template, 'src');
  if (src !== undefined) return reason('templateSrc', { src });
  if ((sourceCode.ast as { templateBody?: unknown }).templateBody) return undefined;
  const lang = attributeValue(template, 'lang');
  return reason('templateLang', { lang: String(lang) });
}

function attributeValue(element: VNode, name: string): string | undefined {
  const attribute = attributesOf(element).find((a) => !a.directive && (a.key as { name?: unknown }).name === name);
  return attribute && ((attribute.value as { value?: string } | null)?.value ?? '');
}

/**
 * Why the edits cannot be applied, if they leave a `<script setup>` blank: Vue ignores an empty block, which
 * would silently turn the component into an Options API one whose template no longer sees the script's bindings.
 */
export function blankScriptSetup(
  sourceCode: Readonly<TSESLint.SourceCode>,
  edits: readonly Edit[],
): Reason | undefined {
  const content = scriptSetupContent(sourceCode);
  if (!content) return undefined;
  const [start, end] = content;
  const inside = edits.filter((e) => start <= e.range[0] && e.range[1] <= end).sort((a, b) => a.range[0] - b.range[0]);
  let fixed = '';
  let at = start;
  for (const edit of inside) {
    fixed += sourceCode.text.slice(at, edit.range[0]) + edit.text;
    at = edit.range[1];
  }
  fixed += sourceCode.text.slice(at, end);
  return inside.length > 0 && fixed.trim() === '' ? reason('blankScriptSetup') : undefined;
}

/** Whether a node is in a Vue `<script setup>`: a merged declaration goes there, so that the block keeps it. */
export function inScriptSetup(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const content = scriptSetupContent(sourceCode);
  return content !== undefined && content[0] <= node.range[0] && node.range[1] <= content[1];
}

function scriptSetupContent(sourceCode: Readonly<TSESLint.SourceCode>): readonly [number, number] | undefined {
  const fragment = documentOf(sourceCode);
  const setup = fragment && topLevelElements(fragment).find((e) => e.name === 'script' && isSetup(e));
  const endTag = setup?.endTag as VNode | null | undefined;
  return setup && endTag ? [(setup.startTag as VNode).range[1], endTag.range[0]] : undefined;
}

function documentOf(sourceCode: Readonly<TSESLint.SourceCode>): VNode | undefined {
  const services = sourceCode.parserServices as { getDocumentFragment?: () => VNode | null } | undefined;
  return services?.getDocumentFragment?.() ?? undefined;
}

function topLevelElements(fragment: VNode): VNode[] {
  return (fragment.children as VNode[]).filter((child) => child.type === 'VElement');
}
