import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ModuleLoad } from '../loads/module-load.js';
import { staticPropertyName } from '../loads/static-values.js';
import { type CodeStyle, quoted } from './code-style.js';
import { mockReasons } from './mock-migration.js';
import type { NameMapping } from './name-mapping.js';
import { type Edit, identifierOccurrence, memberUse, type Occurrence } from './occurrences.js';
import { templatePin, templateReferencesOf, unreadTemplate } from './template-references.js';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/** One name the fixed file needs from the target, and every place that must use it. */
export interface NameRequest {
  readonly targetName: string;
  readonly typeOnly: boolean;
  /** Local names to try, best first: an alias the author chose, else the target name, then the old local. */
  readonly candidates: readonly string[];
  readonly occurrences: readonly Occurrence[];
  readonly replaces: readonly Variable[];
}

/** How a load declares its bindings: an ES import, a `require()` destructuring, or an awaited `import()`. */
export type DeclarationSystem = 'esm' | 'cjs' | 'dynamic';

export type LoadPlan =
  | {
      readonly kind: 'declaration';
      readonly system: DeclarationSystem;
      readonly scope: Scope;
      /** What the new declaration replaces: the import statement or the variable declarator. */
      readonly node: TSESTree.Node;
      readonly requests: readonly NameRequest[];
    }
  | { readonly kind: 'in-place'; readonly edits: readonly Edit[] }
  | { readonly kind: 'manual'; readonly reason: string; readonly suggestion?: Edit };

export interface PlanContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly mapping: NameMapping;
  /** The target specifier as the fixed file must write it. */
  readonly target: string;
  readonly targetLabel: string;
  readonly style: CodeStyle;
  /** A `.cts`/`.cjs` file, where ES import syntax must not be introduced. */
  readonly commonJsFile: boolean;
}

const manual = (reason: string, suggestion?: Edit): LoadPlan => ({ kind: 'manual', reason, suggestion });

/** A name declared twice in one scope (which the TypeScript parser accepts) cannot be followed safely. */
const REDECLARED = 'the binding is declared more than once in its scope';

const unmappedReason = (names: readonly string[], target: string) =>
  `${names.map((n) => `'${n}'`).join(', ')} ${names.length === 1 ? 'has' : 'have'} no mapping to '${target}'`;

/**
 * Decides, for one load, what a provably safe rewrite is, or why there is none. Without a mapping
 * (`noMapping` says why), only the forms that never need one are planned.
 */
export function planLoad(
  load: ModuleLoad,
  context: Omit<PlanContext, 'mapping'> & { readonly mapping: NameMapping | undefined; readonly noMapping: string },
): LoadPlan {
  const useTarget: Edit = { range: load.source.range, text: quoted(context.target, context.style) };
  switch (load.form) {
    case 'mock':
      return manual(mockReasons.alone(context.targetLabel));
    case 'require-resolve':
      return manual('a resolved path is not a binding; resolve the target by hand', useTarget);
    case 'side-effect-import':
      return manual('a side-effect import (polyfill) has no binding to map; remove it or replace it by hand');
    case 'export-all':
      return manual("'export *' re-exports the whole module, which the mapping does not describe");
  }
  const { mapping } = context;
  if (!mapping) return manual(context.noMapping);
  const unread = unreadTemplate(context.sourceCode);
  if (unread) return manual(unread);
  const plan = planMappedLoad(load, { ...context, mapping }, useTarget);
  const redeclared =
    plan.kind === 'declaration' && context.sourceCode.getDeclaredVariables(plan.node).some((v) => v.defs.length !== 1);
  return redeclared ? manual(REDECLARED) : plan;
}

