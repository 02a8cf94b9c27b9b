import path from 'node:path';

/** One diagnostic of the type-checker, as tsc prints it. */
export interface TypeError {
  /** Absolute; undefined for an error about the configuration itself. */
  readonly file: string | undefined;
  readonly line: number;
  readonly code: string;
  /** The message, with its indented continuation lines. */
  readonly message: string;
}

// `src/a.ts(3,7): error TS2339: …` (--pretty false) and `src/a.ts:3:7 - error TS2339: …` (pretty, colours removed).
const LOCATED = /^(.+?)(?:\((\d+),\d+\):|:(\d+):\d+ -) error (TS\d+): (.*)$/;
const GLOBAL = /^error (TS\d+): (.*)$/;
const COLOURS = /\u001b\[[0-9;]*m/g;

/** The errors in a type-checker's output; file paths are resolved against the folder it ran in. */
export function parseTypeErrors(output: string, cwd: string): TypeError[] {
  const errors: { file: string | undefined; line: number; code: string; message: string }[] = [];
  for (const line of output.replace(COLOURS, '').split(/\r?\n/)) {
    const located = LOCATED.exec(line);
    const global = located ? undefined : GLOBAL.exec(line);
    if (located) {
      const [, file, parenLine, prettyLine, code, message] = located;
      errors.push({
        file: path.resolve(cwd, file!),
        line: Number(parenLine ?? prettyLine),
        code: code!,
        message: message!,
      });
    } else if (global) {
      errors.push({ file: undefined, line: 0, code: global[1]!, message: global[2]! });
    } else if (/^\s+\S/.test(line) && errors.length > 0 && !/^[\s~]+$/.test(line)) {
      // An indented line continues the message (pretty output's squiggles do not).
      errors.at(-1)!.message += `\n${line.trim()}`;
    }
  }
  return errors;
}

/** What identifies an error across edits that move lines: its file, code and message. */
const keyOf = (error: TypeError) => `${error.file ?? ''}\0${error.code}\0${error.message}`;

/** The errors of `after` that `before` does not have, as many times as they are new (a multiset difference). */
export function newErrors(before: readonly TypeError[], after: readonly TypeError[]): TypeError[] {
  const remaining = new Map<string, number>();
  for (const error of before) remaining.set(keyOf(error), (remaining.get(keyOf(error)) ?? 0) + 1);
  return after.filter((error) => {
    const left = remaining.get(keyOf(error)) ?? 0;
    if (left === 0) return true;
    remaining.set(keyOf(error), left - 1);
    return false;
  });
}

/** How an error reads in a summary: `services/a.ts:3 TS2339 Property 'x' does not exist on type 'Y'.` */
export const describeTypeError = (error: TypeError, root: string): string =>
  `${error.file ? `${path.relative(root, error.file).split(path.sep).join('/')}:${error.line} ` : ''}${error.code} ${error.message}`;
