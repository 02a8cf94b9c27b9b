// Oxlint runs the same rules as a JS plugin, many times faster: the fast path for big CI runs.
// `oxlint -c oxlint.config.js` (JavaScript configs are read when oxlint runs on Node.js).
import standardClients from 'eslint-plugin-standard-clients';

// The preset's first block holds the rules for code and the shared settings.
const [{ rules, settings }] = standardClients.configs.maily;
const exemptClientPackages = { allow: ['packages/error-handling/**', 'packages/database/**'] };

export default {
  plugins: [],
  categories: { correctness: 'off' },
  jsPlugins: ['eslint-plugin-standard-clients'],
  ignorePatterns: ['**/node_modules/**', '**/*.d.ts'],
  settings,
  rules: Object.fromEntries(Object.keys(rules).map((rule) => [rule, ['error', exemptClientPackages]])),
};
