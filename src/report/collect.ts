import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ESLint } from 'eslint';
import type { LintResultLike } from './summarize.js';

/** A problem with the report's input, shown to the user as is (exit code 2). */
export class ReportInputError extends Error {}

// Framework files too (Vue, Svelte, Markdown code blocks): ESLint skips those the configuration does not match.
const LINTABLE = /\.(?:[cm]?[jt]sx?|vue|svelte|md)$|(?:^|[/\\])package\.json$/;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
const BATCH = 1000;

/** Every file under the given paths that a lint run may take: code files and package.json. */
function candidateFiles(root: string, paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(root, given);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      throw new ReportInputError(`no such file or folder: ${given}`);
    }
    if (stats.isFile()) {
      files.push(absolute);
      continue;
    }
    const before = files.length;
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(entry.name)) walk(path.join(dir, entry.name));
        } else if (entry.isFile() && LINTABLE.test(entry.name)) {
          files.push(path.join(dir, entry.name));
        }
      }
    };
    walk(absolute);
    if (files.length === before)
      throw new ReportInputError(`no JavaScript, TypeScript or package.json files under ${given}`);
  }
  return files;
}

export interface Progress {
  /** Whether anyone sees the bar; without one, ESLint lints the paths in one call, which is faster. */
  readonly visible: boolean;
  update(done: number, total: number): void;
  end(): void;
}

/** What a caller may add to the ESLint options: the migration fixes, and runs the plugin's own rules alone. */
export type ExtraLintOptions = Pick<ESLint.Options, 'fix' | 'ruleFilter'>;

/**
 * An ESLint instance with the project's own configuration (and the caller's options), checked on `probeFile`: no
 * configuration is a one-line error rather than ESLint's stack.
 */
export async function projectESLint(
  root: string,
  probeFile: string,
  configFile?: string,
  extraOptions: ExtraLintOptions = {},
): Promise<ESLint> {
  const { ESLint } = await import('eslint');
  const eslint = new ESLint({
    cwd: root,
    warnIgnored: false,
    errorOnUnmatchedPattern: false,
    ...(configFile && { overrideConfigFile: path.resolve(root, configFile) }),
    ...extraOptions,
  });
  try {
    await eslint.calculateConfigForFile(probeFile);
  } catch (error) {
    if (/Could not find config file|No ESLint configuration/i.test(String(error))) {
      throw new ReportInputError(`no ESLint configuration (eslint.config.js) found for ${root}`);
    }
    throw error;
  }
  return eslint;
}

/**
 * Lints with the project's own ESLint configuration, in batches when a progress bar follows large
 * trees. Files the configuration ignores or does not match are skipped silently, as `eslint .` would.
 */
export async function lintWithProjectConfig(
  root: string,
  paths: readonly string[],
  progress: Progress,
  configFile?: string,
  extraOptions: ExtraLintOptions = {},
): Promise<ESLint.LintResult[]> {
  const files = candidateFiles(root, paths);
  const eslint = await projectESLint(root, files[0]!, configFile, extraOptions);
  let results: ESLint.LintResult[];
  if (progress.visible) {
    results = [];
    for (let start = 0; start < files.length; start += BATCH) {
      results.push(...(await eslint.lintFiles(files.slice(start, start + BATCH))));
      progress.update(Math.min(start + BATCH, files.length), files.length);
    }
    progress.end();
  } else {
    // Without a bar, ESLint walks the paths itself, exactly as `eslint <paths>` does: no overhead.
    results = await eslint.lintFiles([...paths]);
  }
  if (results.length === 0)
    throw new ReportInputError(`the ESLint configuration lints none of the files under ${paths.join(', ')}`);
  return results;
}

/** ESLint JSON result files (`eslint -f json -o shard.json`), e.g. from CI shards, merged into one list. */
export function readResultFiles(files: readonly string[]): LintResultLike[] {
  const byFile = new Map<string, LintResultLike>();
  for (const file of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new ReportInputError(`cannot read ESLint results from ${file}: ${(error as Error).message}`);
    }
    if (!Array.isArray(parsed) || parsed.some((r) => typeof r?.filePath !== 'string' || !Array.isArray(r?.messages))) {
      throw new ReportInputError(
        `${file} is not ESLint JSON output (expected the array that \`eslint -f json\` writes)`,
      );
    }
    // A file linted by two shards counts once.
    for (const result of parsed as LintResultLike[]) byFile.set(result.filePath, result);
  }
  return [...byFile.values()];
}
