import { type CodeOwners, ownersOf, readCodeOwners } from './codeowners.js';
import { ReportInputError } from './collect.js';
import type { Grouping, GroupingName } from './summarize.js';

export const GROUPINGS: readonly GroupingName[] = ['package', 'owner', 'directory'];
export const NO_OWNER = '(no owner)';
export const DEFAULT_DEPTH = 1;

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Each of a file's CODEOWNERS owners is a group; a file nobody owns counts under "(no owner)", listed last. */
export function ownerGrouping(codeOwners: CodeOwners, root: string): Grouping {
  const cache = new Map<string, readonly string[]>();
  return {
    by: 'owner',
    keysOf({ file }) {
      let owners = cache.get(file);
      if (!owners) {
        const found = ownersOf(codeOwners, root, file);
        owners = found.length > 0 ? found : [NO_OWNER];
        cache.set(file, owners);
      }
      return owners;
    },
    compare: (a, b) => Number(a === NO_OWNER) - Number(b === NO_OWNER) || byName(a, b),
  };
}

/** The first `depth` folders of a file's path; a file less deep counts under its own folder ('.' at the root). */
export function directoryGrouping(depth: number): Grouping {
  return {
    by: 'directory',
    keysOf: ({ file }) => [file.split('/').slice(0, -1).slice(0, depth).join('/') || '.'],
    compare: byName,
  };
}

export interface GroupingOptions {
  readonly groupBy?: string;
  readonly depth?: string;
  readonly codeowners?: string;
}

/** The grouping the options ask for (none for `package`, which every report has), with clear errors. */
export function groupingFor(root: string, options: GroupingOptions): Grouping | undefined {
  const groupBy = options.groupBy ?? 'package';
  if (!GROUPINGS.includes(groupBy as GroupingName))
    throw new ReportInputError(`unknown --group-by ${groupBy}; expected ${GROUPINGS.join(', ')}`);
  if (options.depth !== undefined && groupBy !== 'directory')
    throw new ReportInputError('--depth applies to --group-by directory');
  if (options.codeowners !== undefined && groupBy !== 'owner')
    throw new ReportInputError('--codeowners applies to --group-by owner');
  if (groupBy === 'owner') return ownerGrouping(readCodeOwners(root, options.codeowners), root);
  if (groupBy === 'directory') {
    const depth = options.depth ?? String(DEFAULT_DEPTH);
    if (!/^[1-9]\d*$/.test(depth))
      throw new ReportInputError(`--depth takes the number of leading folders, a whole number from 1; got '${depth}'`);
    return directoryGrouping(Number(depth));
  }
  return undefined;
}
