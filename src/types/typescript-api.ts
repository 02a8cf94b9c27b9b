import { createRequire } from 'node:module';
import type * as ts from 'typescript';

export type TypeScript = typeof ts;

/**
 * The `typescript` module of the linted project, the one its program was built with. It is loaded from the linted
 * file rather than depended on: the plugin lints without TypeScript, and a TypeScript 7 project (no JS API) must
 * not be made to install another one.
 */
export function projectTypeScript(file: string): TypeScript | undefined {
  try {
    return createRequire(file)('typescript') as TypeScript;
  } catch {
    return undefined;
  }
}
