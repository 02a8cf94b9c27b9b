import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PLUGIN_NAMESPACE } from '../package-meta.js';
import { collectFindings, type MigrationReport, summarize } from '../report/summarize.js';
import { Changes } from './changes.js';
import { resolveChecks } from './checks.js';
import { findFormatter } from './formatter.js';
import { gitState } from './git-state.js';
import { findLockfile, install } from './install.js';
import {
  fixInPasses,
  lint,
  type LintCount,
  lintTexts,
  type Linting,
  type PassContext,
  type Results,
} from './lint-passes.js';
import { cleanManifest, type ManifestCleanup } from './manifest-cleanup.js';
import { applyMockMoves, type MovedMocks } from './mock-moves.js';
import type { MigrationProgress } from './progress.js';
import {
  countsOf,
  manifestChanges,
  type MigrationSummary,
  type PackageSummary,
  type RolledBackFile,
} from './summary.js';
import { describeTypeError } from './type-errors.js';
import { type CheckState, checkSummaries, runChecks, verifyAfter, type Verification } from './verify.js';
import { dependentsOf, type MigratedPackage, packageOf, projectPackages, relativePath } from './workspace.js';

const DEPENDENCY_RULE = `${PLUGIN_NAMESPACE}/no-banned-dependencies`;

/** A reason not to start, shown as is (exit code 2): nothing was written. */
export class MigrationRefused extends Error {}

export interface MigrateOptions {
  readonly root: string;
  readonly paths: readonly string[];
  /** `--package` names: one verified migration each. */
  readonly packages: readonly string[];
  readonly configFile: string | undefined;
  readonly dryRun: boolean;
  readonly allowDirty: boolean;
  readonly install: boolean;
  readonly format: boolean;
  readonly typecheck: string | undefined;
  readonly test: string | undefined;
  readonly keepFailing: boolean;
  readonly baselineFailures: boolean;
  readonly progress: MigrationProgress;
}

export interface MigrationOutcome {
  readonly summary: MigrationSummary;
  /** The report after the migration (its work list ends the Markdown summary). */
  readonly after: MigrationReport;
  readonly diff: string;
  readonly count: LintCount;
}

/** What one verified migration covers: the paths given, or one `--package` and its dependents' type-check. */
interface Unit {
  readonly paths: readonly string[];
  readonly packages: readonly MigratedPackage[];
  readonly typecheckPackages: readonly MigratedPackage[];
}

function unitsOf(options: MigrateOptions, all: readonly MigratedPackage[]): Unit[] {
  if (options.packages.length === 0) {
    const paths = (options.paths.length > 0 ? options.paths : ['.']).map((p) => path.resolve(options.root, p));
    // The packages inside the paths, and the one holding each path.
    const packages = all.filter(
      (pkg) =>
        paths.some((p) => !path.relative(p, pkg.dir).startsWith('..')) || paths.some((p) => packageOf(p, all) === pkg),
    );
    return [{ paths, packages, typecheckPackages: packages }];
  }
  return options.packages.map((name) => {
    const pkg = all.find((candidate) => candidate.name === name);
    if (!pkg)
      throw new MigrationRefused(`no workspace package is named ${name} (known: ${all.map((p) => p.name).join(', ')})`);
    return { paths: [pkg.dir], packages: [pkg], typecheckPackages: [pkg, ...dependentsOf(name, all)] };
  });
}

function refuseDirtyTree(options: MigrateOptions, units: readonly Unit[], lockfile: string | undefined): void {
  if (options.allowDirty || options.dryRun) return;
  const state = gitState(options.root, [...units.flatMap((u) => u.paths), ...(lockfile ? [lockfile] : [])]);
  if (!state.repository || state.dirty.length === 0) return;
  const shown = state.dirty.slice(0, 10).map((file) => `  ${relativePath(options.root, file)}`);
  if (state.dirty.length > 10) shown.push(`  … and ${state.dirty.length - 10} more`);
  throw new MigrationRefused(
    `uncommitted changes in files the migration may touch; commit or stash them, or pass --allow-dirty:\n${shown.join('\n')}`,
  );
}

