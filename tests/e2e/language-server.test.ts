import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node.js';
import { installed } from '../../scripts/example-workspace.js';
import plugin from '../../src/index.js';
import { copyExample } from './cli-helpers.js';
import {
  ADVICE,
  copyMonorepo,
  EXPORT,
  expectedFixed,
  INVOICES as APP_INVOICES,
  unresolved,
} from './monorepo-fixture.js';

/**
 * Drives the ESLint language server the way VS Code does: open a document, pull its diagnostics, ask for code
 * actions, run a quick fix and fix-all on save, and check the text that results.
 */

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface Diagnostic {
  range: Range;
  message: string;
  code?: string;
  codeDescription?: { href: string };
  source?: string;
}
interface CodeAction {
  title: string;
  kind?: string;
  command?: { command: string; arguments?: unknown[] };
  edit?: { documentChanges?: { edits: TextEdit[] }[] };
}

const goldenDir = fileURLToPath(new URL('golden/', import.meta.url));
const golden = (file: string) => readFileSync(path.join(goldenDir, file), 'utf8');

/** Applies LSP text edits (positions in the original text) from last to first. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = ({ line, character }: Range['start']) => lineStarts[line]! + character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const edit of sorted)
    result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  return result;
}

/** The LSP range of the first occurrence of `needle` (zero-based lines and characters). */
function rangeOf(text: string, needle: string, nth = 0): Range {
  let index = text.indexOf(needle);
  for (let i = 0; i < nth; i++) index = text.indexOf(needle, index + 1);
  const line = text.slice(0, index).split('\n').length - 1;
  const character = index - (text.lastIndexOf('\n', index - 1) + 1);
  return { start: { line, character }, end: { line, character: character + needle.length } };
}

class LanguageServer {
  readonly applied: TextEdit[][] = [];
  private readonly process: ChildProcess;
  private readonly connection: MessageConnection;
  private version = 1;

  /** `root` holds the files the test opens; the editor's workspace folder may lie above it. */
  constructor(
    private readonly root: string,
    saveMode: 'all' | 'problems',
    private readonly workspaceFolder = root,
    settingsOverrides: object = {},
  ) {
    const bin = path.join(installed('vscode-langservers-extracted'), 'bin/vscode-eslint-language-server');
    this.process = spawn(process.execPath, [bin, '--stdio'], {
      cwd: workspaceFolder,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    const rootUri = pathToFileURL(workspaceFolder).href;
    const settings = {
      validate: 'on',
      packageManager: 'npm',
      useESLintClass: false,
      useFlatConfig: true,
      experimental: {},
      codeAction: {
        disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
        showDocumentation: { enable: true },
      },
      codeActionOnSave: { enable: true, mode: saveMode },
      format: false,
      quiet: false,
      onIgnoredFiles: 'off',
      options: {},
      rulesCustomizations: [],
      run: 'onType',
      problems: { shortenToSingleLine: false },
      nodePath: null,
      workingDirectory: { mode: 'location' },
      workspaceFolder: { uri: rootUri, name: 'example' },
      ...settingsOverrides,
    };
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => settings),
    );
    this.connection.onRequest(
      'workspace/applyEdit',
      (params: { edit: { documentChanges?: { edits: TextEdit[] }[] } }) => {
        this.applied.push(params.edit.documentChanges?.flatMap((change) => change.edits) ?? []);
        return { applied: true };
      },
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification(() => undefined);
    this.connection.listen();
  }

  async start(): Promise<void> {
    const rootUri = pathToFileURL(this.workspaceFolder).href;
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'example' }],
      capabilities: {
        workspace: { configuration: true, applyEdit: true, workspaceFolders: true },
        textDocument: {
          diagnostic: { dynamicRegistration: false },
          codeAction: {
            codeActionLiteralSupport: {
              codeActionKind: { valueSet: ['', 'quickfix', 'source', 'source.fixAll', 'source.fixAll.eslint'] },
            },
          },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  uri(file: string): string {
    return pathToFileURL(path.join(this.root, file)).href;
  }

  async open(file: string): Promise<string> {
    const text = readFileSync(path.join(this.root, file), 'utf8');
    const languageId = file.endsWith('.ts') ? 'typescript' : 'javascript';
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: this.uri(file), languageId, version: this.version++, text },
    });
    return text;
  }

  async change(file: string, text: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: this.uri(file), version: this.version++ },
      contentChanges: [{ text }],
    });
  }

  async diagnostics(file: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', {
      textDocument: { uri: this.uri(file) },
    });
    return report.items;
  }

  codeActions(file: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return this.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: this.uri(file) },
      range,
      context: { diagnostics, ...(only && { only }) },
    });
  }

  async execute(action: CodeAction): Promise<TextEdit[]> {
    const before = this.applied.length;
    await this.connection.sendRequest('workspace/executeCommand', {
      command: action.command!.command,
      arguments: action.command!.arguments,
    });
    expect(this.applied.length).toBe(before + 1);
    return this.applied.at(-1)!;
  }

  /** What VS Code does on save with `codeActionsOnSave: { 'source.fixAll.eslint': 'explicit' }`. */
  async fixAllOnSave(file: string): Promise<TextEdit[]> {
    const actions = await this.codeActions(file, [], ['source.fixAll.eslint']);
    return actions.flatMap((a) => a.edit?.documentChanges?.flatMap((change) => change.edits) ?? []);
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest('shutdown').catch(() => undefined);
    await this.connection.sendNotification('exit').catch(() => undefined);
    this.connection.dispose();
    this.process.kill();
  }
}

