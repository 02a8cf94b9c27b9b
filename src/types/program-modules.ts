import path from 'node:path';
import type * as ts from 'typescript';
import { isWithin, nearestPackageManifest } from '../project/manifests.js';
import { projectTypeScript, type TypeScript } from './typescript-api.js';

/** A module as the program sees it: its symbol, and which declarations are its own. */
export interface ProgramModule {
  readonly symbol: ts.Symbol;
  /** Whether a declaration is the module's: in its package's folder, or inside its ambient `declare module`. */
  readonly declares: (declaration: ts.Node) => boolean;
}

/** What one program answers for every file linted with it; built once per program. */
export interface ProgramFacts {
  readonly ts: TypeScript;
  readonly program: ts.Program;
  readonly checker: ts.TypeChecker;
  /** The file a specifier resolves to from a file, whether the program holds it or not. */
  readonly resolvedFile: (specifier: string, from: ts.SourceFile) => string | undefined;
  /** The module a specifier names from a file, as the program resolves it; undefined when it is not in the program. */
  readonly moduleFrom: (specifier: string, from: ts.SourceFile) => ProgramModule | undefined;
  /** The module an import's specifier names, as the checker resolved it for the import. */
  readonly moduleAt: (specifier: ts.Node) => ProgramModule | undefined;
}

const factsByProgram = new WeakMap<ts.Program, ProgramFacts | null>();

/** The facts of a program, with the `typescript` module found from the linted file; undefined without one. */
export function programFacts(program: ts.Program, file: string): ProgramFacts | undefined {
  let facts = factsByProgram.get(program);
  if (facts === undefined) {
    const typescript = projectTypeScript(file);
    facts = typescript ? createFacts(typescript, program) : null;
    factsByProgram.set(program, facts);
  }
  return facts ?? undefined;
}

function createFacts(typescript: TypeScript, program: ts.Program): ProgramFacts {
  const checker = program.getTypeChecker();
  const modules = new Map<string, ProgramModule | undefined>();
  // Folders and package.json files looked up for one resolution serve the next ones (one per folder and module).
  const resolutionCache = typescript.createModuleResolutionCache(
    program.getCurrentDirectory(),
    (file) => file,
    program.getCompilerOptions(),
  );
  let ambient: ReadonlyMap<string, ts.Symbol> | undefined;
  const ambientModule = (specifier: string) => {
    // The checker names them as written in source, quotes included: `"node-fetch"`.
    ambient ??= new Map(checker.getAmbientModules().map((symbol) => [symbol.name.slice(1, -1), symbol]));
    return ambient.get(specifier);
  };
  const symbols = new Map<ts.Symbol, ProgramModule>();
  const moduleOf = (symbol: ts.Symbol): ProgramModule => {
    let module = symbols.get(symbol);
    if (!module) {
      const [declaration] = symbol.declarations ?? [];
      const file = declaration?.getSourceFile();
      // A file's module is its package's; an ambient `declare module` is its own declarations.
      const declares = file && file === declaration ? withinPackageOf(file.fileName) : withinDeclarations(symbol);
      symbols.set(symbol, (module = { symbol, declares }));
    }
    return module;
  };
  const resolvedFile = (specifier: string, from: ts.SourceFile): string | undefined =>
    typescript.resolveModuleName(
      specifier,
      from.fileName,
      program.getCompilerOptions(),
      typescript.sys,
      resolutionCache,
      undefined,
      from.impliedNodeFormat,
    ).resolvedModule?.resolvedFileName;
  const resolve = (specifier: string, from: ts.SourceFile): ts.Symbol | undefined => {
    // The checker prefers an ambient declaration to a file, and so does this (relative specifiers are never ambient).
    const declared = specifier.startsWith('.') ? undefined : ambientModule(specifier);
    if (declared) return declared;
    const resolved = resolvedFile(specifier, from);
    const file = resolved === undefined ? undefined : program.getSourceFile(resolved);
    return file && checker.getSymbolAtLocation(file);
  };
  return {
    ts: typescript,
    program,
    checker,
    resolvedFile,
    moduleFrom(specifier, from) {
      // Resolution depends on the folder (node_modules, relative paths) and on the file's module format.
      const key = `${path.dirname(from.fileName)}\0${from.impliedNodeFormat}\0${specifier}`;
      if (!modules.has(key)) {
        const symbol = resolve(specifier, from);
        modules.set(key, symbol && moduleOf(symbol));
      }
      return modules.get(key);
    },
    moduleAt(specifier) {
      const symbol = checker.getSymbolAtLocation(specifier);
      return symbol && moduleOf(symbol);
    },
  };
}

function withinDeclarations(symbol: ts.Symbol): ProgramModule['declares'] {
  const declarations = symbol.declarations ?? [];
  return (node) => {
    const file = node.getSourceFile();
    return declarations.some((d) => d.getSourceFile() === file && node.pos >= d.pos && node.end <= d.end);
  };
}

/** Declarations in the folder of the package that holds the file (the file alone outside any package). */
function withinPackageOf(file: string): ProgramModule['declares'] {
  const nearest = nearestPackageManifest(path.dirname(file));
  const folder = nearest && 'manifest' in nearest ? nearest.manifest.folder : undefined;
  const answers = new Map<ts.SourceFile, boolean>();
  return (node) => {
    const source = node.getSourceFile();
    let within = answers.get(source);
    if (within === undefined) {
      within = folder === undefined ? source.fileName === file : isWithin(folder, source.fileName);
      answers.set(source, within);
    }
    return within;
  };
}
