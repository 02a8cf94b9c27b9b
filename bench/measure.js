// What every benchmark run measures: a process's wall-clock time and peak memory, and ESLint's own rule times.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const peakMemory = fileURLToPath(new URL('peak-memory.cjs', import.meta.url));

/** Runs Node with `args` in `cwd`: wall-clock seconds, peak resident memory (MB) and the output. */
export function measure(args, cwd, env = {}) {
  const memoryFile = path.join(os.tmpdir(), `bench-rss-${process.pid}-${Date.now()}`);
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', peakMemory, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, ...env, BENCH_PEAK_MEMORY_FILE: memoryFile },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  const peakMb = Number(readFileSync(memoryFile, 'utf8')) / 1024;
  rmSync(memoryFile, { force: true });
  return { seconds, peakMb, stdout: result.stdout, stderr: result.stderr };
}

/** ESLint's TIMING table: rule -> milliseconds. */
export function ruleTimes(stdout) {
  const times = {};
  for (const line of stdout.split('\n')) {
    const match = /^(\S+)\s*\|\s*([\d.]+)\s*\|/.exec(line);
    if (match && match[1] !== 'Rule') times[match[1]] = Number(match[2]);
  }
  return times;
}

const ourRules = (times) => Object.keys(times).filter((rule) => rule.startsWith('standard-clients/'));

/** The summed time of this plugin's rules in a TIMING table. */
export const oursMsOf = (times) => ourRules(times).reduce((total, rule) => total + times[rule], 0);

export const fmt = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

/** The middle value (the mean of the two middle ones for an even count). */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
