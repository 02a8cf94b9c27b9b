import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Changes } from './changes.js';
import { runCommand, shellQuote } from './run-command.js';

/** The project's own formatter, loaded from the project (never bundled with the plugin). */
export type Formatter =
  | {
      readonly name: 'prettier';
      readonly version: string;
      readonly format: (files: readonly string[]) => Promise<string[]>;
    }
  | {
      readonly name: 'biome';
      readonly configFile: string;
      readonly format: (files: readonly string[]) => Promise<string[]>;
    };

/** The part of Prettier's API the migration uses. */
interface PrettierApi {
  readonly version: string;
  format(text: string, options: Record<string, unknown>): Promise<string>;
  resolveConfig(file: string, options: { editorconfig: boolean }): Promise<Record<string, unknown> | null>;
  resolveConfigFile(file: string): Promise<string | null>;
  getFileInfo(
    file: string,
    options: { ignorePath: string[] },
  ): Promise<{ ignored: boolean; inferredParser: string | null }>;
}

const BIOME_CONFIGS = ['biome.json', 'biome.jsonc'];

function nearestBiomeConfig(root: string): string | undefined {
  for (let dir = root; ; dir = path.dirname(dir)) {
    const found = BIOME_CONFIGS.map((name) => path.join(dir, name)).find((file) => existsSync(file));
    if (found || dir === path.dirname(dir)) return found;
  }
}

async function loadPrettier(root: string): Promise<PrettierApi | undefined> {
  let entry: string;
  try {
    entry = createRequire(path.join(root, 'package.json')).resolve('prettier');
  } catch {
    return undefined;
  }
  const loaded = (await import(pathToFileURL(entry).href)) as PrettierApi & { default?: PrettierApi };
  return loaded.default ?? loaded;
}

/** Whether the project uses Prettier: a config of its own, or prettier among the root's dependencies. */
async function usesPrettier(prettier: PrettierApi, root: string): Promise<boolean> {
  if (await prettier.resolveConfigFile(path.join(root, 'package.json'))) return true;
  const require = createRequire(path.join(root, 'package.json'));
  const manifest = require('./package.json') as Record<string, Record<string, string> | undefined>;
  return ['dependencies', 'devDependencies'].some((section) => manifest[section]?.prettier !== undefined);
}

/**
 * The project's formatter: Biome when a biome.json configures it, else Prettier when the project has a Prettier
 * config or depends on it. Prettier formats through its API (so a dry run formats in memory), honouring the
 * config and the .prettierignore at the root; Biome through its own CLI, with its own config and ignores.
 */
export async function findFormatter(root: string, changes: Changes): Promise<Formatter | undefined> {
  const biomeConfig = nearestBiomeConfig(root);
  if (biomeConfig) {
    return {
      name: 'biome',
      configFile: biomeConfig,
      async format(files) {
        // Biome writes the files itself: a dry run, which keeps its changes in memory, is not formatted.
        if (changes.inMemory) return [];
        const run = await runCommand(`biome format --write ${files.map(shellQuote).join(' ')}`, root);
        if (!run.ok) throw new Error(`biome format failed:\n${run.output.trim()}`);
        return [...files];
      },
    };
  }
  const prettier = await loadPrettier(root);
  if (!prettier || !(await usesPrettier(prettier, root))) return undefined;
  const ignorePath = [path.join(root, '.prettierignore')];
  return {
    name: 'prettier',
    version: prettier.version,
    async format(files) {
      const formatted: string[] = [];
      for (const file of files) {
        const info = await prettier.getFileInfo(file, { ignorePath });
        if (info.ignored || !info.inferredParser) continue;
        const options = (await prettier.resolveConfig(file, { editorconfig: true })) ?? {};
        changes.write(file, await prettier.format(changes.read(file), { ...options, filepath: file }));
        formatted.push(file);
      }
      return formatted;
    },
  };
}
