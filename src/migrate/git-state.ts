import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Whether `root` is inside a git worktree, and which files there have uncommitted changes. */
export type GitState =
  { readonly repository: false } | { readonly repository: true; readonly dirty: readonly string[] };

const git = (args: readonly string[], cwd: string) => spawnSync('git', args, { cwd, encoding: 'utf8' });

/**
 * The files under `paths` (absolute) with uncommitted changes: modified, staged, deleted or untracked (ignored files
 * are not). Absolute paths, in git's order.
 */
export function gitState(root: string, paths: readonly string[]): GitState {
  const top = git(['rev-parse', '--show-toplevel'], root);
  if (top.status !== 0) return { repository: false };
  const worktree = top.stdout.trim();
  const status = git(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...paths], root);
  if (status.status !== 0) throw new Error(`git status failed in ${root}: ${status.stderr.trim()}`);
  const dirty: string[] = [];
  const entries = status.stdout.split('\0');
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.length < 4) continue;
    dirty.push(path.join(worktree, entry.slice(3)));
    // A rename or copy is followed by its source path, which is dirty too.
    if (entry[0] === 'R' || entry[0] === 'C') dirty.push(path.join(worktree, entries[++i]!));
  }
  return { repository: true, dirty };
}
