import path from 'node:path';
import { type PathRoot, rootRelative } from '../config/paths.js';
import { type Target, targetPackage } from '../config/target.js';
import { type Reason, reason } from '../fixes/reasons.js';
import { nearestPackageManifest } from '../project/manifests.js';

/**
 * Why a `module` target cannot be written into a file: the file's package does not declare the target's package,
 * so a strict package manager (pnpm) links nothing under that name and the import would not resolve. A file with no
 * package manifest between it and the root (a loose script) may import it; the root's own manifest counts.
 */
export function undeclaredTarget(target: Target, file: string, root: PathRoot): Reason | undefined {
  const name = targetPackage(target);
  if (name === undefined) return undefined;
  const nearest = nearestPackageManifest(path.dirname(file), root.path);
  if (!nearest) return undefined;
  if ('unreadable' in nearest)
    return reason('unreadableFile', {
      file: rootRelative(root, nearest.unreadable.file),
      problem: nearest.unreadable.problem,
    });
  const { manifest } = nearest;
  if (manifest.name === name || manifest.declared.has(name)) return undefined;
  return reason('undeclaredTarget', { manifest: rootRelative(root, manifest.file), package: name });
}
