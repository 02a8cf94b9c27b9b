import { spawn } from 'node:child_process';
import path from 'node:path';

export interface CommandRun {
  readonly command: string;
  readonly ok: boolean;
  readonly exitCode: number | null;
  /** Standard output and error, interleaved, cut to their last part. */
  readonly output: string;
}

const OUTPUT_KEPT = 200_000;

/** The node_modules/.bin folders from `cwd` up to the file system's root, as `npm run` puts them on PATH. */
function binFolders(cwd: string): string[] {
  const folders: string[] = [];
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    folders.push(path.join(dir, 'node_modules', '.bin'));
    if (dir === path.dirname(dir)) return folders;
  }
}

/**
 * Runs a command line of the project's (a script's text, `--test`, an install) through the shell in `cwd`, with
 * the project's node_modules/.bin folders on PATH, as `npm run` would.
 */
export function runCommand(command: string, cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CommandRun> {
  const PATH = [...binFolders(cwd), process.env.PATH ?? ''].join(path.delimiter);
  return new Promise((resolve) => {
    const child = spawn(command, {
      cwd,
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PATH, ...env },
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > OUTPUT_KEPT) output = output.slice(-OUTPUT_KEPT);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => resolve({ command, ok: false, exitCode: null, output: error.message }));
    child.on('close', (code) => resolve({ command, ok: code === 0, exitCode: code, output }));
  });
}

/** A value quoted for the shell. */
export const shellQuote = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`;
