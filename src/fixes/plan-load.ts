import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { surfaceByTypes } from '../evidence/type-proof.js';
import type { LoadIn, ModuleLoad } from '../loads/module-load.js';
import { leftmostOf, moduleExportName, outsideAssertions, staticPropertyName } from '../loads/static-values.js';
import { type CodeStyle, quoted } from './code-style.js';
import { untrackedJsxName } from './jsx-names.js';
import { type NameMapping, TARGET_DEFAULT } from './name-mapping.js';
import { type Edit, identifierOccurrence, memberAccess, memberUse, type Occurrence } from './occurrences.js';
import { type Reason, reason, unaccountedMembers, unmappedMembers, unmappedNames } from './reasons.js';
import { templatePin, templateReferencesOf, unreadTemplate } from './template-references.js';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;
type Reference = TSESLint.Scope.Reference;

/** One name the fixed file needs from the target, and every place that must use it. */
export interface NameRequest {
  readonly targetName: string;
  readonly typeOnly: boolean;
  /** Local names to try, best first: an alias the author chose, else the target name, then the old local. */
  readonly candidates: readonly string[];
  readonly occurrences: readonly Occurrence[];
  readonly replaces: readonly Variable[];
  /** References to a global that the binding takes over: a global's uses, which have no variable to replace. */
  readonly takesOver?: readonly Reference[];
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
  | { readonly kind: 'manual'; readonly reason: Reason; readonly suggestion?: Edit };

export interface PlanContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly mapping: NameMapping;
  /** The target specifier as the fixed file must write it. */
  readonly target: string;
  readonly targetLabel: string;
  readonly style: CodeStyle;
  /** A `.cts`/`.cjs` file, where ES import syntax must not be introduced. */
  readonly commonJsFile: boolean;
  /** The file on disk: a `.vue` file read without its template cannot be renamed. */
  readonly filename: string;
}

const manual = (why: Reason, suggestion?: Edit): LoadPlan => ({ kind: 'manual', reason: why, suggestion });

/** A name declared twice in one scope (which the TypeScript parser accepts) cannot be followed safely. */
const REDECLARED = reason('redeclared');

/**
 * Decides, for one load, what a provably safe rewrite is, or why there is none. Without a mapping
 * (`noMapping` says why), only the forms that never need one are planned.
 */
export function planLoad(
  load: ModuleLoad,
  context: Omit<PlanContext, 'mapping'> & { readonly mapping: NameMapping | undefined; readonly noMapping: Reason },
): LoadPlan {
  const useTarget: Edit = { range: load.source.range, text: quoted(context.target, context.style) };
  switch (load.form) {
    case 'mock':
      return manual(reason('mockAlone', { target: context.targetLabel }));
    case 'require-resolve':
      return manual(reason('resolvedPath'), useTarget);
    case 'side-effect-import':
      return manual(reason('sideEffectImport'));
    case 'export-all':
      return manual(reason('exportAll'));
  }
  const { mapping } = context;
  if (!mapping) return manual(context.noMapping);
  const unread = unreadTemplate(context.sourceCode, context.filename);
  if (unread) return manual(unread);
  // A mapping exists only for the module's own specifier, so the load names the banned module.
  const { sourceCode, filename, target } = context;
  const typed = surfaceByTypes(mapping, { sourceCode, filename, target, bannedModule: load.specifier });
  const plan = planMappedLoad(load, { ...context, mapping: typed }, useTarget);
  if (plan.kind !== 'declaration') return plan;
  const declared = context.sourceCode.getDeclaredVariables(plan.node);
  if (declared.some((v) => v.defs.length !== 1)) return manual(REDECLARED);
  const jsx = untrackedJsxName(context.sourceCode, declared);
  return jsx === undefined ? plan : manual(reason('untrackedJsx', { name: jsx }));
}

/** The forms whose bindings a mapping can describe; the other forms are judged before a mapping is looked at. */
type MappedLoad = LoadIn<'import' | 'import-equals' | 'export-from' | 'require' | 'dynamic-import' | 'import-type'>;

