import type { TSESTree } from '@typescript-eslint/utils';

/**
 * Every syntactic way a file can load (or name) a module, and the node that load is. Adding a form starts here:
 * the planner's `switch (load.form)` then fails to compile until it handles the new form.
 */
export interface LoadNodes {
  /** `import d, { a } from 'x'`, `import * as ns from 'x'`, `import type …` */
  readonly import: TSESTree.ImportDeclaration;
  /** `import 'x'` (and `import {} from 'x'`): evaluated for its side effects only */
  readonly 'side-effect-import': TSESTree.ImportDeclaration;
  /** `export { a, default as b } from 'x'`, `export type { … } from 'x'` */
  readonly 'export-from': TSESTree.ExportNamedDeclarationWithSource;
  /** `export * from 'x'`, `export * as ns from 'x'` */
  readonly 'export-all': TSESTree.ExportAllDeclaration;
  /** the global `require('x')`, in any position */
  readonly require: TSESTree.CallExpression;
  /** `require.resolve('x')` */
  readonly 'require-resolve': TSESTree.CallExpression;
  /** `import('x')` */
  readonly 'dynamic-import': TSESTree.ImportExpression;
  /** TypeScript `import x = require('x')`, also `export import` and `import type` */
  readonly 'import-equals': TSESTree.TSImportEqualsDeclaration;
  /** TypeScript type-level `typeof import('x')` and `import('x').Name` */
  readonly 'import-type': TSESTree.TSImportType;
  /** `jest.mock('x')`, `vi.mock('x')` and their siblings */
  readonly mock: TSESTree.CallExpression;
}

export type LoadForm = keyof LoadNodes;

/**
 * What a load takes from the module.
 * `imported` is an export name, `'default'`, or `'*'` for the whole module object
 * (a namespace import, what `require()` or `await import()` returns).
 */
export interface LoadBinding {
  readonly imported: string;
  /** The local name bound (the public name for re-exports); null when the value is used in place. */
  readonly local: string | null;
  readonly typeOnly: boolean;
  readonly node: TSESTree.Node;
}

export type SpecifierNode = TSESTree.StringLiteral | TSESTree.TemplateLiteral;

interface LoadOf<Form extends LoadForm> {
  readonly form: Form;
  /** The whole load: the declaration, the call or the type node. */
  readonly node: LoadNodes[Form];
  /** The module specifier as written; reports point here. */
  readonly source: SpecifierNode;
  readonly specifier: string;
  /** True when nothing of the module survives compilation (type imports, type queries). */
  readonly typeOnly: boolean;
  readonly bindings: readonly LoadBinding[];
}

/** One load, discriminated by `form`: checking the form narrows `node` to that form's node type. */
export type ModuleLoad = { [Form in LoadForm]: LoadOf<Form> }[LoadForm];

/** A load of the given forms. */
export type LoadIn<Forms extends LoadForm> = Extract<ModuleLoad, { form: Forms }>;
