import { packageNameOf } from './module-matcher.js';

/** How one banned module's names map onto the target's exports; `'default'` names the target's default export. */
export interface Mapping {
  readonly default?: string;
  readonly named?: Readonly<Record<string, string>>;
  /** `object.member` on the module object or on the default export -> target export. */
  readonly members?: Readonly<Record<string, string>>;
  /** Members of the default export that the target export `default` maps to has too. */
  readonly surface?: readonly string[];
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