function planMappedLoad(load: ModuleLoad, mapped: PlanContext, useTarget: Edit): LoadPlan {
  switch (load.form) {
    case 'import':
      return planImport(load.node as TSESTree.ImportDeclaration, mapped);
    case 'import-equals':
      return planImportEquals(load.node as TSESTree.TSImportEqualsDeclaration, mapped);
    case 'export-from':
      return planExportFrom(load.node as TSESTree.ExportNamedDeclaration, mapped);
    case 'require':
      return planValueLoad(load.node as TSESTree.CallExpression, mapped, useTarget);
    case 'dynamic-import':
      return planDynamicImport(load.node as TSESTree.ImportExpression, mapped);
    case 'import-type':
      return planImportType(load.node as TSESTree.TSImportType, mapped, useTarget);
    default:
      return manual('this load form has no binding to map');
  }
}

function planImport(declaration: TSESTree.ImportDeclaration, context: PlanContext): LoadPlan {
  const { sourceCode, mapping } = context;
  const requests: NameRequest[] = [];
  const unmapped: string[] = [];
  const declarationIsType = declaration.importKind === 'type';
  for (const specifier of declaration.specifiers) {
    const [variable] = sourceCode.getDeclaredVariables(specifier);
    if (!variable) return manual('the import declares no variable the fix can follow');
    const local = specifier.local.name;
    const typeOnly = declarationIsType || (specifier.type === 'ImportSpecifier' && specifier.importKind === 'type');
    const imported =
      specifier.type === 'ImportDefaultSpecifier'
        ? 'default'
        : specifier.type === 'ImportSpecifier'
          ? nameOf(specifier.imported)
          : undefined;
    const targetName = imported === undefined ? undefined : mapping.exportFor(imported);
    if (imported !== undefined && targetName !== undefined) {
      requests.push(bindingRequest(variable, targetName, typeOnly, authorAlias(imported, local)));
      continue;
    }
    // A namespace, or a default without mapping, may still be used only through mapped members.
    const members = memberRequests(variable, mapping, typeOnly);
    if (typeof members === 'string') {
      if (imported === undefined || imported === 'default') return manual(members);
      unmapped.push(imported);
    } else {
      requests.push(...members);
    }
  }
  if (unmapped.length > 0) return manual(unmappedReason(unmapped, context.targetLabel));
  return {
    kind: 'declaration',
    system: 'esm',
    scope: scopeOfDeclaration(declaration, context),
    node: declaration,
    requests,
  };
}

function planImportEquals(declaration: TSESTree.TSImportEqualsDeclaration, context: PlanContext): LoadPlan {
  if (declaration.parent.type === 'ExportNamedDeclaration') {
    return manual("'export import' is part of this module's public API; change it by hand");
  }
  if (context.commonJsFile) return manual('a CommonJS TypeScript file cannot take ES import syntax');
  const [variable] = context.sourceCode.getDeclaredVariables(declaration);
  if (!variable) return manual('the import declares no variable the fix can follow');
  const typeOnly = declaration.importKind === 'type';
  const requests = moduleObjectRequests(variable, context.mapping, typeOnly);
  if (typeof requests === 'string') return manual(requests);
  return { kind: 'declaration', system: 'esm', scope: variable.scope, node: declaration, requests };
}

function planExportFrom(declaration: TSESTree.ExportNamedDeclaration, context: PlanContext): LoadPlan {
  const { mapping } = context;
  const unmapped: string[] = [];
  // Only the names and the source change: the list keeps its layout and comments.
  const edits: Edit[] = declaration.specifiers.map((specifier) => {
    const imported = nameOf(specifier.local);
    const exported = nameOf(specifier.exported);
    const targetName = mapping.exportFor(imported);
    if (targetName === undefined) unmapped.push(imported);
    const text = targetName === exported ? exported : `${targetName} as ${exported}`;
    const start =
      specifier.exportKind === 'type' && declaration.exportKind !== 'type'
        ? specifier.local.range[0]
        : specifier.range[0];
    return { range: [start, specifier.range[1]], text };
  });
  if (unmapped.length > 0) return manual(unmappedReason(unmapped, context.targetLabel));
  edits.push({ range: declaration.source!.range, text: quoted(context.target, context.style) });
  return { kind: 'in-place', edits };
}