const INVOICES = 'services/billing/src/invoices.ts';
const PUBSUB = 'services/realtime/src/pubsub.ts';
const NOTIFY = 'services/billing/src/notify.ts';
const MOCKS = 'services/billing/test/invoices.test.ts';
const MOCKED = 'services/billing/test/ping.test.ts';
const DOCS = `https://github.com/maily/eslint-plugin-standard-clients/blob/v${plugin.meta.version}/docs/rules/`;

describe('the ESLint language server (codeActionsOnSave mode "all")', () => {
  let server: LanguageServer;
  let root: string;
  beforeAll(async () => {
    root = copyExample();
    server = new LanguageServer(root, 'all');
    await server.start();
  }, 60_000);
  afterAll(() => server.stop());

  it('shows squiggles with rule id, docs link and the specifier range', async () => {
    const text = await server.open(INVOICES);
    const diagnostics = await server.diagnostics(INVOICES);
    expect(diagnostics.map((d) => [d.code, d.codeDescription?.href, d.range, d.source])).toEqual([
      ['standard-clients/no-axios', `${DOCS}no-axios.md`, rangeOf(text, "'axios'"), 'eslint'],
      ['standard-clients/no-legacy-redis', `${DOCS}no-legacy-redis.md`, rangeOf(text, "'redis'"), 'eslint'],
    ]);
    // invoices.ts hands the axios object itself on (`clients = { axios }`): the fix rests on the mapping's word.
    expect(diagnostics[0]!.message).toBe(
      "'axios' is banned: use HttpClient from '@maily/error-handling/http-client' (standardized retries, pooling and error mapping). The fix rests on the mapping's word: it states no promises for the names used here.",
    );
  });

  it('offers the fix as a quick fix, and applying it migrates the file', async () => {
    const text = await server.open(INVOICES);
    const diagnostics = await server.diagnostics(INVOICES);
    const actions = await server.codeActions(INVOICES, diagnostics.slice(0, 1));
    const titles = actions.map((a) => a.title);
    expect(titles).toContain('Fix this standard-clients/no-axios problem');
    expect(titles).toContain('Show documentation for standard-clients/no-axios');
    const edits = await server.execute(actions.find((a) => a.title === 'Fix this standard-clients/no-axios problem')!);
    const fixed = applyEdits(text, edits);
    expect(fixed).toContain(
      "import { httpClient, HttpClientError, type HttpResponse } from '@maily/error-handling/http-client';",
    );
    expect(fixed).toContain("import { createClient, type RedisClientType } from 'redis';");
    expect(fixed).toContain('await httpClient.get<Invoice>');
  });

  it('offers suggestions as quick fixes with action titles, and applies one when asked', async () => {
    // A test that mocks the module it loads: the import and the mock move together, by one suggestion.
    writeFileSync(
      path.join(root, MOCKED),
      "import axios from 'axios';\nvi.mock('axios', () => ({ default: { get: vi.fn() } }));\n" +
        "export const ping = () => axios.get('/ping');\n",
    );
    const text = await server.open(MOCKED);
    const diagnostics = await server.diagnostics(MOCKED);
    expect(diagnostics.map((d) => d.range)).toEqual([rangeOf(text, "'axios'"), rangeOf(text, "'axios'", 1)]);
    const actions = await server.codeActions(MOCKED, diagnostics.slice(0, 1));
    const suggestion = actions.find((a) => a.title.startsWith('Load '));
    expect(suggestion?.title).toBe(
      "Load '@maily/error-handling/http-client' instead of 'axios' in this file, its mocks included. (standard-clients/no-axios)",
    );
    expect(suggestion?.kind).toBe('quickfix');
    expect(actions.some((a) => a.title.startsWith('Fix this'))).toBe(false);
    const edits = await server.execute(suggestion!);
    // The mock factory's keys follow the mapping: `default` becomes `httpClient`.
    expect(applyEdits(text, edits)).toBe(
      "import { httpClient } from '@maily/error-handling/http-client';\n" +
        "vi.mock('@maily/error-handling/http-client', () => ({ httpClient: { get: vi.fn() } }));\n" +
        "export const ping = () => httpClient.get('/ping');\n",
    );
  });

  it('fix-all on save produces the same text as eslint --fix', async () => {
    for (const file of [INVOICES, PUBSUB, NOTIFY]) {
      const text = await server.open(file);
      await server.diagnostics(file);
      expect(applyEdits(text, await server.fixAllOnSave(file))).toBe(golden(file));
    }
  });

  it('never applies a suggestion on save', async () => {
    const text = await server.open(MOCKS);
    expect(await server.diagnostics(MOCKS)).toHaveLength(2);
    expect(applyEdits(text, await server.fixAllOnSave(MOCKS))).toBe(text);
  });
});