function planMappedLoad(load: MappedLoad, mapped: PlanContext, useTarget: Edit): LoadPlan {
  switch (load.form) {
    case 'import':
      return planImport(load.node, mapped);
    case 'import-equals':
      return planImportEquals(load.node, mapped);
    case 'export-from':
      return planExportFrom(load.node, mapped);
    case 'require':
      return planValueLoad(load.node, mapped, useTarget);
    case 'dynamic-import':
      return planDynamicImport(load.node, mapped);
    case 'import-type':
      return planImportType(load.node, mapped, useTarget);
  }
}

function planImport(declaration: TSESTree.ImportDeclaration, context: PlanContext): LoadPlan {
  const { sourceCode, mapping } = context;
  const requests: NameRequest[] = [];
  const unmapped: string[] = [];
  const declarationIsType = declaration.importKind === 'type';
  for (const specifier of declaration.specifiers) {
    const [variable] = sourceCode.getDeclaredVariables(specifier);
    if (!variable) return manual(reason('noVariable', { declaration: 'import' }));
    const local = specifier.local.name;
    const typeOnly = declarationIsType || (specifier.type === 'ImportSpecifier' && specifier.importKind === 'type');
    const imported =
      specifier.type === 'ImportDefaultSpecifier'
        ? 'default'
        : specifier.type === 'ImportSpecifier'
          ? moduleExportName(specifier.imported)
          : undefined;
    const targetName = imported === undefined ? undefined : mapping.exportFor(imported);
    if (imported !== undefined && targetName !== undefined) {
      const bound =
        imported === 'default'
          ? defaultBindingRequests(variable, mapping, typeOnly)
          : [bindingRequest(variable, targetName, typeOnly, authorAlias(imported, local))];
      if (!Array.isArray(bound)) return manual(bound);
      requests.push(...bound);
      continue;
    }
    // A namespace, or a default without mapping, may still be used only through mapped members.
    const members = memberRequests(variable, mapping, typeOnly);
    if (!Array.isArray(members)) {
      if (imported === undefined || imported === 'default') return manual(members);
      unmapped.push(imported);
    } else {
      requests.push(...members);
    }
  }
  if (unmapped.length > 0) return manual(unmappedNames(unmapped, context.targetLabel));
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
    return manual(reason('exportImport'));
  }
  if (context.commonJsFile) return manual(reason('commonJsFile'));
  const [variable] = context.sourceCode.getDeclaredVariables(declaration);
  if (!variable) return manual(reason('noVariable', { declaration: 'import' }));
  const typeOnly = declaration.importKind === 'type';
  const requests = moduleObjectRequests(variable, context.mapping, typeOnly);
  if (!Array.isArray(requests)) return manual(requests);
  return { kind: 'declaration', system: 'esm', scope: variable.scope, node: declaration, requests };
}

function planExportFrom(declaration: TSESTree.ExportNamedDeclarationWithSource, context: PlanContext): LoadPlan {
  const { mapping } = context;
  const unmapped: string[] = [];
  // Only the names and the source change: the list keeps its layout and comments.
  const edits: Edit[] = declaration.specifiers.map((specifier) => {
    const imported = moduleExportName(specifier.local);
    const exported = moduleExportName(specifier.exported);
    const targetName = mapping.exportFor(imported);
    if (targetName === undefined) unmapped.push(imported);
    const text = targetName === exported ? exported : `${targetName} as ${exported}`;
    const start =
      specifier.exportKind === 'type' && declaration.exportKind !== 'type'
        ? specifier.local.range[0]
        : specifier.range[0];
    return { range: [start, specifier.range[1]], text };
  });
  if (unmapped.length > 0) return manual(unmappedNames(unmapped, context.targetLabel));
  edits.push({ range: declaration.source.range, text: quoted(context.target, context.style) });
  return { kind: 'in-place', edits };
}

/** `require('x')` and the value of `await import('x')`: judged by where the value goes. */
function planValueLoad(call: TSESTree.CallExpression, context: PlanContext, useTarget: Edit): LoadPlan {
  const { parent } = call;
  const { mapping, sourceCode } = context;
  if (parent.type === 'ExpressionStatement') {
    return manual(reason('bareRequire'));
  }
  if (parent.type === 'VariableDeclarator' && parent.init === call) {
    if (parent.id.type === 'Identifier' && !mapping.hasDefault) return planModuleObject(parent, context, useTarget);
    return planDestructuring(parent, context, 'cjs', (variable) => moduleObjectRequests(variable, mapping, false));
  }
  if (parent.type === 'MemberExpression' && parent.object === call && !parent.optional) {
    return planRequireMember(call, parent, context, useTarget);
  }
  if (!mapping.hasDefault) return manual(reason('valueWithoutDefault'));
  // What require() returns is the default mapping's export.
  const callee = sourceCode.getText(call.callee);
  const text = `${callee}(${quoted(context.target, context.style)}).${mapping.exportFor('default')}`;
  return { kind: 'in-place', edits: [{ range: call.range, text }] };
}

