import path from 'node:path';
import { satisfies, subset, validRange } from 'semver';
import { type Reason, reason } from '../fixes/reasons.js';
import { readFact } from '../project/file-facts.js';
import { nearestPackageManifest, parseManifest } from '../project/manifests.js';

/** The version of a package installed for a folder: the first `node_modules/<name>` above it (links followed). */
export function installedVersion(folder: string, name: string): string | undefined {
  for (let current = folder; ; current = path.dirname(current)) {
    const fact = readFact(path.join(current, 'node_modules', name, 'package.json'), parseManifest);
    if (fact && 'value' in fact && fact.value.version !== undefined) return fact.value.version;
    if (current === path.dirname(current)) return undefined;
  }
}

/**
 * Whether the banned package a file loads is a version the mapping is a drop-in for (`versions`): the installed
 * version must satisfy the range; without one, every version the nearest manifest's range allows must. A
 * declaration that names no version (`workspace:`, `catalog:`, `link:`, an `npm:` alias) counts only installed.
 */
export function versionReason(
  file: string,
  module: string,
  range: string,
  note: string | undefined,
): Reason | undefined {
  const folder = path.dirname(file);
  const outside = (version: string) =>
    reason('versionOutsideRange', { bannedModule: module, version, range, note: note ? `: ${note}` : '' });
  const installed = installedVersion(folder, module);
  if (installed !== undefined)
    return satisfies(installed, range, { includePrerelease: true }) ? undefined : outside(installed);
  const nearest = nearestPackageManifest(folder);
  const declared = nearest && 'manifest' in nearest ? nearest.manifest.declared.get(module)?.range : undefined;
  if (declared !== undefined && validRange(declared) !== null)
    return subset(declared, range, { includePrerelease: true }) ? undefined : outside(`declared as '${declared}'`);
  const looked =
    declared === undefined
      ? 'no node_modules above the file holds it, and its package.json declares no range'
      : `not installed, and declared as '${declared}', which names no version`;
  return reason('versionUnknown', { bannedModule: module, looked, range });
}
