import { ReportInputError } from './collect.js';
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

export interface WorkList {
  /** The file with most findings first (ties by path): fixing it clears the most at once. */
  readonly files: readonly WorkFile[];
  /** What `--limit` left out. */
  readonly omittedFiles: number;
  readonly omittedFindings: number;
}

/** The files of a group's findings that `--fix` leaves for a person, biggest first. */
export function workListOf(findings: readonly ReportFinding[]): WorkList {
  const byFile = new Map<string, WorkItem[]>();
  for (const { file, rule, module, line, column, kind, reason } of findings) {
    if (kind !== 'suggestion' && kind !== 'manual') continue;
    const item = { rule, module: module!, line, column, kind, reason: reason ?? null };
    const items = byFile.get(file);
    if (items) items.push(item);
    else byFile.set(file, [item]);
  }
  const files = [...byFile].map(([file, items]) => ({
    file,
    items: items.sort((a, b) => a.line - b.line || a.column - b.column),
  }));
  files.sort((a, b) => b.items.length - a.items.length || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, omittedFiles: 0, omittedFindings: 0 };
}

/** The first `limit` files of a work list (all without a limit), counting what is left out. */
export function limitWorkList(list: WorkList, limit: number | undefined): WorkList {
  if (limit === undefined || list.files.length <= limit) return list;
  const omitted = list.files.slice(limit);
  return {
    files: list.files.slice(0, limit),
    omittedFiles: list.omittedFiles + omitted.length,
    omittedFindings: list.omittedFindings + omitted.reduce((sum, f) => sum + f.items.length, 0),
  };
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
