import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { LoadBinding, LoadForm, LoadNodes, ModuleLoad } from './module-load.js';
import { isModuleRequire } from './is-global-require.js';
import { asSpecifierNode, leftmostOf, moduleExportName, specifierText, staticPropertyName } from './static-values.js';

export interface FindModuleLoadsOptions<Match> {
  /** Cheap look-up on the specifier; loads are only built (bindings, scope lookups) when it matches. */
  readonly match: (specifier: string) => Match | undefined;
  readonly includeMocks: boolean;
  readonly onLoad: (load: ModuleLoad, match: Match) => void;
  /** Called once the whole file has been visited, when given. */
  readonly onEnd?: () => void;
}

/** A load as a listener sees it: its specifier not yet read, its bindings built only if the specifier matches. */
type FoundLoad = {
  [Form in LoadForm]: {
    readonly form: Form;
    readonly node: LoadNodes[Form];
    /** The specifier argument as written; only a static string is a load. */
    readonly source: TSESTree.Node | null | undefined;
    readonly typeOnly: boolean;
    readonly bindings: () => LoadBinding[];
    /** A check too costly for every call (a scope lookup), made once the specifier matched. */
    readonly precondition?: () => boolean;
  };
}[LoadForm];

const MOCK_METHODS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['jest', new Set(['mock', 'doMock', 'unmock', 'dontMock', 'requireActual', 'requireMock', 'createMockFromModule'])],
  ['vi', new Set(['mock', 'doMock', 'unmock', 'doUnmock', 'importActual', 'importMock'])],
]);

const CALLS = 'CallExpression[callee.name="require"], CallExpression[callee.object.name="require"]';
const CALLS_WITH_MOCKS =
  'CallExpression[callee.name="require"], CallExpression[callee.object.name=/^(?:require|jest|vi)$/]';

/**
 * One visitor for every load form. The rules never look at syntax themselves: they receive
 * normalized {@link ModuleLoad} records for the specifiers they want.
 */
export function findModuleLoads<Match>(
  sourceCode: Readonly<TSESLint.SourceCode>,
  { match, includeMocks, onLoad, onEnd }: FindModuleLoadsOptions<Match>,
): TSESLint.RuleListener {
  function emit({ source: written, bindings, precondition, ...load }: FoundLoad): void {
    const source = asSpecifierNode(written);
    const specifier = source && specifierText(source);
    if (!source || specifier === undefined) return;
    const matched = match(specifier);
    if (matched === undefined || (precondition && !precondition())) return;
    onLoad({ ...load, source, specifier, bindings: bindings() }, matched);
  }

  const isGlobal = (identifier: TSESTree.Identifier) => isModuleRequire(sourceCode, identifier);

  return {
    ImportDeclaration(node) {
      const typeOnly =
        node.importKind === 'type' ||
        (node.specifiers.length > 0 &&
          node.specifiers.every((s) => s.type === 'ImportSpecifier' && s.importKind === 'type'));
      const form = node.specifiers.length === 0 ? 'side-effect-import' : 'import';
      const bindings = () => node.specifiers.map((s) => importBinding(s, node));
      emit({ form, node, source: node.source, typeOnly, bindings });
    },

    'ExportNamedDeclaration[source]'(node: TSESTree.ExportNamedDeclarationWithSource) {
      const typeOnly =
        node.exportKind === 'type' ||
        (node.specifiers.length > 0 && node.specifiers.every((s) => s.exportKind === 'type'));
      const bindings = () =>
        node.specifiers.map((s) => ({
          imported: moduleExportName(s.local),
          local: moduleExportName(s.exported),
          typeOnly: node.exportKind === 'type' || s.exportKind === 'type',
          node: s,
        }));
      emit({ form: 'export-from', node, source: node.source, typeOnly, bindings });
    },

    ExportAllDeclaration(node) {
      const typeOnly = node.exportKind === 'type';
      const bindings = () =>
        node.exported ? [{ imported: '*', local: moduleExportName(node.exported), typeOnly, node }] : [];
      emit({ form: 'export-all', node, source: node.source, typeOnly, bindings });
    },

    ImportExpression(node) {
      emit({
        form: 'dynamic-import',
        node,
        source: node.source,
        typeOnly: false,
        bindings: () => dynamicImportBindings(node),
      });
    },

    // Selectors keep the listener off the many calls that cannot load anything (ESLint matches them natively).
    [includeMocks ? CALLS_WITH_MOCKS : CALLS](node: TSESTree.CallExpression) {
      const { callee } = node;
      const [first] = node.arguments;
      if (callee.type === 'Identifier') {
        const bindings = () => valueBindings(node);
        emit({ form: 'require', node, source: first, typeOnly: false, bindings, precondition: () => isGlobal(callee) });
      } else if (callee.type === 'MemberExpression' && callee.object.type === 'Identifier') {
        const object = callee.object;
        const method = staticPropertyName(callee);
        if (method === undefined) return;
        if (object.name === 'require' && method === 'resolve') {
          const precondition = () => isGlobal(object);
          emit({ form: 'require-resolve', node, source: first, typeOnly: false, bindings: () => [], precondition });
        } else if (MOCK_METHODS.get(object.name)?.has(method)) {
          emit({ form: 'mock', node, source: first, typeOnly: false, bindings: () => [] });
        }
      }
    },

    TSImportEqualsDeclaration(node) {
      if (node.moduleReference.type !== 'TSExternalModuleReference') return;
      const typeOnly = node.importKind === 'type';
      const bindings = () => [{ imported: '*', local: node.id.name, typeOnly, node }];
      emit({ form: 'import-equals', node, source: node.moduleReference.expression, typeOnly, bindings });
    },

    TSImportType(node) {
      const imported = () => (node.qualifier ? leftmostName(node.qualifier) : '*');
      const bindings = () => [{ imported: imported(), local: null, typeOnly: true, node }];
      emit({ form: 'import-type', node, source: importTypeSource(node), typeOnly: true, bindings });
    },

    ...(onEnd && { 'Program:exit': onEnd }),
  };
}