/** `require('x').member`: a mapped member, the default's member, or a member of the default's surface. */
function planRequireMember(
  call: TSESTree.CallExpression,
  access: TSESTree.MemberExpression,
  context: PlanContext,
  useTarget: Edit,
): LoadPlan {
  const { mapping } = context;
  const member = staticPropertyName(access);
  const defaultName = mapping.exportFor('default');
  const rewriteUpTo = (node: TSESTree.Node, targetName: string): LoadPlan => {
    const property = access.computed ? `[${quoted(targetName, context.style)}]` : `.${targetName}`;
    return { kind: 'in-place', edits: [useTarget, { range: [call.range[1], node.range[1]], text: property }] };
  };
  if (member === 'default' && defaultName !== undefined) {
    const use = judgeDefaultUse(access, context.sourceCode.getScope(access), mapping);
    if (use.kind === 'unaccounted') {
      return manual(unaccountedMembers([use.member], context.sourceCode.getText(access), defaultName));
    }
    return use.kind === 'export' ? rewriteUpTo(use.node, use.targetName) : rewriteUpTo(access, defaultName);
  }
  const targetName = member === undefined ? undefined : mapping.memberFor(member);
  if (targetName !== undefined) return rewriteUpTo(access, targetName);
  // What require() returns is the default export, whose surface members the target's export has too.
  if (member !== undefined && defaultName !== undefined && mapping.inDefaultSurface(member)) {
    return { kind: 'in-place', edits: [useTarget, { range: [call.range[1], call.range[1]], text: `.${defaultName}` }] };
  }
  return manual(unmappedNames([member ?? '[computed]'], context.targetLabel));
}

/**
 * `const redis = require('redis')` used only through mapped members keeps the module object and renames the
 * members (`redis.createRedisClient()`): a stub installed on the module object after load (sinon) still intercepts.
 */
function planModuleObject(declarator: TSESTree.VariableDeclarator, context: PlanContext, useTarget: Edit): LoadPlan {
  const variables = context.sourceCode.getDeclaredVariables(declarator);
  const variable = variables[0];
  if (!variable) return manual(reason('noVariable', { declaration: 'declaration' }));
  if (variable.defs.length !== 1) return manual(REDECLARED);
  if (isReassigned(variable)) return manual(reason('reassigned'));
  const uses = usesOf(variable);
  if (uses.length === 0) return manual(reason('nothingUsed'));
  const edits: Edit[] = [useTarget];
  const unmapped = new Set<string>();
  for (const reference of uses) {
    const use = memberUse(reference);
    if (!use) return manual(valueUse(variable));
    const targetName = context.mapping.memberFor(use.member);
    if (targetName === undefined) unmapped.add(use.member);
    else if (targetName !== use.member) edits.push(renamedProperty(use.node, targetName, context.style));
  }
  if (unmapped.size > 0) return manual(unmappedMembers(unmapped, variable.name));
  return { kind: 'in-place', edits };
}

function renamedProperty(
  access: TSESTree.MemberExpression | TSESTree.TSQualifiedName,
  targetName: string,
  style: CodeStyle,
): Edit {
  if (access.type === 'TSQualifiedName') return { range: access.right.range, text: targetName };
  return { range: access.property.range, text: access.computed ? quoted(targetName, style) : targetName };
}

