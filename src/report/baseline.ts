import type { MigrationReport } from './summarize.js';

export interface PackageChange {
  readonly path: string;
  readonly name: string;
  readonly before: number;
  readonly after: number;
}

/** Per package, how the open findings moved since the baseline; packages that did not change are left out. */
export function compareWithBaseline(current: MigrationReport, baseline: MigrationReport): PackageChange[] {
  const before = new Map(baseline.packages.map((p) => [p.path, p]));
  const after = new Map(current.packages.map((p) => [p.path, p]));
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  return paths
    .map((p) => ({
      path: p,
      name: after.get(p)?.name ?? before.get(p)!.name,
      before: before.get(p)?.findings ?? 0,
      after: after.get(p)?.findings ?? 0,
    }))
    .filter((change) => change.before !== change.after);
}

export const increases = (changes: readonly PackageChange[]) => changes.filter((c) => c.after > c.before);
