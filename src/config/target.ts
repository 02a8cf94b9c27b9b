export interface Mapping {
  readonly default?: string;
  readonly named?: Readonly<Record<string, string>>;
  readonly members?: Readonly<Record<string, string>>;
}

/** Where a standardized client lives, and how banned modules' names map onto its exports. */
export type Target = (
  | { readonly module: string; readonly file?: undefined }
  | { readonly file: string; readonly module?: undefined }
) & {
  readonly name?: string;
  readonly mappings?: Readonly<Record<string, Mapping>>;
};

/** How a target is named in messages: its module, or its workspace file. */
export function targetLabel(target: Target): string {
  return target.module ?? target.file;
}