function planDynamicImport(node: TSESTree.ImportExpression, context: PlanContext): LoadPlan {
  const awaited = node.parent.type === 'AwaitExpression' ? node.parent : undefined;
  const declarator = awaited?.parent;
  if (!awaited || declarator?.type !== 'VariableDeclarator' || declarator.init !== awaited) {
    return manual(reason('dynamicImportForm'));
  }
  if (node.options) return manual(reason('importOptions'));
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
  wholeObject: (variable: Variable) => NameRequest[] | Reason,
): LoadPlan {
  const { sourceCode, mapping } = context;
  if (!isStatementLevel(declarator)) return manual(reason('notStatement'));
  const variables = sourceCode.getDeclaredVariables(declarator);
  if (variables.some(isReassigned)) return manual(reason('reassigned'));
  const { id } = declarator;
  const scope = scopeOfDeclaration(declarator, context);
  if (id.type === 'Identifier') {
    const requests = wholeObject(variables[0]!);
    return !Array.isArray(requests)
      ? manual(requests)
      : { kind: 'declaration', system, scope, node: declarator, requests };
  }
  if (id.type !== 'ObjectPattern') return manual(reason('arrayDestructuring'));
  const requests: NameRequest[] = [];
  const unmapped: string[] = [];
  for (const property of id.properties) {
    if (property.type === 'RestElement') return manual(reason('restElement'));
    const key = staticPropertyName(property);
    if (property.value.type !== 'Identifier' || key === undefined) {
      return manual(reason('nestedPattern'));
    }
    const targetName = mapping.memberFor(key);
    if (targetName === undefined) {
      unmapped.push(key);
      continue;
    }
    const local = property.value.name;
    const variable = variables.find((v) => v.name === local)!;
    const bound =
      key === 'default' && mapping.hasDefault
        ? defaultBindingRequests(variable, mapping, false)
        : [bindingRequest(variable, targetName, false, authorAlias(key, local))];
    if (!Array.isArray(bound)) return manual(bound);
    requests.push(...bound);
  }
  if (unmapped.length > 0) return manual(unmappedNames(unmapped, context.targetLabel));
  return { kind: 'declaration', system, scope, node: declarator, requests };
}

function planImportType(node: TSESTree.TSImportType, context: PlanContext, useTarget: Edit): LoadPlan {
  if (!node.qualifier) return manual(reason('wholeModuleType'));
  const leftmost = leftmostOf(node.qualifier);
  if (leftmost.type !== 'Identifier') return manual(reason('qualifiedName'));
  const targetName = context.mapping.memberFor(leftmost.name);
  if (targetName === undefined) return manual(unmappedNames([leftmost.name], context.targetLabel));
  return { kind: 'in-place', edits: [useTarget, { range: leftmost.range, text: targetName }] };
}

/** What a default/require-style binding becomes: the default export, or the mapped members it is used through. */
function moduleObjectRequests(variable: Variable, mapping: NameMapping, typeOnly: boolean): NameRequest[] | Reason {
  return mapping.hasDefault
    ? defaultBindingRequests(variable, mapping, typeOnly)
    : memberRequests(variable, mapping, typeOnly);
}

/** How one use of the banned default export (`axios`, or `ns.default`) is accounted for by the mapping. */
type DefaultUse =
  /** A value use, or a member the mapping declares part of the surface: the renamed binding serves it. */
  | { readonly kind: 'kept' }
  /** `axios.isAxiosError` that `members` maps to its own export. */
  | {
      readonly kind: 'export';
      readonly targetName: string;
      readonly node: TSESTree.Node;
      readonly occurrence: Occurrence;
    }
  | { readonly kind: 'unaccounted'; readonly member: string }
  | { readonly kind: 'asserted'; readonly member: string };

/**
 * A member read on the default export is only rewritten when the mapping accounts for it. A value use keeps
 * today's rename: the target export replaces the object as a whole, which is what the `default` mapping states.
 */
function judgeDefaultUse(object: TSESTree.Node, from: Scope, mapping: NameMapping): DefaultUse {
  const asserted = outsideAssertions(object);
  if (asserted !== object) {
    const holder = asserted.parent;
    if (holder?.type === 'MemberExpression' && holder.object === asserted)
      return { kind: 'asserted', member: staticPropertyName(holder) ?? '[computed]' };
    return { kind: 'kept' };
  }
  const { parent } = object;
  let member: string | undefined;
  if (parent?.type === 'MemberExpression' && parent.object === object)
    member = staticPropertyName(parent) ?? '[computed]';
  else if (parent?.type === 'TSQualifiedName' && parent.left === object) member = parent.right.name;
  else if (parent?.type === 'JSXMemberExpression' && parent.object === object) member = parent.property.name;
  else return { kind: 'kept' };
  const targetName = mapping.defaultMemberFor(member);
  const use = memberAccess(object, from);
  if (targetName !== undefined && use) {
    return { kind: 'export', targetName, node: use.node, occurrence: use.occurrence };
  }
  return mapping.inDefaultSurface(member) ? { kind: 'kept' } : { kind: 'unaccounted', member };
}

