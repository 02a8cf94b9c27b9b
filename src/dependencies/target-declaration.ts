import { type PathRoot, rootRelative } from '../config/paths.js';
import { type Target, targetPackage } from '../config/target.js';
import { type Reason, reason } from '../fixes/reasons.js';
import { manifestIn } from '../project/manifests.js';
import { workspaceAbove, workspacePackages } from '../project/workspaces.js';

/** How a manifest declares a `module` target's package: its name and the range to write, or why it cannot. */
export type TargetDeclaration =
  { readonly name: string; readonly range: string } | { readonly name: string; readonly reason: Reason };

/** Package managers whose manifests accept `workspace:` ranges (npm and yarn 1 reject them). */
const WORKSPACE_PROTOCOL = new Set(['pnpm', 'yarn-berry', 'bun']);

/**
 * The range a manifest in `folder` declares the target's package at: a package of the same workspace by the
 * `workspace:` protocol where the package manager takes it, else by its own version; any other package at the
 * target's `version`. Undefined for a `file` target, which no manifest declares.
 */
export function targetDeclaration(target: Target, folder: string, root: PathRoot): TargetDeclaration | undefined {
  const name = targetPackage(target);
  if (name === undefined) return undefined;
  const found = workspaceAbove(folder);
  if (found && 'unreadable' in found)
    return {
      name,
      reason: reason('unreadableFile', {
        file: rootRelative(root, found.unreadable.file),
        problem: found.unreadable.problem,
      }),
    };
  const local = found && workspacePackages(found.workspace).get(name);
  if (found && local !== undefined) {
    if (WORKSPACE_PROTOCOL.has(found.workspace.packageManager)) return { name, range: 'workspace:^' };
    const manifest = manifestIn(local);
    const version = manifest && 'value' in manifest ? manifest.value.version : undefined;
    return { name, range: version ? `^${version}` : '*' };
  }
  return target.version
    ? { name, range: target.version }
    : { name, reason: reason('noTargetVersion', { package: name }) };
}
