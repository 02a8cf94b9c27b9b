import rule from '../../rules/no-axios.js';
import { HTTP, maily } from '../fixes/fix-cases.js';
import { languageOptions, vueCases } from './vue-cases.js';
import { consumerTester } from '../helpers/consumer.js';

consumerTester().run('no-axios in Vue single-file components', rule, {
  valid: [
    {
      code: `<script setup>\nimport { httpClient } from '${HTTP}';\n</script>`,
      filename: 'Component.vue',
      languageOptions,
      settings: maily,
    },
  ],
  invalid: vueCases,
});
