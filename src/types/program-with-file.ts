import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';
import { type ProgramFacts, programFacts } from './program-modules.js';

/** A program and the parser services that answer for the linted file in it. */
export interface TypedView {
  readonly facts: ProgramFacts;
  readonly services: ParserServicesWithTypeInformation;
}

const wider = new WeakMap<ts.Program, Map<string, ProgramFacts | null>>();

/**
 * The linted file's program with one more file in it: the target, which a project does not import before it
 * migrates. Every file the program has parsed is reused, so the linted file's nodes stay valid in it; only the
 * target and what it loads are read, once per program and target.
 */
export function programWithFile(view: TypedView, fileName: string, lintedFile: string): TypedView | undefined {
  const { program } = view.facts;
  let byFile = wider.get(program);
  if (!byFile) wider.set(program, (byFile = new Map()));
  if (!byFile.has(fileName)) byFile.set(fileName, widen(view.facts, fileName, lintedFile) ?? null);
  const facts = byFile.get(fileName);
  if (!facts) return undefined;
  // The services are the file's own (their node maps belong to this parse); only the checker is the wider one's.
  const { checker } = facts;
  const { services } = view;
  const tsNode = (node: TSESTree.Node) => services.esTreeNodeToTSNodeMap.get(node);
  return {
    facts,
    services: {
      ...services,
      program: facts.program,
      getTypeAtLocation: (node) => checker.getTypeAtLocation(tsNode(node)),
      getSymbolAtLocation: (node) => checker.getSymbolAtLocation(tsNode(node)),
    },
  };
}

function widen(facts: ProgramFacts, fileName: string, lintedFile: string): ProgramFacts | undefined {
  const { ts: typescript, program } = facts;
  const options = program.getCompilerOptions();
  const host = typescript.createCompilerHost(options, true);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion, onError, shouldCreate) =>
    program.getSourceFile(name) ?? read(name, languageVersion, onError, shouldCreate);
  const widened = typescript.createProgram({
    rootNames: [...program.getRootFileNames(), fileName],
    options,
    host,
    oldProgram: program,
    projectReferences: program.getProjectReferences(),
  });
  return programFacts(widened, lintedFile);
}
