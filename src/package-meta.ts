import { createRequire } from 'node:module';

// A self-reference resolves the same package.json from src/ (tests) and dist/src/ (published).
const manifest = createRequire(import.meta.url)('eslint-plugin-standard-clients/package.json') as {
  name: string;
  version: string;
  repository: { url: string };
};

export const PLUGIN_NAME = manifest.name;
export const PLUGIN_VERSION = manifest.version;
export const PLUGIN_NAMESPACE = 'standard-clients';

const repository = manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** Pinned to the release tag, so that a docs link always describes the rule version that reported it. */
export function docsUrl(ruleName: string): string {
  return `${repository}/blob/v${PLUGIN_VERSION}/docs/rules/${ruleName}.md`;
}

/** The id a rule has in a config (`standard-clients/no-axios`), as error messages name it. */
export function ruleId(ruleName: string): string {
  return `${PLUGIN_NAMESPACE}/${ruleName}`;
}
