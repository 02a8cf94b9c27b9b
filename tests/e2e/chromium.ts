// Headless Chromium for the tests that look at a rendered page: Debian's package, never installed by a test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const CHROMIUM_MISSING = `${CHROMIUM} is missing (Debian: apt-get install chromium)`;

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Screenshot pixels then match the page's CSS pixels.
  '--force-device-scale-factor=1',
];

/** Opens a local page at a fixed window size; `extra` asks for `--dump-dom` or `--screenshot=<file>`. */
export function browse(page: string, windowSize: string, extra: readonly string[]): string {
  const profile = mkdtempSync(path.join(tmpdir(), 'chromium-'));
  const run = spawnSync(
    CHROMIUM,
    [...FLAGS, `--user-data-dir=${profile}`, `--window-size=${windowSize}`, ...extra, `file://${page}`],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (run.status !== 0) throw new Error(`chromium exited with ${run.status}: ${run.stderr}`);
  return run.stdout;
}
