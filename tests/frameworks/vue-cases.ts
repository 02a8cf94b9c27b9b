import * as tsParser from '@typescript-eslint/parser';
import * as vueParser from 'vue-eslint-parser';
import { reason, unmappedMembers } from '../../src/fixes/reasons.js';
import { HTTP, httpAdvice, maily, manual, UNPROVEN } from '../fixes/fix-cases.js';
import { locate } from '../helpers/rule-cases.js';

/** vue-eslint-parser parses `<script lang="ts">` with typescript-eslint and every other script with espree. */
export const languageOptions = {
  parser: vueParser,
  parserOptions: { parser: { ts: tsParser, js: 'espree' } },
};

type Report = ReturnType<typeof manual> | { at: string; nth?: number; messageId?: typeof UNPROVEN };

function invalid(name: string, code: string, output: string | null, errors: readonly Report[]) {
  return {
    name,
    code,
    output,
    filename: 'Component.vue',
    languageOptions,
    settings: maily,
    errors: errors.map((e) => ({
      messageId: e.messageId ?? ('banned' as const),
      data: 'data' in e ? e.data : { module: e.at.slice(1, -1), advice: httpAdvice },
      ...locate(code, e.at, e.nth),
      ...('suggestions' in e && { suggestions: e.suggestions }),
    })),
  };
}

