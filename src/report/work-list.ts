import { ReportInputError } from './collect.js';
import { groupBy } from './group-by.js';
import type { ReportFinding } from './summarize.js';

/** A finding `--fix` cannot take: a suggestion to apply in the editor, or a human's work. */
export interface WorkItem {
  readonly rule: string;
  readonly module: string;
  readonly line: number;
  readonly column: number;
  readonly kind: 'suggestion' | 'manual';
  /**
   * The key of its message id `notFixed/<key>`, or `companion/<kind>` / `rawRequest` for findings no fix exists
   * for (docs/not-fixed-reasons.md); null when it has none.
   */
  readonly reason: string | null;
}

export interface WorkFile {
  readonly file: string;
  /** In the order of the file. */
  readonly items: readonly WorkItem[];
}

/** Files with work items, biggest first, and what `--limit` left out of them. */
export interface WorkFiles {
  /** The file with most findings first (ties by path): fixing it clears the most at once. */
  readonly files: readonly WorkFile[];
  /** What `--limit` left out. */
  readonly omittedFiles: number;
  readonly omittedFindings: number;
}

/** The work under one reason: what a lead hands to the person who knows how to settle that reason. */
export interface ReasonWork extends WorkFiles {
  readonly reason: string | null;
  /** Every finding under the reason, `--limit` notwithstanding. */
  readonly findings: number;
}

export interface WorkList extends WorkFiles {
  /** The same items by reason, the reason with most findings first (ties by key, findings without a key last). */
  readonly byReason: readonly ReasonWork[];
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface PlacedItem {
  readonly file: string;
  readonly item: WorkItem;
}

/** The items per file, each file in its own order, the file with most items first (ties by path). */
function workFiles(placed: readonly PlacedItem[]): WorkFiles {
  const files = [...groupBy(placed, ({ file }) => [file])].map(([file, inFile]) => ({
    file,
    items: inFile.map(({ item }) => item).sort((a, b) => a.line - b.line || a.column - b.column),
  }));
  files.sort((a, b) => b.items.length - a.items.length || byPath(a.file, b.file));
  return { files, omittedFiles: 0, omittedFindings: 0 };
}

const byFindings = (a: ReasonWork, b: ReasonWork) =>
  b.findings - a.findings ||
  Number(a.reason === null) - Number(b.reason === null) ||
  byPath(a.reason ?? '', b.reason ?? '');

/** The files of a group's findings that `--fix` leaves for a person, biggest first, and the same by reason. */
export function workListOf(findings: readonly ReportFinding[]): WorkList {
  const placed: PlacedItem[] = [];
  for (const { file, rule, module, line, column, kind, reason } of findings) {
    if (kind === 'suggestion' || kind === 'manual')
      placed.push({ file, item: { rule, module: module!, line, column, kind, reason: reason ?? null } });
  }
  const byReason = [...groupBy(placed, ({ item }) => [item.reason])]
    .map(([reason, under]) => ({ reason, findings: under.length, ...workFiles(under) }))
    .sort(byFindings);
  return { ...workFiles(placed), byReason };
}

/** The first `limit` files (all without a limit), counting what is left out. */
function limitFiles<T extends WorkFiles>(list: T, limit: number): T {
  if (list.files.length <= limit) return list;
  const omitted = list.files.slice(limit);
  return {
    ...list,
    files: list.files.slice(0, limit),
    omittedFiles: list.omittedFiles + omitted.length,
    omittedFindings: list.omittedFindings + omitted.reduce((sum, f) => sum + f.items.length, 0),
  };
}

/** A work list cut to `limit` files, and each of its reasons too. */
export function limitWorkList(list: WorkList, limit: number | undefined): WorkList {
  if (limit === undefined) return list;
  return { ...limitFiles(list, limit), byReason: list.byReason.map((work) => limitFiles(work, limit)) };
}

/** `--limit <n>`: a whole number of files, at least 1. */
export function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value.trim())) {
    throw new ReportInputError(
      `--limit takes the number of files per work list, a whole number from 1; got '${value}'`,
    );
  }
  return Number(value);
}
