import path from 'node:path';
import type { ClientSlot } from '../standard-clients.js';
import { settingsSchema } from './schemas.js';
import type { Target } from './target.js';
import { findSchemaViolation } from './validate-json.js';

export const SETTINGS_KEY = 'standard-clients';

export type PluginSettings = Partial<Record<ClientSlot, Target>> & {
  /** The absolute folder that `file` targets and `allow` globs resolve against (default: ESLint's cwd). */
  readonly root?: string;
  /** Globs of files (relative to `root`) that every rule exempts; a rule's own `allow` adds to them. */
  readonly allow?: readonly string[];
};

const validated = new WeakMap<object, PluginSettings>();

/**
 * Reads `settings['standard-clients']`, validated against the documented schema. A bad value throws an
 * error that names the key, which ESLint shows for the rule being loaded.
 */
export function readPluginSettings(settings: Readonly<Record<string, unknown>>): PluginSettings {
  const raw = settings[SETTINGS_KEY];
  if (raw === undefined) {
    const misspelt = misspeltKey(settings);
    if (misspelt !== undefined)
      throw new Error(
        `eslint-plugin-standard-clients: settings['${misspelt}'] is not read; the plugin's settings key is '${SETTINGS_KEY}'.`,
      );
    return {};
  }
  if (typeof raw === 'object' && raw !== null) {
    const cached = validated.get(raw);
    if (cached) return cached;
  }
  const problem = findSchemaViolation(raw, settingsSchema, `settings['${SETTINGS_KEY}']`) ?? rootProblem(raw);
  if (problem) throw new Error(`eslint-plugin-standard-clients: ${problem}.`);
  validated.set(raw as object, raw as PluginSettings);
  return raw as PluginSettings;
}

/**
 * A settings key that means ours but is spelt otherwise (`standard-client`, `standardClients`): without this, the
 * targets in it are silently ignored and every rule falls back to reporting only.
 */
function misspeltKey(settings: Readonly<Record<string, unknown>>): string | undefined {
  // Every rule asks for every file; a configuration's settings object is the same each time, and a configuration
  // without settings hands each file an empty one of its own.
  if (isEmpty(settings) || withoutMisspelling.has(settings)) return undefined;
  const misspelt = Object.keys(settings).find(
    (key) => key !== SETTINGS_KEY && spelling(key) === spelling(SETTINGS_KEY),
  );
  if (misspelt === undefined) withoutMisspelling.add(settings);
  return misspelt;
}

const withoutMisspelling = new WeakSet<object>();

/** Whether an object has no key, without listing its keys. */
function isEmpty(object: object): boolean {
  for (const key in object) if (Object.hasOwn(object, key)) return false;
  return true;
}

/** A key as it reads with case, punctuation and a plural s left out. */
const spelling = (key: string) =>
  key
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/s$/, '');

// A relative root would depend on where ESLint runs, which is what the setting exists to avoid.
function rootProblem(raw: unknown): string | undefined {
  const { root } = raw as PluginSettings;
  if (root === undefined || path.isAbsolute(root)) return undefined;
  return `settings['${SETTINGS_KEY}'].root must be an absolute path (e.g. import.meta.dirname in eslint.config.js), got ${JSON.stringify(root)}`;
}