/** Fix cases for `.vue` files; each `output` is also compiled by Vue (vue-compile.test.ts). */
export const vueCases = [
  // The example: template uses follow the renamed imports.
  invalid(
    "the issue's example: template uses follow the renamed imports",
    `<script setup>
import axios, { AxiosError } from 'axios';
</script>

<template>
  <button @click="axios.get('/ping')">{{ AxiosError.name }}</button>
</template>
`,
    `<script setup>
import { httpClient, HttpClientError } from '${HTTP}';
</script>

<template>
  <button @click="httpClient.get('/ping')">{{ HttpClientError.name }}</button>
</template>
`,
    [{ at: "'axios'" }],
  ),
  // TypeScript: types and values, script and template, under one declaration.
  invalid(
    'TypeScript <script setup lang="ts">',
    `<script setup lang="ts">
import { ref } from 'vue';
import axios, { type AxiosResponse } from 'axios';
const last = ref<AxiosResponse | null>(null);
</script>

<template>
  <button @click="axios.get('/ping').then((r) => (last = r))">{{ (last as AxiosResponse | null)?.status }}</button>
</template>
`,
    `<script setup lang="ts">
import { ref } from 'vue';
import { httpClient, type HttpResponse } from '${HTTP}';
const last = ref<HttpResponse | null>(null);
</script>

<template>
  <button @click="httpClient.get('/ping').then((r) => (last = r))">{{ (last as HttpResponse | null)?.status }}</button>
</template>
`,
    // AxiosResponse as a generic argument is not followed: the fix rests on the mapping's word there.
    [{ at: "'axios'", messageId: UNPROVEN }],
  ),
  // Every kind of template expression: v-bind, :is, v-for source, v-if, slot props, shorthand object keys.
  invalid(
    'every kind of template expression',
    `<script setup>
import axios, { AxiosError } from 'axios';
</script>
<template>
  <component :is="AxiosError" @click="axios.post('/ping')" :deps="{ axios }" />
  <li v-for="key in Object.keys(axios)" v-if="axios" :key="key">{{ key }}</li>
  <slot-user #default="{ item }">{{ item instanceof AxiosError }}</slot-user>
</template>
`,
    `<script setup>
import { httpClient, HttpClientError } from '${HTTP}';
</script>
<template>
  <component :is="HttpClientError" @click="httpClient.post('/ping')" :deps="{ axios: httpClient }" />
  <li v-for="key in Object.keys(httpClient)" v-if="httpClient" :key="key">{{ key }}</li>
  <slot-user #default="{ item }">{{ item instanceof HttpClientError }}</slot-user>
</template>
`,
    // axios and AxiosError are used whole (:deps, :is, Object.keys): the mapping's word.
    [{ at: "'axios'", messageId: UNPROVEN }],
  ),
  // A template variable of the old name shadows the import only where it is declared.
  invalid(
    'a v-for variable of the old name is left alone',
    `<script setup>
import axios from 'axios';
</script>
<template>
  <li v-for="axios in mirrors" :key="axios.url">{{ axios.url }}</li>
  <button @click="axios.get('/')">ping</button>
</template>
`,
    `<script setup>
import { httpClient } from '${HTTP}';
</script>
<template>
  <li v-for="axios in mirrors" :key="axios.url">{{ axios.url }}</li>
  <button @click="httpClient.get('/')">ping</button>
</template>
`,
    [{ at: "'axios'" }],
  ),
  // A v-for variable named like the target would shadow it in the template: the import keeps its name.
  invalid(
    'v-for variable named httpClient forces an alias',
    `<script setup>
import axios from 'axios';
</script>
<template>
  <li v-for="httpClient in clients" @click="axios.get(httpClient.url)">{{ httpClient.name }}</li>
</template>
`,
    `<script setup>
import { httpClient as axios } from '${HTTP}';
</script>
<template>
  <li v-for="httpClient in clients" @click="axios.get(httpClient.url)">{{ httpClient.name }}</li>
</template>
`,
    [{ at: "'axios'" }],
  ),
  // A template name that means something else (a prop here) would be captured by the new import.
  invalid(
    'a prop named httpClient forces an alias',
    `<script setup>
import axios from 'axios';
defineProps(['httpClient']);
</script>
<template>
  <button @click="axios.get('/')">{{ httpClient }}</button>
</template>
`,
    `<script setup>
import { httpClient as axios } from '${HTTP}';
defineProps(['httpClient']);
</script>
<template>
  <button @click="axios.get('/')">{{ httpClient }}</button>
</template>
`,
    [{ at: "'axios'" }],
  ),
  // A tag resolves to a setup binding of its camelized name: <http-client> would render the new import.
  invalid(
    'a <http-client> tag forces an alias',
    `<script setup>
import axios from 'axios';
axios.get('/');
</script>
<template>
  <http-client />
</template>
`,
    `<script setup>
import { httpClient as axios } from '${HTTP}';
axios.get('/');
</script>
<template>
  <http-client />
</template>
`,
    [{ at: "'axios'" }],
  ),
  // Template uses the fix cannot rename in place (same-name shorthand, assignment): the local name stays.
  invalid(
    'same-name shorthand :axios keeps the local name',
    `<script setup>
import axios, { AxiosError } from 'axios';
</script>
<template>
  <client-view :axios :error="AxiosError" />
</template>
`,
    `<script setup>
import { httpClient as axios, HttpClientError } from '${HTTP}';
</script>
<template>
  <client-view :axios :error="HttpClientError" />
</template>
`,
    [{ at: "'axios'", messageId: UNPROVEN }],
  ),
  invalid(
    'assignment in the template keeps the local name',
    `<script setup>
import axios from 'axios';
</script>
<template>
  <button @click="axios = null">{{ axios }}</button>
</template>
`,
    `<script setup>
import { httpClient as axios } from '${HTTP}';
</script>
<template>
  <button @click="axios = null">{{ axios }}</button>
</template>
`,
    [{ at: "'axios'", messageId: UNPROVEN }],
  ),
  // A module object is rewritten member by member, in the template too, while every member is mapped.
  invalid(
    'namespace members in the template',
    `<script setup>
import * as http from 'axios';
</script>
<template>
  <p v-if="http.isAxiosError(error)">{{ error.message }}</p>
</template>
`,
    `<script setup>
import { isHttpClientError } from '${HTTP}';
</script>
<template>
  <p v-if="isHttpClientError(error)">{{ error.message }}</p>
</template>
`,
    [{ at: "'axios'" }],
  ),
  invalid(
    'unmapped namespace member in the template',
    `<script setup>
import * as http from 'axios';
</script>
<template>
  <p v-if="http.isAxiosError(error)">{{ http.isCancel(error) }}</p>
</template>
`,
    null,
    [manual("'axios'", unmappedMembers(['isCancel'], 'http'))],
  ),
  invalid(
    'namespace bound by same-name shorthand',
    `<script setup>
import * as http from 'axios';
</script>
<template>
  <client-view :http />
</template>
`,
    null,
    [manual("'axios'", reason('templateShorthand', { name: 'http' }))],
  ),
  // A template vue-eslint-parser does not parse hides its uses: nothing is renamed.
  invalid(
    'unparsed pug template',
    `<script setup>
import axios from 'axios';
</script>
<template lang="pug">
button(@click="axios.get('/')")
</template>
`,
    null,
    [manual("'axios'", reason('templateLang', { lang: 'pug' }))],
  ),
  invalid(
    'external template file',
    `<script setup>
import axios from 'axios';
</script>
<template src="./ping.html"></template>
`,
    null,
    [manual("'axios'", reason('templateSrc', { src: './ping.html' }))],
  ),
  // Two loads merged into one import, in <script setup> (Vue ignores a blank one): the name one template use
  // cannot change is the name both take.
  invalid(
    'merged loads keep the pinned name',
    `<script>
import ax from 'axios';
export const ping = () => ax.get('/ping');
</script>
<script setup>
import axios from 'axios';
</script>
<template>
  <client-view :axios />
</template>
`,
    `<script>
export const ping = () => axios.get('/ping');
</script>
<script setup>
import { httpClient as axios } from '${HTTP}';
</script>
<template>
  <client-view :axios />
</template>
`,
    [{ at: "'axios'" }, { at: "'axios'", nth: 1, messageId: UNPROVEN }],
  ),
  // Extending the target import of <script> would leave <script setup> blank, and Vue would drop the block.
  invalid(
    'a blank <script setup> is not fixed',
    `<script>
import { httpClient } from '${HTTP}';
export default { name: 'PingButton' };
</script>
<script setup>
import { AxiosError } from 'axios';
</script>
<template>
  <button @click="httpClient.get('/ping')">{{ AxiosError.name }}</button>
</template>
`,
    null,
    [manual("'axios'", reason('blankScriptSetup'))],
  ),
  // Options API: the template sees the component instance, not the module's imports.
  invalid(
    'Options API',
    `<script>
import axios from 'axios';
export default {
  data: () => ({ httpClient: null }),
  methods: {
    ping() {
      return axios.get('/ping');
    },
  },
};
</script>
<template>
  <button @click="ping">{{ httpClient }}</button>
</template>
`,
    `<script>
import { httpClient } from '${HTTP}';
export default {
  data: () => ({ httpClient: null }),
  methods: {
    ping() {
      return httpClient.get('/ping');
    },
  },
};
</script>
<template>
  <button @click="ping">{{ httpClient }}</button>
</template>
`,
    [{ at: "'axios'" }],
  ),
  // <script> and <script setup>: both scripts' imports are module bindings the template sees.
  invalid(
    '<script> + <script setup>',
    `<script>
import axios from 'axios';
export default { name: 'PingButton' };
</script>

<script setup>
import { AxiosError } from 'axios';
const ping = () => axios.get('/ping');
</script>

<template>
  <button @click="ping" :title="AxiosError.name">{{ axios.head }}</button>
</template>
`,
    `<script>
export default { name: 'PingButton' };
</script>

<script setup>
import { httpClient, HttpClientError } from '${HTTP}';
const ping = () => httpClient.get('/ping');
</script>

<template>
  <button @click="ping" :title="HttpClientError.name">{{ httpClient.head }}</button>
</template>
`,
    [{ at: "'axios'" }, { at: "'axios'", nth: 1 }],
  ),
];
