import * as tsParser from '@typescript-eslint/parser';
import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import * as espree from 'espree';
import { consumerTester } from './consumer.js';

/**
 * The same case runs under every parser and file kind whose grammar accepts it, so that a form is
 * proven under espree (CommonJS and ESM) and typescript-eslint (.ts, .tsx, .mts, .cts) alike.
 */
interface Variant {
  /** Names the variant in test titles, so that a failure says which parser and file kind it was. */
  readonly label: string;
  readonly filename: string;
  readonly languageOptions: TSESLint.FlatConfig.LanguageOptions;
}

const espreeModule = {
  label: 'espree, ES module',
  filename: 'file.mjs',
  languageOptions: { parser: espree, sourceType: 'module' },
} as const;
const espreeCommonJs = {
  label: 'espree, CommonJS',
  filename: 'file.cjs',
  languageOptions: { parser: espree, sourceType: 'commonjs' },
} as const;
const espreeJsx = {
  label: 'espree, JSX',
  filename: 'file.jsx',
  languageOptions: { parser: espree, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
} as const;
const ts = (filename: string, jsx = false): Variant => ({
  label: `typescript-eslint, ${filename.slice(filename.indexOf('.'))}`,
  filename,
  languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx } } },
});

function parses(parse: () => unknown): boolean {
  try {
    parse();
    return true;
  } catch {
    return false;
  }
}

const variantCache = new Map<string, Variant[]>();

export function variantsFor(code: string): Variant[] {
  let variants = variantCache.get(code);
  if (variants) return variants;
  const options = { ecmaVersion: 'latest', range: true, loc: true } as const;
  const isModule = parses(() => espree.parse(code, { ...options, sourceType: 'module' }));
  const isScript = parses(() => espree.parse(code, { ...options, sourceType: 'commonjs' }));
  const isJsx =
    !isModule && parses(() => espree.parse(code, { ...options, sourceType: 'module', ecmaFeatures: { jsx: true } }));
  const isTs = parses(() => tsParser.parse(code));
  const isTsx = parses(() => tsParser.parse(code, { jsx: true }));
  variants = [
    ...(isModule ? [espreeModule] : []),
    ...(isScript ? [espreeCommonJs] : []),
    ...(isJsx ? [espreeJsx] : []),
    ...(isTs ? [ts('file.ts'), ts(isScript ? 'file.cts' : 'file.mts')] : []),
    ...(isTsx ? [ts('file.tsx', true)] : []),
  ];
  variantCache.set(code, variants);
  return variants;
}

/** An expected report, located by the text it points at (the nth occurrence, default the first). */
export interface ExpectedReport<MessageId extends string> {
  readonly at: string;
  readonly nth?: number;
  readonly messageId?: MessageId;
  readonly data?: Record<string, string>;
  readonly suggestions?: InvalidTestCase<MessageId, readonly unknown[]>['errors'][number]['suggestions'];
}

export interface InvalidCase<MessageId extends string, Options extends readonly unknown[]> {
  readonly code: string;
  readonly errors: readonly ExpectedReport<MessageId>[];
  readonly output?: string | null;
  readonly options?: Options;
  readonly settings?: Record<string, unknown>;
  /** Restricts the variants, e.g. to one module system. */
  readonly only?: (variant: Variant) => boolean;
  readonly filename?: string;
}

export interface ValidCase<Options extends readonly unknown[]> {
  readonly code: string;
  readonly options?: Options;
  readonly settings?: Record<string, unknown>;
  readonly only?: (variant: Variant) => boolean;
  /** Replaces the variant's file name (keeping its parser when the extension agrees). */
  readonly filename?: string;
}

/** Each case once per variant that accepts it, with the variant's file name and parser. */
function expand<Case extends ValidCase<readonly unknown[]>>(c: Case) {
  const extension = c.filename && c.filename.slice(c.filename.lastIndexOf('.'));
  const variants = variantsFor(c.code).filter(
    (v) => (!c.only || c.only(v)) && (!extension || v.filename.endsWith(extension)),
  );
  // A case no variant accepts would never run, and so never fail.
  if (variants.length === 0) throw new Error(`test bug: no parser variant runs ${JSON.stringify(c)}`);
  return variants.map((v) => ({
    name: `[${v.label}] ${c.code.trim().split('\n', 1)[0]}`,
    code: c.code,
    filename: c.filename ?? v.filename,
    languageOptions: v.languageOptions,
    ...(c.options && { options: c.options }),
    ...(c.settings && { settings: c.settings }),
  }));
}

export function locate(code: string, text: string, nth = 0) {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = code.indexOf(text, index + 1);
    if (index === -1) throw new Error(`test bug: ${JSON.stringify(text)} #${nth} not found in ${JSON.stringify(code)}`);
  }
  const position = (offset: number) => {
    const before = code.slice(0, offset).split(/\r\n|\r|\n/);
    return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
  };
  const start = position(index);
  const end = position(index + text.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

export interface RuleCaseDefaults<MessageId extends string> {
  readonly messageId: MessageId;
  /** Message data for a report, given the text it points at. */
  readonly data: (at: string) => Record<string, string>;
}

export function runRuleCases<MessageId extends string, Options extends readonly unknown[]>(
  name: string,
  rule: TSESLint.RuleModule<MessageId, Options>,
  defaults: RuleCaseDefaults<MessageId>,
  // Options as users write them: partial, merged with meta.defaultOptions by ESLint.
  cases: {
    valid: readonly ValidCase<readonly unknown[]>[];
    invalid: readonly InvalidCase<MessageId, readonly unknown[]>[];
  },
): void {
  const tester = consumerTester();
  const valid = cases.valid.flatMap((c) => expand(c)) as unknown as ValidTestCase<Options>[];
  const invalid = cases.invalid.flatMap((c) =>
    expand(c).map((variant) => ({
      ...variant,
      output: c.output === undefined ? null : c.output,
      errors: c.errors.map((e) => ({
        messageId: e.messageId ?? defaults.messageId,
        data: e.data ?? defaults.data(e.at),
        ...locate(c.code, e.at, e.nth),
        ...(e.suggestions !== undefined && { suggestions: e.suggestions }),
      })),
    })),
  ) as unknown as InvalidTestCase<MessageId, Options>[];
  tester.run(name, rule, { valid, invalid });
}

export const isCommonJs = (variant: Variant): boolean => /\.c[jt]s$/.test(variant.filename);
export const isEsModule = (variant: Variant): boolean => !isCommonJs(variant);
