import { existsSync } from 'node:fs';
import path from 'node:path';
import { type CommandRun, runCommand } from './run-command.js';

/** The lockfile of each package manager, in the order they are looked for. */
const LOCKFILES = [
  { file: 'pnpm-lock.yaml', manager: 'pnpm' },
  { file: 'package-lock.json', manager: 'npm' },
  { file: 'npm-shrinkwrap.json', manager: 'npm' },
  { file: 'yarn.lock', manager: 'yarn' },
  { file: 'bun.lock', manager: 'bun' },
  { file: 'bun.lockb', manager: 'bun' },
] as const;

export type PackageManagerName = (typeof LOCKFILES)[number]['manager'];

export interface Lockfile {
  readonly file: string;
  readonly manager: PackageManagerName;
}

/** The nearest lockfile at or above `root`: it names the workspace's package manager and where it installs. */
export function findLockfile(root: string): Lockfile | undefined {
  for (let dir = root; ; dir = path.dirname(dir)) {
    for (const { file, manager } of LOCKFILES) {
      if (existsSync(path.join(dir, file))) return { file: path.join(dir, file), manager };
    }
    if (dir === path.dirname(dir)) return undefined;
  }
}

const INSTALL_COMMANDS: Record<PackageManagerName, string> = {
  npm: 'npm install --no-audit --no-fund',
  pnpm: 'pnpm install',
  yarn: 'yarn install',
  bun: 'bun install',
};

/** Installs with the lockfile's package manager in the lockfile's folder, which updates the lockfile. */
export function install(lockfile: Lockfile): Promise<CommandRun> {
  return runCommand(INSTALL_COMMANDS[lockfile.manager], path.dirname(lockfile.file));
}
