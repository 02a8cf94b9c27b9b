import type { ESLint, Rule } from 'eslint';
import { notFixedMessageId } from '../fixes/reasons.js';
import type { Changes } from './changes.js';
import { lint, type PassContext, type Results } from './lint-passes.js';

/** The reports that carry the move of a mocked module: the mock's own, and each load of the module it mocks. */
const MOCK_REPORTS = new Set<string>((['mockAlone', 'mockWithLoads', 'mockedLoad'] as const).map(notFixedMessageId));
/** The reports of the mock calls themselves, which the summary counts as mocks moved. */
const MOCK_CALL_REPORTS = new Set<string>([notFixedMessageId('mockAlone'), notFixedMessageId('mockWithLoads')]);
const MOVE_SUGGESTIONS = new Set(['useTarget', 'useTargetWithMocks']);

type Fix = Rule.Fix;

/** A move of a mocked module's loads and mocks in one file, and the mock calls it moves. */
export interface MockMove {
  readonly fix: Fix;
  readonly mockCalls: number;
}

const sameFix = (a: Fix, b: Fix) => a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;

/**
 * The moves a file's reports offer. The same move rides on the load's report and on the mock's: it is one move,
 * counted once (applying both pasted the text twice).
 */
export function mockMoves(result: Pick<ESLint.LintResult, 'messages'>): MockMove[] {
  const moves: { fix: Fix; mockCalls: number }[] = [];
  for (const message of result.messages) {
    if (!message.messageId || !MOCK_REPORTS.has(message.messageId)) continue;
    const suggestion = message.suggestions?.find((s) => s.messageId && MOVE_SUGGESTIONS.has(s.messageId));
    if (!suggestion) continue;
    let move = moves.find((m) => sameFix(m.fix, suggestion.fix));
    if (!move) moves.push((move = { fix: suggestion.fix, mockCalls: 0 }));
    if (MOCK_CALL_REPORTS.has(message.messageId)) move.mockCalls++;
  }
  return moves;
}

const applyFix = (text: string, { range, text: replacement }: Fix) =>
  text.slice(0, range[0]) + replacement + text.slice(range[1]);

/** Files in which a move was applied, with the mock calls moved; a module's move is taken once per file and round. */
export type MovedMocks = Map<string, number>;

/** Moves of different modules in one file may overlap: each round applies one per file, then lints those again. */
const MAX_ROUNDS = 5;

/**
 * Applies the mock moves the latest results offer, one per file and round, and lints the moved files again (with
 * fixes) until none is offered. Updates `latest` and returns the mock calls moved per file.
 */
export async function applyMockMoves(context: PassContext, latest: Results): Promise<MovedMocks> {
  const moved: MovedMocks = new Map();
  const { changes } = context;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const files = applyOneMovePerFile(changes, latest, moved);
    if (files.length === 0 || changes.inMemory) break;
    for (const [file, result] of await lint(context.linting, files, true, context.count)) {
      latest.set(file, result);
      if (result.output !== undefined) changes.write(file, result.output);
    }
  }
  return moved;
}

function applyOneMovePerFile(changes: Changes, latest: Results, moved: MovedMocks): string[] {
  const files: string[] = [];
  for (const [file, result] of latest) {
    const [move] = mockMoves(result);
    if (!move) continue;
    // The report's ranges point into the text ESLint linted (its fixed output when it fixed the file).
    changes.write(file, applyFix(result.output ?? changes.read(file), move.fix));
    moved.set(file, (moved.get(file) ?? 0) + move.mockCalls);
    files.push(file);
  }
  return files;
}
