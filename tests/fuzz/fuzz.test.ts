import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkProgram, fuzz } from './fuzz-fixes.js';

describe('fuzzing the rules and their fixes', () => {
  it('passes a short seeded run (the same programs every time)', () => {
    const { checked, failures } = fuzz({ seed: 20261126, runs: Number(process.env.FUZZ_RUNS ?? 300) });
    expect(failures.map((f) => `[${f.parser}] ${f.failure}\n${f.code}`)).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  }, 120_000);

  // Programs that once failed (written by `npm run fuzz`) must keep passing.
  const regressions = new URL('regressions/', import.meta.url);
  const cases = readdirSync(regressions).filter((file) => file.endsWith('.json'));
  if (cases.length > 0) {
    it.each(cases)('replays recorded failure %s', (file) => {
      const { code, parser, commonJs } = JSON.parse(readFileSync(new URL(file, regressions), 'utf8'));
      expect(checkProgram(code, parser, commonJs)).toBeUndefined();
    });
  }
});
