import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ReportInputError } from './collect.js';

/** Where GitHub and GitLab look for the file, in GitHub's order (GitLab's `.gitlab/` last). */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS'];

interface OwnerRule {
  readonly matches: (file: string) => boolean;
  readonly owners: readonly string[];
}

/** A parsed CODEOWNERS file: its rules per section (GitHub's file is one section) and the folder its paths start at. */
export interface CodeOwners {
  readonly file: string;
  readonly base: string;
  readonly sections: readonly (readonly OwnerRule[])[];
}

/**
 * A pattern's regular expression, gitignore-style as GitHub and GitLab read it: a pattern with a slash at the
 * start or in the middle is anchored at the base, else it matches at any depth; a trailing slash matches what a
 * directory holds; a match of a directory covers everything below it, except that `dir/*` takes only the files
 * directly in `dir`.
 */
function patternRegExp(pattern: string): RegExp {
  const directoryOnly = pattern.endsWith('/');
  let glob = directoryOnly ? pattern.slice(0, -1) : pattern;
  const anchored = glob.includes('/');
  if (glob.startsWith('/')) glob = glob.slice(1);
  let body = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const wholeSegment = (i === 0 || glob[i - 1] === '/') && (i + 2 === glob.length || glob[i + 2] === '/');
      if (wholeSegment && glob[i + 2] === '/') {
        body += '(?:.*/)?';
        i += 2;
      } else {
        body += '.*';
        i += 1;
      }
    } else if (c === '*') body += '[^/]*';
    else if (c === '?') body += '[^/]';
    else if (c === '\\' && i + 1 < glob.length) body += escapeChar(glob[++i]!);
    else if (c === '[' && glob.indexOf(']', i + 2) > i) {
      const end = glob.indexOf(']', i + 2);
      const inside = glob
        .slice(i + 1, end)
        .replace(/^!/, '^')
        .replace(/\\/g, '\\\\');
      body += `[${inside}]`;
      i = end;
    } else body += escapeChar(c);
  }
  const below = directoryOnly ? '/.*' : glob.endsWith('/*') ? '' : '(?:/.*)?';
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}${below}$`);
}

const escapeChar = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first token of a line (`\ ` and `\#` are part of it) and the rest. */
function splitPattern(line: string): [pattern: string, rest: string] {
  let i = 0;
  while (i < line.length && !/\s/.test(line[i]!)) i += line[i] === '\\' ? 2 : 1;
  return [line.slice(0, i).replace(/\\([ #])/g, '$1'), line.slice(i)];
}

/** Owners up to an inline comment. */
const ownersIn = (text: string) => {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  const comment = tokens.findIndex((t) => t.startsWith('#'));
  return comment === -1 ? tokens : tokens.slice(0, comment);
};

// GitLab: `[Section]`, `^[Optional section]`, `[Section][2]` (approvals), then the section's default owners.
const SECTION = /^\^?\[([^\]]+)\](?:\[\d+\])?(?=\s|$)(.*)$/;

export function parseCodeOwners(text: string, file: string, base: string): CodeOwners {
  const sections = new Map<string, { defaults: string[]; rules: OwnerRule[] }>();
  let section = { defaults: [] as string[], rules: [] as OwnerRule[] };
  sections.set('', section);
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = SECTION.exec(line);
    if (header) {
      // GitLab merges sections of the same name (case-insensitive).
      const name = header[1]!.trim().toLowerCase();
      const existing = sections.get(name);
      section = existing ?? { defaults: ownersIn(header[2]!), rules: [] };
      if (!existing) sections.set(name, section);
      continue;
    }
    const [pattern, rest] = splitPattern(line);
    const owners = ownersIn(rest);
    const regExp = patternRegExp(pattern);
    section.rules.push({
      matches: (f) => regExp.test(f),
      // A path without owners is unowned on GitHub and takes the section's default owners on GitLab.
      owners: owners.length > 0 ? owners : section.defaults,
    });
  }
  return { file, base, sections: [...sections.values()].map((s) => s.rules).filter((rules) => rules.length > 0) };
}

/** The owners of a file (relative to the report root, POSIX): in each section the last matching line wins. */
export function ownersOf(codeOwners: CodeOwners, root: string, file: string): string[] {
  const relative = path.relative(codeOwners.base, path.join(root, file)).split(path.sep).join('/');
  if (relative.startsWith('../')) return [];
  const owners = new Set<string>();
  for (const rules of codeOwners.sections) {
    const last = rules.findLast((rule) => rule.matches(relative));
    for (const owner of last?.owners ?? []) owners.add(owner);
  }
  return [...owners];
}

/** The folder above a `.git` folder, starting at `dir`. */
function repositoryRoot(dir: string): string | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}

/**
 * Reads the CODEOWNERS file given, or the first one GitHub or GitLab would use in the report root, then in the
 * repository root above it. Its paths start at the folder that holds it (the parent of `.github/`, `.gitlab/`, `docs/`).
 */
export function readCodeOwners(root: string, given?: string): CodeOwners {
  let file = given && path.resolve(root, given);
  if (!file) {
    const folders = [...new Set([root, repositoryRoot(root) ?? root])];
    file = folders.flatMap((dir) => CODEOWNERS_LOCATIONS.map((l) => path.join(dir, l))).find((f) => existsSync(f));
    if (!file) {
      throw new ReportInputError(
        `--group-by owner needs a CODEOWNERS file: none in ${CODEOWNERS_LOCATIONS.join(', ')} under ${root}; name one with --codeowners <file>`,
      );
    }
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ReportInputError(`cannot read the CODEOWNERS file ${given ?? file}: ${(error as Error).message}`);
  }
  const folder = path.dirname(file);
  const base = ['.github', '.gitlab', 'docs'].includes(path.basename(folder)) ? path.dirname(folder) : folder;
  return parseCodeOwners(text, file, base);
}
