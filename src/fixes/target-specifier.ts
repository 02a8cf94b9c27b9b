import path from 'node:path';
import type { Target } from '../config/target.js';
import { type Reason, reason } from './reasons.js';

const SCRIPT_EXTENSION = /\.([cm]?)([jt]sx?)$/;

/**
 * The specifier a fixed file should use for the target: the module as configured, or a relative path
 * (POSIX separators, `./` prefix) from the linted file to the target file, with the extension policy applied.
 */
export function targetSpecifier(target: Target, cwd: string, filename: string): string {
  if (target.module !== undefined) return target.module;
  const absolute = path.resolve(cwd, target.file);
  let relative = path
    .relative(path.dirname(path.resolve(cwd, filename)), absolute)
    .split(path.sep)
    .join('/');
  if (!relative.startsWith('../')) relative = `./${relative}`;
  return applyExtensionPolicy(relative, target.extension ?? 'none');
}

function applyExtensionPolicy(specifier: string, policy: NonNullable<Target['extension']>): string {
  const match = SCRIPT_EXTENSION.exec(specifier);
  if (!match || policy === 'keep') return specifier;
  const stem = specifier.slice(0, match.index);
  // NodeNext resolves the emitted file: .ts -> .js, .mts -> .mjs, .cts -> .cjs, .tsx -> .js
  return policy === 'js' ? `${stem}.${match[1]}js` : stem;
}

/**
 * Why a JavaScript file (by its name on disk) cannot load the target file as the `js` policy writes it: the
 * `.js` twin of a TypeScript source exists only once the source is compiled (NodeNext), and plain JavaScript is
 * not compiled with it. Bundler resolution ('none') resolves the source itself; 'keep' writes the real name,
 * which the project's TypeScript files load the same way (a bundler or a runtime that strips types).
 */
export function uncompiledTargetReason(target: Target, specifier: string, filename: string): Reason | undefined {
  if (target.file === undefined || target.extension !== 'js') return undefined;
  if (!/\.[cm]?jsx?$/.test(filename) || !/\.[cm]?tsx?$/.test(target.file)) return undefined;
  return reason('uncompiledTarget', { target: specifier });
}

/** Whether an existing specifier in the file already points at the target (same module, or same file). */
export function isSameTarget(
  specifier: string,
  target: Target,
  expected: string,
  cwd: string,
  filename: string,
): boolean {
  if (specifier === expected) return true;
  if (target.file === undefined || !specifier.startsWith('.')) return false;
  const stem = (file: string) => file.replace(SCRIPT_EXTENSION, '');
  const resolved = path.resolve(path.dirname(path.resolve(cwd, filename)), specifier);
  return stem(resolved) === stem(path.resolve(cwd, target.file));
}
