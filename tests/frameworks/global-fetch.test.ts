import * as tsParser from '@typescript-eslint/parser';
import * as svelteParser from 'svelte-eslint-parser';
import rule from '../../rules/no-global-fetch.js';
import type { GlobalUseMessageId } from '../../src/engine/report-global-uses.js';
import { notFixedMessageId } from '../../src/fixes/reasons.js';
import { HTTP, httpAdvice, maily } from '../fixes/fix-cases.js';
import { locate } from '../helpers/rule-cases.js';
import { languageOptions as vue } from './vue-cases.js';
import { consumerTester } from '../helpers/consumer.js';

const svelte = { parser: svelteParser, parserOptions: { parser: tsParser } };

function report(
  code: string,
  at: string,
  nth = 0,
  messageId: GlobalUseMessageId = 'banned',
  data: Record<string, string> = {},
) {
  return { messageId, data: { ...data, global: 'fetch', advice: httpAdvice }, ...locate(code, at, nth) } as const;
}

const vueFetch = `<script setup>
import { ref } from 'vue';
const data = ref(null);
const load = async () => (data.value = await fetch('/a'));
</script>

<template><button @click="load">{{ data }}</button></template>
`;
// A template sees the script's bindings, not the globals: an import named `fetch` would capture its `fetch`.
const vueTemplateFetch = `<script setup>
const load = async () => await window.fetch('/a');
</script>

<template><button @click="fetch('/x')">{{ load }}</button></template>
`;
const svelteFetch = `<script>
  let data = fetch('/a');
</script>

{#await fetch('/b') then r}<p>{r.status}</p>{/await}
`;
const svelteModuleScript = `<script context="module">
  export const prerender = true;
</script>

<script lang="ts">
  import { a } from 'a';
  const load = () => window.fetch(a);
</script>

<button on:click={load}>load</button>
`;
const svelteMarkupOnly = `{#await fetch('/b') then r}<p>{r.status}</p>{/await}
`;

consumerTester().run('no-global-fetch in components', rule, {
  valid: [],
  invalid: [
    {
      name: 'Vue: the import joins the <script setup> imports',
      code: vueFetch,
      output: vueFetch.replace("from 'vue';\n", `from 'vue';\nimport { fetch } from '${HTTP}';\n`),
      filename: 'Component.vue',
      languageOptions: vue,
      settings: maily,
      errors: [report(vueFetch, 'fetch')],
    },
    {
      name: "Vue: a template's own fetch keeps its meaning",
      code: vueTemplateFetch,
      output: `<script setup>
import { fetch as standardFetch } from '${HTTP}';

const load = async () => await standardFetch('/a');
</script>

<template><button @click="fetch('/x')">{{ load }}</button></template>
`,
      filename: 'Component.vue',
      languageOptions: vue,
      settings: maily,
      errors: [report(vueTemplateFetch, 'window.fetch')],
    },
    {
      name: 'Svelte: the import joins the instance script, the markup uses it too',
      code: svelteFetch,
      output: svelteFetch.replace('<script>\n', `<script>\n  import { fetch } from '${HTTP}';\n\n`),
      filename: 'Component.svelte',
      languageOptions: svelte,
      settings: maily,
      errors: [report(svelteFetch, 'fetch'), report(svelteFetch, 'fetch', 1)],
    },
    {
      name: 'Svelte: after the imports of the instance script, not the module script',
      code: svelteModuleScript,
      output: svelteModuleScript
        .replace("from 'a';\n", `from 'a';\n  import { fetch } from '${HTTP}';\n`)
        .replace('window.fetch', 'fetch'),
      filename: 'Component.svelte',
      languageOptions: svelte,
      settings: maily,
      errors: [report(svelteModuleScript, 'window.fetch')],
    },
    {
      name: 'Svelte: markup without a script, reported only',
      code: svelteMarkupOnly,
      output: null,
      filename: 'Component.svelte',
      languageOptions: svelte,
      settings: maily,
      errors: [report(svelteMarkupOnly, 'fetch', 0, notFixedMessageId('noInsertionPoint'), { target: HTTP })],
    },
  ],
});