/** `require('x')` and the value of `await import('x')`: judged by where the value goes. */
function planValueLoad(call: TSESTree.CallExpression, context: PlanContext, useTarget: Edit): LoadPlan {
  const { parent } = call;
  const { mapping, sourceCode } = context;
  if (parent.type === 'ExpressionStatement') {
    return manual('a bare require() runs the module for its side effects; remove it or replace it by hand');
  }
  if (parent.type === 'VariableDeclarator' && parent.init === call) {
    return planDestructuring(parent, context, 'cjs', (variable) => moduleObjectRequests(variable, mapping, false));
  }
  if (parent.type === 'MemberExpression' && parent.object === call && !parent.optional) {
    const member = staticPropertyName(parent);
    const targetName = member === undefined ? undefined : mapping.memberFor(member);
    if (targetName === undefined) return manual(unmappedReason([member ?? '[computed]'], context.targetLabel));
    const property = parent.computed ? `[${quoted(targetName, context.style)}]` : `.${targetName}`;
    return { kind: 'in-place', edits: [useTarget, { range: [call.range[1], parent.range[1]], text: property }] };
  }
  if (!mapping.hasDefault) return manual('the module object is used as a value, which the mapping does not describe');
  // What require() returns is the default mapping's export.
  const callee = sourceCode.getText(call.callee);
  const text = `${callee}(${quoted(context.target, context.style)}).${mapping.exportFor('default')}`;
  return { kind: 'in-place', edits: [{ range: call.range, text }] };
}

function planDynamicImport(node: TSESTree.ImportExpression, context: PlanContext): LoadPlan {
  const awaited = node.parent.type === 'AwaitExpression' ? node.parent : undefined;
  const declarator = awaited?.parent;
  if (!awaited || declarator?.type !== 'VariableDeclarator' || declarator.init !== awaited) {
    return manual('only `const … = await import()` can be followed; rewrite this import() by hand');
  }
  if (node.options) return manual('import() with options is rewritten by hand');
  // The awaited value is the namespace: its members are the exports.
  return planDestructuring(declarator, context, 'dynamic', (variable) =>
    memberRequests(variable, context.mapping, false),
  );
}

/** `const x = load` or `const { a, b: c } = load`, where load is require() or await import(). */
function planDestructuring(
  declarator: TSESTree.VariableDeclarator,
  context: PlanContext,
  system: DeclarationSystem,
  wholeObject: (variable: Variable) => NameRequest[] | string,
): LoadPlan {
  const { sourceCode, mapping } = context;
  if (!isStatementLevel(declarator)) return manual('the declaration is not a plain statement the fix can rewrite');
  const variables = sourceCode.getDeclaredVariables(declarator);
  if (variables.some(isReassigned)) return manual('the binding is reassigned later');
  const { id } = declarator;
  const scope = scopeOfDeclaration(declarator, context);
  if (id.type === 'Identifier') {
    const requests = wholeObject(variables[0]!);
    return typeof requests === 'string'
      ? manual(requests)
      : { kind: 'declaration', system, scope, node: declarator, requests };
  }
  if (id.type !== 'ObjectPattern') return manual('array destructuring is rewritten by hand');
  const requests: NameRequest[] = [];
  const unmapped: string[] = [];
  for (const property of id.properties) {
    if (property.type === 'RestElement') return manual('a rest element takes the whole module object');
    const key = staticPropertyName(property);
    if (property.value.type !== 'Identifier' || key === undefined) {
      return manual('defaults and nested patterns in the destructuring are rewritten by hand');
    }
    const targetName = mapping.memberFor(key);
    if (targetName === undefined) {
      unmapped.push(key);
      continue;
    }
    const local = property.value.name;
    const variable = variables.find((v) => v.name === local)!;
    requests.push(bindingRequest(variable, targetName, false, authorAlias(key, local)));
  }
  if (unmapped.length > 0) return manual(unmappedReason(unmapped, context.targetLabel));
  return { kind: 'declaration', system, scope, node: declarator, requests };
}