/** A binding of the banned default export: renamed to the `default` mapping, its mapped members imported apart. */
function defaultBindingRequests(variable: Variable, mapping: NameMapping, typeOnly: boolean): NameRequest[] | Reason {
  const defaultName = mapping.exportFor('default')!;
  const kept: Reference[] = [];
  const byTarget = new Map<string, Occurrence[]>();
  const unaccounted = new Set<string>();
  for (const reference of usesOf(variable)) {
    const use = judgeDefaultUse(reference.identifier, reference.from, mapping);
    if (use.kind === 'asserted') return reason('memberThroughAssertion', { object: variable.name, member: use.member });
    if (use.kind === 'kept') kept.push(reference);
    else if (use.kind === 'unaccounted') unaccounted.add(use.member);
    else byTarget.set(use.targetName, [...(byTarget.get(use.targetName) ?? []), use.occurrence]);
  }
  if (unaccounted.size > 0) return unaccountedMembers([...unaccounted], variable.name, defaultName);
  const members = exportRequests(byTarget, variable, typeOnly);
  // An import used only through mapped members is not needed (unless a template must keep naming it); an unused
  // one is still replaced.
  if (kept.length === 0 && members.length > 0 && templatePin(variable) === undefined) return members;
  return [bindingRequest(variable, defaultName, typeOnly, undefined, kept), ...members];
}

function bindingRequest(
  variable: Variable,
  targetName: string,
  typeOnly: boolean,
  alias: string | undefined,
  uses: readonly Reference[] = usesOf(variable),
): NameRequest {
  const occurrences = uses.map((reference) => identifierOccurrence(reference, typeOnly));
  return {
    targetName,
    typeOnly,
    candidates: alias ? [alias] : [targetName, variable.name].filter((name) => name !== TARGET_DEFAULT),
    occurrences,
    replaces: [variable],
  };
}

/** A module object used only as `object.member` with every member mapped: one request per target name. */
function memberRequests(variable: Variable, mapping: NameMapping, typeOnly: boolean): NameRequest[] | Reason {
  const pinned = templatePin(variable);
  if (pinned) return pinned;
  const byTarget = new Map<string, Occurrence[]>();
  const unmapped = new Set<string>();
  const defaultName = mapping.exportFor('default');
  for (const reference of usesOf(variable)) {
    const use = memberUse(reference);
    if (!use) return valueUse(variable);
    let targetName = mapping.memberFor(use.member);
    let { occurrence } = use;
    // `ns.default.member` is a member read on the default export.
    if (use.member === 'default' && targetName === defaultName && defaultName !== undefined) {
      const onDefault = judgeDefaultUse(use.node, reference.from, mapping);
      if (onDefault.kind === 'unaccounted')
        return unaccountedMembers([onDefault.member], `${variable.name}.default`, defaultName);
      if (onDefault.kind === 'asserted')
        return reason('memberThroughAssertion', { object: `${variable.name}.default`, member: onDefault.member });
      if (onDefault.kind === 'export') ({ targetName, occurrence } = onDefault);
    }
    if (targetName === undefined) unmapped.add(use.member);
    else byTarget.set(targetName, [...(byTarget.get(targetName) ?? []), occurrence]);
  }
  if (unmapped.size > 0) return unmappedMembers(unmapped, variable.name);
  return exportRequests(byTarget, variable, typeOnly);
}

/** One request per target export that replaces member reads of `variable`. */
function exportRequests(
  byTarget: ReadonlyMap<string, Occurrence[]>,
  variable: Variable,
  typeOnly: boolean,
): NameRequest[] {
  return [...byTarget].map(([targetName, occurrences]) => ({
    targetName,
    typeOnly: typeOnly || occurrences.every((o) => o.typeOnly),
    // The target's default export has no name of its own: the module object's local name stands in.
    candidates: [targetName === TARGET_DEFAULT ? variable.name : targetName],
    occurrences,
    replaces: [variable],
  }));
}

const valueUse = (variable: Variable) => reason('valueUse', { name: variable.name });

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
