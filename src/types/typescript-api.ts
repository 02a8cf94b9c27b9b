import { createRequire } from 'node:module';
import type * as ts from 'typescript';

export type TypeScript = typeof ts;

/**
 * The `typescript` module that built the program: the linted project's, else the one installed beside the plugin
 * (where typescript-eslint found it). It is looked up rather than depended on: the plugin lints without TypeScript,
 * and a TypeScript 7 project (no JS API) must not be made to install another one.
 */
export function projectTypeScript(file: string): TypeScript | undefined {
  for (const from of [file, import.meta.url]) {
    try {
      return createRequire(from)('typescript') as TypeScript;
    } catch {
      // Not resolvable from there: try the next place.
    }
  }
  return undefined;
}
