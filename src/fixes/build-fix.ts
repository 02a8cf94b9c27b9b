import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ModuleLoad } from '../loads/module-load.js';
import { asSpecifierNode, specifierText } from '../loads/static-values.js';
import { type CodeStyle, endsWithSemicolon, quoted } from './code-style.js';
import { TARGET_DEFAULT } from './name-mapping.js';
import type { Edit } from './occurrences.js';
import type { DeclarationSystem, LoadPlan, NameRequest } from './plan-load.js';
import { isSafeName } from './safe-names.js';
import { haveOverlap, removeDeclarator, removeStatement } from './text-edits.js';

type Scope = TSESLint.Scope.Scope;
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
  readonly failures: ReadonlyMap<ModuleLoad, string>;
}

interface Group {
  readonly system: DeclarationSystem;
  readonly scope: Scope;
  readonly entries: { load: ModuleLoad; plan: DeclarationPlan }[];
}

/** One binding of the fixed file: a target export under its chosen local name. */
interface Binding {
  readonly targetName: string;
  readonly local: string;
  readonly typeOnly: boolean;
}

export function buildFileFix(planned: readonly { load: ModuleLoad; plan: LoadPlan }[], input: FixInput): FileFix {
  const failures = new Map<ModuleLoad, string>();
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
    if (typeof result === 'string') for (const { load } of group.entries) failures.set(load, result);
    else edits.push(...result);
  }
  if (haveOverlap(edits)) {
    for (const { load } of planned) failures.set(load, 'the rewrites of this file would overlap');
    return { edits: [], failures };
  }
  return { edits, failures };
}

function groupEdits(group: Group, input: FixInput, chosenInFile: Set<string>): Edit[] | string {
  const { sourceCode } = input;
  const entries = [...group.entries].sort((a, b) => a.plan.node.range[0] - b.plan.node.range[0]);
  const existing = group.system === 'dynamic' ? undefined : findExistingDeclaration(group, input);
  const requests = mergeByTargetName(entries.flatMap((e) => e.plan.requests));
  if (requests.length === 0) return 'nothing is used from it; remove it by hand';
  if (group.system !== 'esm' && requests.some((r) => r.typeOnly)) {
    return 'its types are used through a require()d value; rewrite by hand';
  }
  const replaced = new Set(requests.flatMap((r) => r.replaces));
  for (const binding of existing?.bindings.values() ?? []) if (binding.variable) replaced.add(binding.variable);

  const chosen = new Map<string, Binding>();
  const taken = new Set([...(existing?.bindings.values() ?? [])].map((b) => b.local));
  const edits: Edit[] = [];
  for (const request of requests) {
    const reuse = existing?.bindings.get(request.targetName);
    const candidates = reuse && (!reuse.typeOnly || request.typeOnly) ? [reuse.local] : request.candidates;
    const usedFrom = request.occurrences.map((o) => o.from);
    const local = candidates.find(
      (name) =>
        (name === reuse?.local || (!taken.has(name) && !chosenInFile.has(name))) &&
        isSafeName(name, group.scope, usedFrom, replaced, sourceCode.scopeManager!),
    );
    if (local === undefined) {
      return `'${request.targetName}' cannot be bound here without capturing or being shadowed by another name`;
    }
    taken.add(local);
    chosenInFile.add(local);
    if (local !== reuse?.local)
      chosen.set(request.targetName, { targetName: request.targetName, local, typeOnly: request.typeOnly });
    for (const occurrence of request.occurrences) edits.push(...occurrence.rewrite(local));
  }

  const added = [...chosen.values()];
  const first = entries[0]!.plan.node;
  const removeLoad = (node: TSESTree.Node) =>
    node.type === 'VariableDeclarator' ? removeDeclarator(sourceCode, node) : removeStatement(sourceCode, node);
  if (existing) {
    if (added.length > 0) edits.push(existing.insert(added));
    for (const { plan } of entries) edits.push(removeLoad(plan.node));
  } else {
    edits.push({ range: first.range, text: declarationText(group.system, first, added, input) });
    for (const { plan } of entries.slice(1)) edits.push(removeLoad(plan.node));
  }
  const { anchor } = input;
  if (group.system !== 'dynamic' && !edits.some(({ range }) => range[0] <= anchor && anchor <= range[1])) {
    edits.push({ range: [anchor, anchor], text: '' });
  }
  return edits;
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
    });
  }
  return [...merged.values()];
}

