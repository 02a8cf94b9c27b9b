import * as tsParser from '@typescript-eslint/parser';
import * as svelteParser from 'svelte-eslint-parser';
import rule from '../../rules/no-axios.js';
import { HTTP, httpAdvice, maily, UNPROVEN } from '../fixes/fix-cases.js';
import { locate } from '../helpers/rule-cases.js';
import { consumerTester } from '../helpers/consumer.js';

// svelte-eslint-parser puts markup expressions in the scope manager, so renames reach them unchanged.
const languageOptions = { parser: svelteParser, parserOptions: { parser: tsParser } };

function invalid(
  name: string,
  code: string,
  output: string,
  errors: readonly { at: string; messageId?: typeof UNPROVEN }[],
) {
  return {
    name,
    code,
    output,
    filename: 'Component.svelte',
    languageOptions,
    settings: maily,
    errors: errors.map((e) => ({
      messageId: e.messageId ?? ('banned' as const),
      data: { module: e.at.slice(1, -1), advice: httpAdvice },
      ...locate(code, e.at),
    })),
  };
}

consumerTester().run('no-axios in Svelte components', rule, {
  valid: [],
  invalid: [
    invalid(
      'markup expressions and event handlers',
      `<script>
  import axios, { AxiosError } from 'axios';
  let error = null;
</script>

<button on:click={() => axios.get('/ping').catch((e) => (error = e))}>{axios.head}</button>
{#if error instanceof AxiosError}<p>{error.message}</p>{/if}
`,
      `<script>
  import { httpClient, HttpClientError } from '${HTTP}';
  let error = null;
</script>

<button on:click={() => httpClient.get('/ping').catch((e) => (error = e))}>{httpClient.head}</button>
{#if error instanceof HttpClientError}<p>{error.message}</p>{/if}
`,
      [{ at: "'axios'" }],
    ),
    invalid(
      '<script lang="ts"> with types',
      `<script lang="ts">
  import axios, { type AxiosResponse } from 'axios';
  let last: AxiosResponse | null = null;
  const ping = async () => (last = await axios.get('/ping'));
</script>

<button onclick={ping}>{last?.status ?? axios.options}</button>
`,
      `<script lang="ts">
  import { httpClient, type HttpResponse } from '${HTTP}';
  let last: HttpResponse | null = null;
  const ping = async () => (last = await httpClient.get('/ping'));
</script>

<button onclick={ping}>{last?.status ?? httpClient.options}</button>
`,
      // `AxiosResponse | null` is a union annotation, not followed: the mapping's word.
      [{ at: "'axios'", messageId: UNPROVEN }],
    ),
    invalid(
      'an {#each} variable named like the target keeps the local name',
      `<script>
  import axios from 'axios';
</script>

{#each clients as httpClient}<button on:click={() => axios.get(httpClient.url)}>{httpClient.name}</button>{/each}
`,
      `<script>
  import { httpClient as axios } from '${HTTP}';
</script>

{#each clients as httpClient}<button on:click={() => axios.get(httpClient.url)}>{httpClient.name}</button>{/each}
`,
      [{ at: "'axios'" }],
    ),
  ],
});
