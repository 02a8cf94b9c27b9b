import { readdirSync } from 'node:fs';
import path from 'node:path';
import json from '@eslint/json';
import { removeMember } from '../dependencies/json-edits.js';
import type { ObjectNode } from '../dependencies/json-nodes.js';
import { type DependencyEntry, dependencyEntries, isDeclaration } from '../dependencies/package-json.js';
import { PLUGIN_NAMESPACE } from '../package-meta.js';
import type { Changes } from './changes.js';
import type { Results } from './lint-passes.js';
import { type MigratedPackage, relativePath } from './workspace.js';

const DEPENDENCY_RULE = `${PLUGIN_NAMESPACE}/no-banned-dependencies`;

/** What the clean-up did to one manifest. */
export interface ManifestCleanup {
  /** `section/name` of each entry removed. */
  readonly removed: string[];
  /** Banned entries kept because the package names them where no lint rule looks, with where (`file:line`). */
  readonly namedElsewhere: { readonly name: string; readonly places: string[] }[];
}

/** The manifest's JSON tree, parsed as the dependency rule parses it. */
function parseManifest(text: string, file: string): ObjectNode | undefined {
  const parsed = json.languages.json.parse(
    { body: text, path: file, physicalPath: file, bom: false },
    { languageOptions: { allowTrailingCommas: false } },
  );
  return parsed.ok && parsed.ast.body.type === 'Object' ? (parsed.ast.body as ObjectNode) : undefined;
}

/** The name code loads a declared package by: `@types/node-fetch` is there for `node-fetch`. */
function loadedName(packageName: string): string {
  const typed = /^@types\/(.+)$/.exec(packageName)?.[1];
  if (!typed) return packageName;
  return typed.includes('__') ? `@${typed.replace('__', '/')}` : typed;
}

const SCANNED = /\.(?:[cm]?[jt]sx?|vue|svelte|json5?|jsonc)$/;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'build', 'coverage']);
/** Test-runner and bundler configs and setup files name modules outside loads (`moduleNameMapper`, aliases). */
const CONFIG_FILE = /config|setup/i;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A module named as a string (`'axios'`, `"axios/lib/x"`), as loads and mocks name it. */
const quotedName = (name: string) => new RegExp(`(['"\`])${escape(name)}(?:/[^'"\`\\s]*)?\\1`);
/** A module named anywhere (`'^axios$'` in a moduleNameMapper, `alias: { axios: … }`). */
const anyMention = (name: string) => new RegExp(`(?<![\\w@/.$-])${escape(name)}(?![\\w-])`);

/** The package's own files (not those of packages nested in it) that may name a module. */
function packageFiles(dir: string, nestedPackages: ReadonlySet<string>): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !nestedPackages.has(full)) walk(full);
      } else if (entry.isFile() && SCANNED.test(entry.name)) files.push(full);
    }
  };
  walk(dir);
  return files;
}

/** The text of a manifest with its dependency entries blanked out: what is left may still name a module. */
function withoutEntries(text: string, entries: readonly DependencyEntry[]): string {
  let masked = text;
  for (const { member } of entries) {
    const [start, end] = member.range!;
    masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  }
  return masked;
}

interface Mention {
  readonly file: string;
  readonly line: number;
  /** In a file ESLint lints, as a string: a load the rules see (or a mock they report). */
  readonly linted: boolean;
}

function mentionsOf(name: string, files: ReadonlyMap<string, { text: string; linted: boolean }>): Mention[] {
  const mentions: Mention[] = [];
  for (const [file, { text, linted }] of files) {
    const pattern = linted ? quotedName(name) : anyMention(name);
    text.split('\n').forEach((line, index) => {
      if (pattern.test(line)) mentions.push({ file, line: index + 1, linted });
    });
  }
  return mentions;
}

/**
 * Removes from a package's manifest each banned client or companion (as the dependency rule reported it in the
 * latest lint) that no file of the package names any more. An entry the package still names where no rule looks
 * (a test-runner config, a setup file, an ignored file) stays, and the places are returned.
 */
export function cleanManifest(
  pkg: MigratedPackage,
  latest: Results,
  changes: Changes,
  root: string,
  nestedPackages: ReadonlySet<string>,
): ManifestCleanup {
  const manifestFile = path.join(pkg.dir, 'package.json');
  const reported = (latest.get(manifestFile)?.messages ?? []).filter((m) => m.ruleId === DEPENDENCY_RULE);
  const cleanup: ManifestCleanup = { removed: [], namedElsewhere: [] };
  let text = changes.read(manifestFile);
  const manifest = parseManifest(text, manifestFile);
  if (!manifest || reported.length === 0) return cleanup;
  const isReported = ({ member }: DependencyEntry) =>
    reported.some((m) => m.line === member.name.loc.start.line && m.column === member.name.loc.start.column);
  const entries = dependencyEntries(manifest);
  const banned = entries.filter((entry) => isDeclaration(entry) && isReported(entry));

  const files = new Map<string, { text: string; linted: boolean }>();
  for (const file of packageFiles(pkg.dir, nestedPackages)) {
    // A manifest's other members are not loads: any mention there counts (a `jest.moduleNameMapper`).
    const linted = file !== manifestFile && latest.has(file) && !CONFIG_FILE.test(path.basename(file));
    files.set(file, { text: file === manifestFile ? withoutEntries(text, entries) : changes.read(file), linted });
  }

  for (const entry of banned) {
    const mentions = mentionsOf(loadedName(entry.packageName), files);
    if (mentions.some((m) => m.linted)) continue;
    if (mentions.length > 0) {
      const places = mentions.map((m) => `${relativePath(root, m.file)}:${m.line}`);
      cleanup.namedElsewhere.push({ name: entry.packageName, places });
      continue;
    }
    // Each removal on a fresh tree: removing two neighbours from one tree would overlap at their separator.
    const current = parseManifest(text, manifestFile)!;
    const fresh = dependencyEntries(current).find(
      (e) => e.section === entry.section && e.packageName === entry.packageName,
    )!;
    const { range, text: replacement } = removeMember(fresh.container, fresh.member);
    text = text.slice(0, range[0]) + replacement + text.slice(range[1]);
    cleanup.removed.push(`${entry.section}/${entry.packageName}`);
  }
  changes.write(manifestFile, text);
  return cleanup;
}
