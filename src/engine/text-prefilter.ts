// Nearly every file names no banned module or API: a rule that can tell from the text alone registers no
// listener. Each search costs about one pass over the text (inside ESLint, `String#includes` per string measured
// several times faster than one alternation regular expression: `npm run bench`), so a file that names nothing
// should be proven so with as few searches as possible.

/** Shorter shared parts would match ordinary words too often to save anything. */
const MIN_GATE_LENGTH = 4;

interface Gate {
  /** A part every one of the names contains: where it is absent, none of them can be. */
  readonly gate: string;
  readonly names: readonly string[];
}

/** The substrings of a name that could gate it, longest first. */
function partsOf(name: string): string[] {
  const parts = [];
  for (let length = name.length; length >= MIN_GATE_LENGTH; length--)
    for (let start = 0; start + length <= name.length; start++) parts.push(name.slice(start, start + length));
  return parts;
}

/**
 * Groups the names under the shared parts that cover most of them (`redis` and `tedis` under `edis`), so that
 * a text naming none of them costs one search per group. A name that contains another needs no search of its own.
 */
export function textGates(names: readonly string[]): Gate[] {
  let rest = names.filter((name) => !names.some((other) => other !== name && name.includes(other)));
  const gates: Gate[] = [];
  while (rest.length > 0) {
    let best: Gate = { gate: rest[0]!, names: [rest[0]!] };
    for (const part of new Set(rest.flatMap(partsOf))) {
      const covered = rest.filter((name) => name.includes(part));
      if (covered.length > best.names.length) best = { gate: part, names: covered };
    }
    gates.push(best);
    rest = rest.filter((name) => !best.names.includes(name));
  }
  return gates;
}

/** What can follow a module's name in its specifier: the closing quote, or the `/` of a subpath. */
const SPECIFIER_ENDS = new Set(["'", '"', '`', '/']);
/** What opens a static specifier: a string or a template literal, with no escape (those are checked apart). */
const QUOTES = new Set(["'", '"', '`']);

/**
 * Whether the text may hold a specifier of one of the modules (escapes aside): a quote, the module's name, then a
 * closing quote or a subpath's `/`, as in `'axios'` or `"redis/dist/index.js"`. Look-alikes (`'axios-hooks'`,
 * `'redis-lock'`) name a module without being its specifier. Only the occurrences of each gate are examined, and
 * most are dismissed by the one character after them (`fetch(`, `http:`), so a text that names none of the modules
 * costs about one search per gate.
 */
export function specifierFilter(modules: readonly string[]): (text: string) => boolean {
  const gates = textGates(modules).map(({ gate }) => {
    // Each module whose name holds the gate, at each place it does (`jest-mock-axios` holds `axios` at 10).
    const holders = modules.flatMap((name) =>
      offsetsOf(name, gate).map((offset) => ({
        before: name.slice(0, offset),
        after: name.slice(offset + gate.length),
      })),
    );
    // What may follow the gate in a specifier: the end of a name that ends with it, else the rest of the name.
    const next = new Set(holders.flatMap(({ after }) => (after === '' ? [...SPECIFIER_ENDS] : [after[0]!])));
    return { gate, holders, next };
  });
  return (text) => {
    for (const { gate, holders, next } of gates) {
      for (let at = text.indexOf(gate); at !== -1; at = text.indexOf(gate, at + 1)) {
        const end = at + gate.length;
        if (!next.has(text[end]!)) continue;
        for (const { before, after } of holders) {
          const start = at - before.length;
          if (
            start > 0 &&
            QUOTES.has(text[start - 1]!) &&
            SPECIFIER_ENDS.has(text[end + after.length]!) &&
            text.startsWith(before, start) &&
            text.startsWith(after, end)
          )
            return true;
        }
      }
    }
    return false;
  };
}

function offsetsOf(name: string, part: string): number[] {
  const offsets = [];
  for (let at = name.indexOf(part); at !== -1; at = name.indexOf(part, at + 1)) offsets.push(at);
  return offsets;
}

// Every rule asks about the same text in turn; remembering the last answer saves a search per rule and file.
let lastText: string | undefined;
let lastHasEscapes = false;

/** What follows a backslash that spells a character: `\x61`, `\u0061`, `\u{61}`, or a line continuation. */
const SPELLING_ESCAPES = new Set(['x', 'u', '\n', '\r']);

/** One pass over the backslashes of the text; an escaped backslash (`\\x`) escapes nothing after it. */
function hasSpellingEscape(text: string): boolean {
  for (let at = text.indexOf('\\'); at !== -1; at = text.indexOf('\\', at + 2))
    if (SPELLING_ESCAPES.has(text[at + 1]!)) return true;
  return false;
}

/**
 * Whether the text has an escape or a line continuation that could spell a name without writing it
 * (`'\x61xios'`, `\u0066etch`).
 */
export function mayHaveEscapes(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastHasEscapes = hasSpellingEscape(text);
  }
  return lastHasEscapes;
}

const filtersByKey = new WeakMap<object, Map<string, (text: string) => boolean>>();

/**
 * Whether a text may load one of the modules a rule's options name (a specifier of one, or an escape that could
 * spell one): the first thing a rule asks of a file, before it reads settings or compiles anything. The filter is
 * made once per `key`, a value inside the options that stays the same object from file to file (ESLint hands each
 * file fresh options, but the arrays in them are the configured ones), and per `variant` of the other options
 * that change the names.
 */
export function mayLoadFrom(key: object, variant: string, names: () => readonly string[]): (text: string) => boolean {
  let variants = filtersByKey.get(key);
  if (!variants) filtersByKey.set(key, (variants = new Map()));
  let filter = variants.get(variant);
  if (!filter) {
    const quotes = specifierFilter(names());
    variants.set(variant, (filter = (text) => quotes(text) || mayHaveEscapes(text)));
  }
  return filter;
}
