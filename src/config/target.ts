import { packageNameOf } from './module-matcher.js';

/**
 * What the target promises for one banned name (`'default'`, an export, or a member of the module object): what
 * its replacement has, so that every use the file makes of the name can be checked. A list left out is not
 * checked: the mapping's word stands for it.
 */
export interface Promised {
  /** Members read on the name itself (statics: `AxiosError.from`, `Redis.Cluster`). */
  readonly members?: readonly string[];
  /** Members of its instances: `new Redis(url).get`, and values narrowed by `instanceof` or a guard. */
  readonly instances?: readonly string[];
  /** Members of what calling it returns (a factory: `createClient().get`). */
  readonly returns?: readonly string[];
  /** For a type guard (`isAxiosError`): the promised name whose instances it narrows its argument to. */
  readonly narrows?: string;
}

/** How one banned module's names map onto the target's exports; `'default'` names the target's default export. */
export interface Mapping {
  readonly default?: string;
  readonly named?: Readonly<Record<string, string>>;
  /** `object.member` on the module object or on the default export -> target export. */
  readonly members?: Readonly<Record<string, string>>;
  /** Members of the default export that the target export `default` maps to has too (`promises.default.members`). */
  readonly surface?: readonly string[];
  /** Per banned name, what the target promises for it. */
  readonly promises?: Readonly<Record<string, Promised>>;
  /** The versions of the banned package the mapping is a drop-in for: a semver range (`'>=4'`). */
  readonly versions?: string;
  /** Why other versions are not (shown when the installed version is outside `versions`). */
  readonly versionsNote?: string;
}

/** How a relative specifier to a target file ends: no extension, the emitted `.js` (NodeNext), or as written. */
export type ImportExtension = 'none' | 'js' | 'keep';

/** Where a standardized client lives, and how banned modules' names map onto its exports. */
export type Target = (
  | { readonly module: string; readonly file?: undefined; readonly extension?: undefined }
  | { readonly file: string; readonly module?: undefined; readonly extension?: ImportExtension }
) & {
  readonly name?: string;
  /** Why to switch, shown in messages after the target. */
  readonly advice?: string;
  /** An http(s) link to the team's migration guide, shown in messages. */
  readonly guide?: string;
  /** The module tests mock the client with, named in the advice for mock libraries of banned clients. */
  readonly testing?: string;
  /** The version range to declare for the target's package (package.json suggestions). */
  readonly version?: string;
  readonly mappings?: Readonly<Record<string, Mapping>>;
  /** Global APIs the target replaces -> its export: `{ fetch: 'fetch' }` lets `no-global-fetch` fix `fetch(…)`. */
  readonly globals?: { readonly fetch?: string };
};

/** The package a module target belongs to: '@org/http/client' -> '@org/http'; none for a file target. */
export function targetPackage(target: Target): string | undefined {
  return target.module === undefined ? undefined : packageNameOf(target.module);
}