/** Migrates the paths (or each `--package`), verifies with the project's checks, and summarizes. */
export async function migrate(options: MigrateOptions): Promise<MigrationOutcome> {
  const { root, progress } = options;
  const all = projectPackages(root);
  const units = unitsOf(options, all);
  const lockfile = findLockfile(root);
  refuseDirtyTree(options, units, lockfile?.file);
  const scratch = mkdtempSync(path.join(tmpdir(), 'standard-clients-migrate-'));
  const run = new MigrationRun(options, all, new Changes(root, options.dryRun), scratch, lockfile);
  try {
    for (const unit of units) await run.migrateUnit(unit);
    return run.outcome();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    progress.end();
  }
}

/** The state of one command run across its units. */
class MigrationRun {
  private readonly linting: Linting;
  readonly count: LintCount = { lintedFiles: 0, passes: 0 };
  private readonly summaries: PackageSummary[] = [];
  private readonly checks: MigrationSummary['checks'][number][] = [];
  private readonly notes = new Set<string>();
  private installRun: MigrationSummary['install'] = null;
  private formatterName: string | null = null;
  private beforeResults: Results = new Map();
  private latestResults: Results = new Map();

  constructor(
    private readonly options: MigrateOptions,
    private readonly all: readonly MigratedPackage[],
    private readonly changes: Changes,
    private readonly scratch: string,
    private readonly lockfile: ReturnType<typeof findLockfile>,
  ) {
    this.linting = { root: options.root, configFile: options.configFile, progress: options.progress.lint };
  }

  /** Installs after manifests changed, or notes why the lockfile is stale. */
  private async installAfterManifestChange(): Promise<void> {
    const { options, lockfile } = this;
    const skipped = !lockfile
      ? 'no lockfile was found'
      : !options.install
        ? '--no-install was given'
        : options.dryRun
          ? 'a dry run installs nothing'
          : undefined;
    if (skipped || !lockfile) {
      this.installRun = { skipped: skipped! };
      this.notes.add(
        `Manifests changed but nothing was installed (${skipped}): the lockfile is stale until an install.`,
      );
      return;
    }
    options.progress.step(`installing (${lockfile.manager})`);
    const result = await install(lockfile);
    this.installRun = { command: result.command, ok: result.ok };
    if (!result.ok)
      this.notes.add(
        `\`${result.command}\` failed, so the lockfile is stale:\n\n\`\`\`text\n${result.output.trim().slice(-2000)}\n\`\`\``,
      );
  }

