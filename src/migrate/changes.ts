import { readFileSync, writeFileSync } from 'node:fs';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import path from 'node:path';

/**
 * Every file the migration writes, with the text it had before: rollback restores it, the dry run keeps the new
 * text in memory instead of on disk, and the unified diff compares the two.
 */
export class Changes {
  private readonly originals = new Map<string, string>();
  private readonly pending = new Map<string, string>();

  constructor(
    private readonly root: string,
    /** Keep every write in memory (--dry-run). */
    readonly inMemory = false,
  ) {}

  /** The file's text as the migration left it so far. */
  read(file: string): string {
    return this.pending.get(file) ?? readFileSync(file, 'utf8');
  }

  write(file: string, text: string): void {
    const current = this.read(file);
    if (current === text) return;
    if (!this.originals.has(file)) this.originals.set(file, current);
    if (this.inMemory) this.pending.set(file, text);
    else writeFileSync(file, text);
  }

  /** The file's text before the migration. */
  original(file: string): string {
    return this.originals.get(file) ?? this.read(file);
  }

  /** Whether the file's text differs from what it was before the migration. */
  isChanged(file: string): boolean {
    return this.originals.has(file) && this.read(file) !== this.originals.get(file);
  }

  /** Files whose text differs from the original, in path order. */
  changed(): string[] {
    return [...this.originals.keys()].filter((file) => this.isChanged(file)).sort();
  }

  /** Puts the files back as they were before the migration; returns those that had changed. */
  restore(files: Iterable<string>): string[] {
    const restored: string[] = [];
    for (const file of files) {
      const original = this.originals.get(file);
      if (original === undefined || this.read(file) === original) continue;
      this.write(file, original);
      restored.push(file);
    }
    return restored;
  }

  /** Reapplies texts saved by {@link snapshot} (bisection puts halves back). */
  reapply(texts: ReadonlyMap<string, string>): void {
    for (const [file, text] of texts) this.write(file, text);
  }

  /** The current text of the given files. */
  snapshot(files: Iterable<string>): Map<string, string> {
    return new Map([...files].map((file) => [file, this.read(file)]));
  }

  /** A unified diff of every changed file, paths relative to the root (git's a/ and b/ prefixes). */
  unifiedDiff(): string {
    return this.changed()
      .map((file) => {
        const name = path.relative(this.root, file).split(path.sep).join('/');
        return createTwoFilesPatch(`a/${name}`, `b/${name}`, this.originals.get(file)!, this.read(file), '', '', {
          headerOptions: FILE_HEADERS_ONLY,
        });
      })
      .join('');
  }
}
