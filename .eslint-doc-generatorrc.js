/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  configEmoji: [
    ['recommended', '✅'],
    ['maily', '🏢'],
  ],
  ruleDocSectionInclude: ['Rule details', 'Options', 'Fixes and suggestions'],
  ruleDocNotices: ['configs', 'fixableAndHasSuggestions', 'options'],
  ruleListColumns: ['name', 'description', 'configsError', 'fixable', 'hasSuggestions', 'options'],
  ruleDocTitleFormat: 'prefix-name',
};