function declarationText(
  system: DeclarationSystem,
  replaced: TSESTree.Node,
  bindings: readonly Binding[],
  input: FixInput,
) {
  const target = quoted(input.target, input.style);
  if (system === 'esm') {
    const allTypes = bindings.every((b) => b.typeOnly);
    const semicolon = endsWithSemicolon(input.sourceCode, replaced) ? ';' : '';
    // The target's default export is written as a default import: `import httpClient, { a } from …`.
    const asDefault = allTypes ? undefined : bindings.find((b) => b.targetName === TARGET_DEFAULT && !b.typeOnly);
    const named = bindings.filter((b) => b !== asDefault);
    const clause = [
      ...(asDefault ? [asDefault.local] : []),
      ...(named.length > 0 ? [`{ ${esmSpecifiers(named, !allTypes)} }`] : []),
    ].join(', ');
    return `import ${allTypes ? 'type ' : ''}${clause} from ${target}${semicolon}`;
  }
  const declarator = replaced as TSESTree.VariableDeclarator;
  const init =
    system === 'cjs' ? `${input.sourceCode.getText(callee(declarator))}(${target})` : `await import(${target})`;
  return `{ ${patternProperties(bindings)} } = ${init}`;
}

function callee(declarator: TSESTree.VariableDeclarator): TSESTree.Node {
  return (declarator.init as TSESTree.CallExpression).callee;
}

function esmSpecifiers(bindings: readonly Binding[], markTypes: boolean): string {
  return bindings
    .map(
      (b) =>
        `${markTypes && b.typeOnly ? 'type ' : ''}${b.local === b.targetName ? b.local : `${b.targetName} as ${b.local}`}`,
    )
    .join(', ');
}

function patternProperties(bindings: readonly Binding[]): string {
  return bindings.map((b) => (b.local === b.targetName ? b.local : `${b.targetName}: ${b.local}`)).join(', ');
}

interface ExistingDeclaration {
  readonly bindings: ReadonlyMap<string, Binding & { variable?: TSESLint.Scope.Variable }>;
  readonly insert: (added: readonly Binding[]) => Edit;
}

/** An import (or require destructuring) of the target that the group can extend instead of adding another. */
function findExistingDeclaration(group: Group, input: FixInput): ExistingDeclaration | undefined {
  const { sourceCode } = input;
  const statements = statementsOf(group.scope.block as TSESTree.Node);
  const needsValue = group.entries.some((e) => e.plan.requests.some((r) => !r.typeOnly));
  for (const statement of statements) {
    if (group.system === 'esm' && statement.type === 'ImportDeclaration' && input.isTarget(statement.source.value)) {
      const existing = existingImport(statement, needsValue, sourceCode);
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

function existingImport(
  statement: TSESTree.ImportDeclaration,
  needsValue: boolean,
  sourceCode: Readonly<TSESLint.SourceCode>,
): ExistingDeclaration | undefined {
  const isTypeImport = statement.importKind === 'type';
  if (isTypeImport && needsValue) return undefined;
  if (statement.specifiers.some((s) => s.type === 'ImportNamespaceSpecifier') || statement.specifiers.length === 0)
    return undefined;
  const named = statement.specifiers.filter((s): s is TSESTree.ImportSpecifier => s.type === 'ImportSpecifier');
  const bindings = new Map(
    statement.specifiers.map((s) => {
      const targetName =
        s.type !== 'ImportSpecifier'
          ? TARGET_DEFAULT
          : s.imported.type === 'Identifier'
            ? s.imported.name
            : s.imported.value;
      const variable = sourceCode.getDeclaredVariables(s)[0];
      const typeOnly = isTypeImport || (s.type === 'ImportSpecifier' && s.importKind === 'type');
      return [targetName, { targetName, local: s.local.name, typeOnly, variable }] as const;
    }),
  );
  const last = named.at(-1);
  return {
    bindings,
    insert: (added) =>
      last
        ? { range: [last.range[1], last.range[1]], text: `, ${esmSpecifiers(added, !isTypeImport)}` }
        : {
            range: [statement.specifiers[0]!.range[1], statement.specifiers[0]!.range[1]],
            text: `, { ${esmSpecifiers(added, true)} }`,
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
  return {
    bindings,
    insert: (added) => ({ range: [last.range[1], last.range[1]], text: `, ${patternProperties(added)}` }),
  };
}

function statementsOf(block: TSESTree.Node): readonly TSESTree.Node[] {
  const body = 'body' in block ? block.body : undefined;
  if (Array.isArray(body)) return body as TSESTree.Node[];
  const inner = body && typeof body === 'object' && 'body' in body ? body.body : undefined;
  return Array.isArray(inner) ? (inner as TSESTree.Node[]) : [];
}