  async migrateUnit(unit: Unit): Promise<void> {
    const { options, changes } = this;
    const { root, progress } = options;
    const rootPackage = this.all.find((pkg) => pkg.dir === root);
    const checks = resolveChecks(
      root,
      { typecheck: unit.typecheckPackages, test: unit.packages },
      rootPackage,
      options,
    );
    let before: CheckState[] = [];
    if (options.dryRun) {
      if (checks.length > 0)
        this.notes.add(
          `A dry run runs no check; these would run before and after: ${checks.map((c) => `\`${c.label}\``).join(', ')}.`,
        );
    } else {
      progress.step('checks (before)');
      before = await runChecks(checks, this.scratch);
      const failing = before.filter((state) => !state.run.ok);
      if (failing.length > 0 && !options.baselineFailures) {
        throw new MigrationRefused(
          `${failing.map((s) => `'${s.check.label}'`).join(' and ')} already ${failing.length === 1 ? 'fails' : 'fail'} before the migration, which would hide what it breaks; make ${failing.length === 1 ? 'it' : 'them'} pass, or pass --baseline-failures to go on as long as the failures do not grow:\n${failing.map((s) => s.run.output.trimEnd().split('\n').slice(-20).join('\n')).join('\n\n')}`,
        );
      }
    }

    progress.step('linting');
    const beforeResults = await lint(this.linting, unit.paths, false, this.count);
    for (const [file, result] of beforeResults) this.beforeResults.set(file, result);
    const context: PassContext = {
      linting: this.linting,
      changes,
      packages: this.all,
      count: this.count,
      afterManifestsChanged: () => this.installAfterManifestChange(),
    };
    progress.step('fixing');
    const latest = await fixInPasses(context, beforeResults);
    let moved: MovedMocks = new Map();
    if (checks.length > 0) {
      progress.step('moving mocks');
      moved = await applyMockMoves(context, latest);
    } else {
      this.notes.add(
        'Mocks were not moved: the project has no type-check or test command to verify the moves (give --typecheck or --test).',
      );
    }

    progress.step('cleaning manifests');
    const uncleaned = changes.snapshot(unit.packages.map((pkg) => path.join(pkg.dir, 'package.json')));
    const cleanups = this.cleanManifests(unit, latest);
    if ([...cleanups.values()].some((c) => c.removed.length > 0)) await this.installAfterManifestChange();
    if (options.format) await this.format();

    let verification: Verification | undefined;
    if (!options.dryRun && checks.length > 0) {
      verification = await verifyAfter({
        root,
        scratch: this.scratch,
        changes,
        packages: unit.packages,
        projectPackages: this.all,
        before,
        keepFailing: options.keepFailing,
        progress,
        reinstall: () => this.installAfterManifestChange(),
        recleanManifests: (rolledBack) => this.recleanManifests(unit, latest, uncleaned, rolledBack, cleanups),
      });
      verification.notes.forEach((note) => this.notes.add(note));
    }
    this.checks.push(...checkSummaries(before.length > 0 ? before : [], verification?.after ?? [], root));
    if (options.dryRun) this.checks.push(...checks.map((c) => ({ kind: c.kind, command: c.label })));

    progress.step('linting the result');
    await this.relintChanged(latest, beforeResults, verification);
    for (const [file, result] of latest) this.latestResults.set(file, result);
    this.summaries.push(...this.packageSummaries(unit, beforeResults, latest, moved, cleanups, verification));
  }

  private cleanManifests(unit: Unit, latest: Results): Map<MigratedPackage, ManifestCleanup> {
    const nested = new Set(this.all.map((pkg) => pkg.dir));
    const cleanups = new Map<MigratedPackage, ManifestCleanup>();
    for (const pkg of unit.packages) {
      const others = new Set([...nested].filter((dir) => dir !== pkg.dir));
      cleanups.set(pkg, cleanManifest(pkg, latest, this.changes, this.options.root, others));
    }
    return cleanups;
  }

  /** The clean-up of each package a rolled-back file belongs to, decided again on the manifest before it. */
  private recleanManifests(
    unit: Unit,
    latest: Results,
    uncleaned: ReadonlyMap<string, string>,
    rolledBack: readonly string[],
    cleanups: Map<MigratedPackage, ManifestCleanup>,
  ): boolean {
    const nested = new Set(this.all.map((pkg) => pkg.dir));
    let changed = false;
    for (const pkg of unit.packages) {
      if (!rolledBack.some((file) => packageOf(file, this.all) === pkg)) continue;
      const manifestFile = path.join(pkg.dir, 'package.json');
      const cleaned = this.changes.read(manifestFile);
      this.changes.reapply(new Map([[manifestFile, uncleaned.get(manifestFile)!]]));
      const others = new Set([...nested].filter((dir) => dir !== pkg.dir));
      cleanups.set(pkg, cleanManifest(pkg, latest, this.changes, this.options.root, others));
      changed ||= this.changes.read(manifestFile) !== cleaned;
    }
    return changed;
  }

  private async format(): Promise<void> {
    const formatter = await findFormatter(this.options.root, this.changes);
    if (!formatter) return;
    this.options.progress.step(`formatting (${formatter.name})`);
    this.formatterName =
      formatter.name === 'prettier'
        ? `Prettier ${formatter.version}`
        : `Biome (${relativePath(this.options.root, formatter.configFile)})`;
    await formatter.format(this.changes.changed());
  }

  /**
   * The latest result of each file: its lint before when it was never changed, else a lint of what it is now
   * (clean-up, formatting and rollbacks happened after the passes' lints; a rolled-back file is as it was, but its
   * manifest may not be, which changes its reasons).
   */
  private async relintChanged(latest: Results, before: Results, verification?: Verification): Promise<void> {
    const rolledBack = new Set([
      ...(verification?.typeRollbacks ?? []).map((r) => r.file),
      ...(verification?.testRollbacks ?? []).flatMap((r) => r.files),
    ]);
    for (const [file, result] of before) if (!this.changes.isChanged(file)) latest.set(file, result);
    const relinted = [...this.changes.changed(), ...rolledBack].filter((file) => latest.has(file));
    const changed = this.changes.snapshot(relinted);
    for (const [file, result] of await lintTexts(this.linting, changed, this.count)) latest.set(file, result);
  }

  private packageSummaries(
    unit: Unit,
    before: Results,
    latest: Results,
    moved: MovedMocks,
    cleanups: ReadonlyMap<MigratedPackage, ManifestCleanup>,
    verification: Verification | undefined,
  ): PackageSummary[] {
    const { root } = this.options;
    const beforeReport = summarize([...before.values()], root);
    const afterReport = summarize([...latest.values()], root);
    const beforeFindings = collectFindings([...before.values()], root);
    const rolledBack: { file: string; cause: RolledBackFile['cause']; errors: readonly string[] }[] = [
      ...(verification?.typeRollbacks ?? []).map(({ file, errors }) => ({
        file,
        cause: 'typecheck' as const,
        errors: errors.map((error) => describeTypeError(error, root)),
      })),
      ...(verification?.testRollbacks ?? []).flatMap(({ files, failures }) =>
        files.map((file) => ({ file, cause: 'test' as const, errors: failures })),
      ),
    ];
    const summaries = unit.packages.map((pkg): PackageSummary => {
      const where = relativePath(root, pkg.dir);
      const [was, is] = [beforeReport, afterReport].map((r) => r.packages.find((p) => p.path === where));
      const inPackage = (file: string) => packageOf(file, this.all) === pkg;
      const codeFindings = (report: typeof was) =>
        report ? report.findings - (report.byRule[DEPENDENCY_RULE] ?? 0) : 0;
      const mocksMoved = [...moved].filter(([file]) => inPackage(file)).reduce((sum, [, calls]) => sum + calls, 0);
      const manifestFile = path.join(pkg.dir, 'package.json');
      return {
        name: pkg.name,
        path: where,
        loadsMigrated: codeFindings(was) - codeFindings(is) - mocksMoved,
        mocksMoved,
        manifest: {
          ...manifestChanges(this.changes.original(manifestFile), this.changes.read(manifestFile)),
          namedElsewhere: cleanups.get(pkg)?.namedElsewhere ?? [],
        },
        rolledBack: rolledBack
          .filter(({ file }) => inPackage(file))
          .map(({ file, cause, errors }) => {
            const name = relativePath(root, file);
            // What the passes could fix: fixable before, or waiting for the manifest a first pass completed.
            const loads = beforeFindings
              .filter((f) => f.file === name && f.rule !== DEPENDENCY_RULE)
              .filter((f) => f.kind !== 'manual' || f.reason === 'undeclaredTarget')
              .map(({ line, column, rule, module }) => ({ line, column, rule, module: module ?? 'unknown' }));
            return { file: name, cause, loads, errors };
          }),
        left: is?.workList ?? { files: [], omittedFiles: 0, omittedFindings: 0, byReason: [] },
        leftByReason: is?.reasons ?? {},
        findings: { before: countsOf(was), after: countsOf(is) },
      };
    });
    // A package the plugin never had anything to say about (the clients' own) is no news to a reviewer.
    return summaries.filter(
      ({ findings, manifest }) =>
        findings.before.findings + findings.after.findings + manifest.added.length + manifest.removed.length > 0,
    );
  }

  outcome(): MigrationOutcome {
    const packages = this.summaries;
    const sum = (value: (p: PackageSummary) => number) => packages.reduce((total, p) => total + value(p), 0);
    const summary: MigrationSummary = {
      version: 1,
      dryRun: this.options.dryRun,
      packages,
      checks: this.checks,
      install: this.installRun,
      formatter: this.formatterName,
      notes: [...this.notes],
      totals: {
        loadsMigrated: sum((p) => p.loadsMigrated),
        mocksMoved: sum((p) => p.mocksMoved),
        manifestLinesAdded: sum((p) => p.manifest.added.length),
        manifestLinesRemoved: sum((p) => p.manifest.removed.length),
        loadsRolledBack: sum((p) => p.rolledBack.reduce((n, file) => n + file.loads.length, 0)),
        leftForAPerson: sum((p) => p.left.files.reduce((n, file) => n + file.items.length, 0)),
      },
    };
    const after = summarize([...this.latestResults.values()], this.options.root);
    return { summary, after, diff: this.changes.unifiedDiff(), count: this.count };
  }
}