describe('the ESLint language server (codeActionsOnSave mode "problems")', () => {
  let server: LanguageServer;
  beforeAll(async () => {
    server = new LanguageServer(copyExample(), 'problems');
    await server.start();
  }, 60_000);
  afterAll(() => server.stop());

  // Mode "problems" applies only non-overlapping fixes of the known problems, one pass per save. Each rule's
  // fix spans its whole file, so a file with two rules' problems needs a second save; mode "all" needs one.
  it('completes the migration in two saves, one rule per save', async () => {
    const text = await server.open(INVOICES);
    await server.diagnostics(INVOICES);
    const once = applyEdits(text, await server.fixAllOnSave(INVOICES));
    expect(once).not.toBe(text);
    expect(once).not.toBe(golden(INVOICES));
    await server.change(INVOICES, once);
    await server.diagnostics(INVOICES);
    expect(applyEdits(once, await server.fixAllOnSave(INVOICES))).toBe(golden(INVOICES));
  });

  it('never applies a suggestion on save', async () => {
    const text = await server.open(MOCKS);
    await server.diagnostics(MOCKS);
    expect(applyEdits(text, await server.fixAllOnSave(MOCKS))).toBe(text);
  });
});

// VS Code opened on a folder above the monorepo: `root` in the monorepo's config, not ESLint's working
// directory, decides what the fix writes. By default the server runs ESLint from the config's folder; with
// `eslint.workingDirectories: ["."]` it runs from the workspace folder (and finds ESLint through `nodePath`).
describe.each([
  ['no working directory set (VS Code default)', () => ({ workingDirectory: undefined })],
  [
    'the workspace folder as working directory',
    (folder: string, root: string) => ({
      workingDirectory: { directory: folder },
      nodePath: path.join(root, 'node_modules'),
    }),
  ],
])('the ESLint language server, workspace folder above a monorepo, %s', (_label, settings) => {
  let server: LanguageServer;
  let root: string;
  beforeAll(async () => {
    const workspaceFolder = mkdtempSync(path.join(tmpdir(), 'standard-clients-workspace-folder-'));
    root = copyMonorepo('eslint', workspaceFolder);
    server = new LanguageServer(root, 'all', workspaceFolder, settings(workspaceFolder, root));
    await server.start();
  }, 60_000);
  afterAll(() => server.stop());

  it('names the specifier to write and fixes on save to specifiers that resolve; the wrapper stays clean', async () => {
    for (const file of [APP_INVOICES, EXPORT]) {
      const text = await server.open(file);
      const diagnostics = await server.diagnostics(file);
      expect(diagnostics.map((d) => d.message)).toEqual([
        `'axios' is banned: use HttpClient from '${expectedFixed[file]!.match(/from '([^']+)'/)![1]}' ${ADVICE}`,
      ]);
      const fixed = applyEdits(text, await server.fixAllOnSave(file));
      expect(fixed).toBe(expectedFixed[file]);
      writeFileSync(path.join(root, file), fixed);
      expect(unresolved(root, file)).toEqual([]);
    }
    for (const file of ['packages/http/src/index.ts', 'packages/http/src/retry.ts']) {
      await server.open(file);
      expect(await server.diagnostics(file)).toEqual([]);
    }
  }, 30_000);
});
