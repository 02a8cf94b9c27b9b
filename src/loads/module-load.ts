import type { TSESTree } from '@typescript-eslint/utils';

/** Every syntactic way a file can load (or name) a module. */
export type LoadForm =
  /** `import d, { a } from 'x'`, `import * as ns from 'x'`, `import type …` */
  | 'import'
  /** `import 'x'` (and `import {} from 'x'`): evaluated for its side effects only */
  | 'side-effect-import'
  /** `export { a, default as b } from 'x'`, `export type { … } from 'x'` */
  | 'export-from'
  /** `export * from 'x'`, `export * as ns from 'x'` */
  | 'export-all'
  /** the global `require('x')`, in any position */
  | 'require'
  /** `require.resolve('x')` */
  | 'require-resolve'
  /** `import('x')` */
  | 'dynamic-import'
  /** TypeScript `import x = require('x')`, also `export import` and `import type` */
  | 'import-equals'
  /** TypeScript type-level `typeof import('x')` and `import('x').Name` */
  | 'import-type'
  /** `jest.mock('x')`, `vi.mock('x')` and their siblings */
  | 'mock';

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

export interface ModuleLoad {
  readonly form: LoadForm;
  /** The whole load: the declaration, the call or the type node. */
  readonly node: TSESTree.Node;
  /** The module specifier as written; reports point here. */
  readonly source: SpecifierNode;
  readonly specifier: string;
  /** True when nothing of the module survives compilation (type imports, type queries). */
  readonly typeOnly: boolean;
  readonly bindings: readonly LoadBinding[];
}
