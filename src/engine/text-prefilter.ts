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

/** Whether the text may contain one of the names (escapes aside: see `mayHaveEscapes`). */
export function textFilter(names: readonly string[]): (text: string) => boolean {
  const gates = textGates(names);
  return (text) =>
    gates.some(
      ({ gate, names: gated }) =>
        text.includes(gate) && (gated.length === 1 || gated.some((name) => text.includes(name))),
    );
}

// Every rule asks about the same text in turn; remembering the last answer saves two searches per rule and file.
let lastText: string | undefined;
let lastHasEscapes = false;

/** Whether the text has an escape that could spell a name without writing it (`'\x61xios'`, `\u0066etch`). */
export function mayHaveEscapes(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastHasEscapes = text.includes('\\x') || text.includes('\\u');
  }
  return lastHasEscapes;
}
