import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copyExample, eslint, type LintResult, readSources, runWorkspaceTests, tsc } from './cli-helpers.js';

/**
 * The typed pass over the example: example/eslint.typed.config.js lints the TypeScript files with the project
 * service, so the target's own types judge every use. Its verdicts differ from the untyped run only where the
 * types speak (a member the target lacks, a constructor that takes other arguments); its fixes are the reviewed
 * golden files, and they type-check.
 */

const goldenDir = fileURLToPath(new URL('golden/', import.meta.url));

function lintTyped(root: string, config = 'eslint.typed.config.js', files = ['.']) {
  const run = eslint('eslint', ['-c', config, ...files, '--format', 'json'], root);
  expect(run.stderr).toBe('');
  const results = JSON.parse(run.stdout) as LintResult[];
  return results.flatMap((result) =>
    result.messages.map((m) => ({
      at: `${path.relative(root, result.filePath).split(path.sep).join('/')}:${m.line}`,
      messageId: m.messageId,
      message: m.message,
    })),
  );
}

const why = (message: string) => message.slice(message.indexOf('Not fixed automatically: ') + 25);

/** Where the types decide otherwise than the stated promises, and what they say. */
const typeVerdicts = [
  {
    at: 'services/billing/src/refunds.ts:4',
    messageId: 'notFixed/typeMismatch',
    why: "on line 12, 'HttpClientError' has no member 'response' (read on 'AxiosError').",
  },
  {
    at: 'services/realtime/src/rate-limit.ts:3',
    messageId: 'notFixed/typeMismatch',
    why: "on line 5, no signature of 'new RedisClient' takes (string, { lazyConnect: boolean }).",
  },
];

describe('the typed pass over the example workspace', () => {
  it('reports what the untyped run reports, with the types as the reason where they see a mismatch', () => {
    const root = copyExample();
    const typed = lintTyped(root);
    const untyped = lintTyped(root, 'eslint.config.js');
    const key = ({ at, messageId }: { at: string; messageId?: string }) => `${at} ${messageId}`;
    const onlyTyped = typed.filter((m) => !untyped.some((u) => key(u) === key(m)));
    const onlyUntyped = untyped.filter((m) => !typed.some((t) => key(t) === key(m)));
    expect(onlyTyped.map((m) => ({ at: m.at, messageId: m.messageId, why: why(m.message) }))).toEqual(typeVerdicts);
    expect(onlyUntyped.map(key)).toEqual(typeVerdicts.map((v) => `${v.at} notFixed/memberNotPromised`));
    // Types prove the file's uses, not an exported client's: the escape stays a reason.
    expect(typed.filter((m) => m.at === 'services/realtime/src/pubsub.ts:2').map((m) => m.messageId)).toEqual([
      'notFixed/valueEscapes',
    ]);
  }, 60_000);

  it('proves by the types alone: with every promise, surface and version struck from the preset, the same mismatches are found, and --fix keeps the workspace green', () => {
    const root = copyExample();
    // The preset's settings with only the names kept: nothing stated, the types are the only proof.
    writeFileSync(
      path.join(root, 'eslint.names-only.config.js'),
      `import typed from './eslint.typed.config.js';
// Settings merge deeply across config objects: the preset's own object is replaced, not overridden.
const strip = (target) => ({
  ...target,
  mappings: Object.fromEntries(
    Object.entries(target.mappings).map(([module, { promises, surface, versions, versionsNote, ...names }]) => [module, names]),
  ),
});
export default typed.map((config) => {
  const settings = config.settings?.['standard-clients'];
  if (!settings?.http) return config;
  return { ...config, settings: { 'standard-clients': { ...settings, http: strip(settings.http), redis: strip(settings.redis) } } };
});
`,
    );
    const printed = eslint('eslint', ['-c', 'eslint.names-only.config.js', '--print-config', 'a.ts'], root);
    const { http, redis } = JSON.parse(printed.stdout).settings['standard-clients'];
    expect(Object.keys(http.mappings.axios).sort()).toEqual(['default', 'members', 'named']);
    expect(Object.keys(redis.mappings.ioredis).sort()).toEqual(['default', 'named']);
    const files = ['services/billing/src/refunds.ts', 'services/realtime/src/rate-limit.ts'];
    const typed = lintTyped(root, 'eslint.names-only.config.js', files);
    expect(typed.map((m) => ({ at: m.at, messageId: m.messageId, why: why(m.message) }))).toEqual(typeVerdicts);

    // What a user with names alone gets from --fix: the JavaScript files (no types) are fixed on the mapping's
    // word, except where the callback guard or a sibling load left for a person speaks; the TypeScript files
    // by the types. The workspace still type-checks and its tests pass.
    eslint('eslint', ['-c', 'eslint.names-only.config.js', '.', '--fix'], root);
    eslint('eslint', ['-c', 'eslint.names-only.config.js', '.', '--fix'], root);
    const left = lintTyped(root, 'eslint.names-only.config.js').filter((m) => m.messageId?.startsWith('notFixed/'));
    expect(left.map((m) => `${m.at} ${m.messageId}`)).toEqual([
      'apps/dashboard/src/ApiStatus.vue:3 notFixed/unaccountedMembers',
      'services/billing/src/refunds.ts:4 notFixed/typeMismatch',
      'services/billing/test/invoices.test.ts:7 notFixed/noSuggestion',
      'services/billing/test/invoices.test.ts:8 notFixed/wholeModuleType',
      'services/legacy-cache/src/cache.cjs:7 notFixed/callbackApi',
      'services/realtime/src/cluster.ts:2 notFixed/unmappedNames',
      'services/realtime/src/rate-limit.ts:3 notFixed/typeMismatch',
      'services/worker/src/polyfills.cjs:5 notFixed/bareRequire',
      'services/worker/src/retrying-client.cjs:5 notFixed/companionInFile',
      'services/worker/src/worker.cjs:4 notFixed/unaccountedMembers',
      'services/worker/src/worker.cjs:6 notFixed/moduleLoadStays',
    ]);
    const typecheck = tsc(root);
    expect(typecheck.stdout + typecheck.stderr).toBe('');
    const tests = runWorkspaceTests(root);
    expect(tests.status, tests.output).toBe(0);
  }, 240_000);

  it('--fix, twice, yields the reviewed golden files, which type-check', () => {
    const root = copyExample();
    expect(eslint('eslint', ['-c', 'eslint.typed.config.js', '.', '--fix'], root).status).toBe(1);
    expect(eslint('eslint', ['-c', 'eslint.typed.config.js', '.', '--fix'], root).status).toBe(1);
    expect(readSources(root)).toEqual(readSources(goldenDir));
    const typecheck = tsc(root);
    expect(typecheck.stdout + typecheck.stderr).toBe('');
    expect(typecheck.status).toBe(0);
  }, 90_000);
});