function importBinding(specifier: TSESTree.ImportClause, declaration: TSESTree.ImportDeclaration): LoadBinding {
  const declarationIsType = declaration.importKind === 'type';
  const local = specifier.local.name;
  if (specifier.type === 'ImportSpecifier') {
    const typeOnly = declarationIsType || specifier.importKind === 'type';
    return { imported: moduleExportName(specifier.imported), local, typeOnly, node: specifier };
  }
  const imported = specifier.type === 'ImportDefaultSpecifier' ? 'default' : '*';
  return { imported, local, typeOnly: declarationIsType, node: specifier };
}

/** typescript-eslint 8.x moved the specifier from `argument` (a literal type) to `source`; read what exists. */
function importTypeSource(node: TSESTree.TSImportType): TSESTree.Node | undefined {
  if ('source' in node) return node.source;
  const legacy = (node as { argument?: TSESTree.TypeNode }).argument;
  return legacy?.type === 'TSLiteralType' ? legacy.literal : undefined;
}

function leftmostName(name: TSESTree.EntityName): string {
  const leftmost = leftmostOf(name);
  return leftmost.type === 'Identifier' ? leftmost.name : 'this';
}

/** What a value-producing load (`require(…)`, `await import(…)`) binds, judged by where the value goes. */
function valueBindings(value: TSESTree.Expression): LoadBinding[] {
  const { parent } = value;
  if (parent.type === 'ExpressionStatement') return [];
  if (parent.type === 'VariableDeclarator' && parent.init === value) return patternBindings(parent.id);
  if (parent.type === 'AssignmentExpression' && parent.right === value) return patternBindings(parent.left);
  if (parent.type === 'MemberExpression' && parent.object === value) {
    const name = staticPropertyName(parent);
    if (name !== undefined) {
      const holder = parent.parent;
      const local =
        holder.type === 'VariableDeclarator' && holder.init === parent && holder.id.type === 'Identifier'
          ? holder.id.name
          : null;
      return [{ imported: name, local, typeOnly: false, node: parent }];
    }
  }
  return [{ imported: '*', local: null, typeOnly: false, node: value }];
}

function dynamicImportBindings(node: TSESTree.ImportExpression): LoadBinding[] {
  const { parent } = node;
  if (parent.type === 'AwaitExpression') return valueBindings(parent);
  if (parent.type === 'MemberExpression' && parent.object === node && staticPropertyName(parent) === 'then') {
    const call = parent.parent;
    const callback = call.type === 'CallExpression' && call.callee === parent ? call.arguments[0] : undefined;
    if (callback && (callback.type === 'ArrowFunctionExpression' || callback.type === 'FunctionExpression')) {
      const [param] = callback.params;
      return param ? patternBindings(param) : [];
    }
  }
  return valueBindings(node);
}

function patternBindings(pattern: TSESTree.Node): LoadBinding[] {
  if (pattern.type === 'Identifier') return [{ imported: '*', local: pattern.name, typeOnly: false, node: pattern }];
  if (pattern.type !== 'ObjectPattern') return [{ imported: '*', local: null, typeOnly: false, node: pattern }];
  return pattern.properties.map((property): LoadBinding => {
    if (property.type === 'RestElement') {
      const local = property.argument.type === 'Identifier' ? property.argument.name : null;
      return { imported: '*', local, typeOnly: false, node: property };
    }
    const value = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
    return {
      imported: staticPropertyName(property) ?? '*',
      local: value.type === 'Identifier' ? value.name : null,
      typeOnly: false,
      node: property,
    };
  });
}