function planImportType(node: TSESTree.TSImportType, context: PlanContext, useTarget: Edit): LoadPlan {
  if (!node.qualifier) return manual("the whole module's type has no mapping; name the target's types by hand");
  let leftmost: TSESTree.EntityName = node.qualifier;
  while (leftmost.type === 'TSQualifiedName') leftmost = leftmost.left;
  if (leftmost.type !== 'Identifier') return manual('the qualified name cannot be followed');
  const targetName = context.mapping.memberFor(leftmost.name);
  if (targetName === undefined) return manual(unmappedReason([leftmost.name], context.targetLabel));
  return { kind: 'in-place', edits: [useTarget, { range: leftmost.range, text: targetName }] };
}

/** What a default/require-style binding becomes: the default export, or the mapped members it is used through. */
function moduleObjectRequests(variable: Variable, mapping: NameMapping, typeOnly: boolean): NameRequest[] | string {
  const defaultName = mapping.exportFor('default');
  if (defaultName !== undefined) return [bindingRequest(variable, defaultName, typeOnly, undefined)];
  return memberRequests(variable, mapping, typeOnly);
}

function bindingRequest(
  variable: Variable,
  targetName: string,
  typeOnly: boolean,
  alias: string | undefined,
): NameRequest {
  const occurrences = usesOf(variable).map((reference) => identifierOccurrence(reference, typeOnly));
  return {
    targetName,
    typeOnly,
    candidates: alias ? [alias] : [targetName, variable.name],
    occurrences,
    replaces: [variable],
  };
}

/** A module object used only as `object.member` with every member mapped: one request per target name. */
function memberRequests(variable: Variable, mapping: NameMapping, typeOnly: boolean): NameRequest[] | string {
  const pinned = templatePin(variable);
  if (pinned) return pinned;
  const byTarget = new Map<string, Occurrence[]>();
  const unmapped = new Set<string>();
  for (const reference of usesOf(variable)) {
    const use = memberUse(reference);
    if (!use) return `'${variable.name}' is used as a value, not only through its members`;
    const targetName = mapping.memberFor(use.member);
    if (targetName === undefined) unmapped.add(use.member);
    else byTarget.set(targetName, [...(byTarget.get(targetName) ?? []), use.occurrence]);
  }
  if (unmapped.size > 0)
    return `member ${[...unmapped].map((m) => `'${m}'`).join(', ')} of '${variable.name}' has no mapping`;
  return [...byTarget].map(([targetName, occurrences]) => ({
    targetName,
    typeOnly: typeOnly || occurrences.every((o) => o.typeOnly),
    candidates: [targetName],
    occurrences,
    replaces: [variable],
  }));
}

/** Every use of a binding, including a Vue `<script setup>` template's. */
function usesOf(variable: Variable): TSESLint.Scope.Reference[] {
  const declared = new Set(variable.identifiers);
  const inScript = variable.references.filter(
    (reference) => !declared.has(reference.identifier as TSESTree.Identifier),
  );
  return [...inScript, ...templateReferencesOf(variable)];
}

function isReassigned(variable: Variable): boolean {
  return variable.references.some((reference) => reference.isWrite() && !reference.init);
}

/** The alias to keep: one the author chose (`b as c`, `{ b: c }`), never the name a default happened to get. */
function authorAlias(imported: string, local: string): string | undefined {
  return imported === 'default' || imported === local ? undefined : local;
}

const STATEMENT_CONTAINERS = new Set(['Program', 'BlockStatement', 'StaticBlock', 'SwitchCase', 'TSModuleBlock']);

function isStatementLevel(declarator: TSESTree.VariableDeclarator): boolean {
  return STATEMENT_CONTAINERS.has(declarator.parent.parent?.type ?? '');
}

function scopeOfDeclaration(node: TSESTree.Node, { sourceCode }: PlanContext): Scope {
  const [variable] = sourceCode.getDeclaredVariables(node);
  return variable?.scope ?? sourceCode.getScope(node);
}

function nameOf(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === 'Identifier' ? node.name : node.value;
}
