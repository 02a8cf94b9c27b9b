import axiosRule from '../../rules/no-axios.js';
import redisRule from '../../rules/no-legacy-redis.js';
import { isEsModule, runRuleCases } from '../helpers/rule-cases.js';
import { HTTP, httpAdvice, maily, REDIS, redisAdvice, UNPROVEN } from './fix-cases.js';

/*
 * Comments and layout of written declarations: every comment of the file appears once after the fix (next to
 * the binding its specifier became, else where it was), and a written list keeps the file's brace spacing, its
 * one-item-per-line layout, indentation and trailing-comma habit.
 */

const settings = maily;
const data = (advice: string) => (at: string) => ({ module: at.slice(1, -1), advice });
const lines = (...text: string[]) => text.join('\n');

runRuleCases(
  'no-axios layout',
  axiosRule,
  { messageId: 'banned', data: data(httpAdvice) },
  {
    valid: [],
    invalid: [
      // ---- comments inside a rewritten import travel with their specifiers; after it, they stay
      {
        code: lines(
          'import axios, {',
          '  AxiosError, // used by retry',
          '  /* types */ type AxiosResponse,',
          "} from 'axios'; // http",
          "axios.get('/').catch((e: AxiosResponse) => e instanceof AxiosError);",
        ),
        output: lines(
          'import {',
          '  httpClient,',
          '  HttpClientError, // used by retry',
          '  /* types */ type HttpResponse,',
          `} from '${HTTP}'; // http`,
          "httpClient.get('/').catch((e: HttpResponse) => e instanceof HttpClientError);",
        ),
        errors: [{ at: "'axios'" }],
      },
      {
        code: "import /* a */ axios /* b */ from /* c */ 'axios';\naxios.get('/');",
        output: `/* c */ import { /* a */ httpClient /* b */ } from '${HTTP}';\nhttpClient.get('/');`,
        errors: [{ at: "'axios'" }],
      },
      // A `//` comment cannot sit inside a one-line list: it stays where its import was.
      {
        code: lines(
          "import axios from 'axios';",
          'import {',
          '  AxiosError, // why',
          "} from 'axios';",
          'axios.get(AxiosError);',
        ),
        output: lines(
          `import { httpClient, HttpClientError } from '${HTTP}';`,
          '// why',
          'httpClient.get(HttpClientError);',
        ),
        errors: [
          { at: "'axios'", nth: 0 },
          { at: "'axios'", nth: 1, messageId: UNPROVEN },
        ],
      },
      {
        code: lines(
          'import {',
          '  AxiosError, // why',
          "} from 'axios';",
          "import axios from 'axios'; // second",
          'axios.get(AxiosError);',
        ),
        output: lines(
          'import {',
          '  HttpClientError, // why',
          '  httpClient,',
          `} from '${HTTP}';`,
          '// second',
          'httpClient.get(HttpClientError);',
        ),
        errors: [
          { at: "'axios'", nth: 0, messageId: UNPROVEN },
          { at: "'axios'", nth: 1 },
        ],
      },
      // ---- merged into an existing target import: comments of removed imports are carried or stay
      {
        code: lines(
          `import { HttpClientError } from '${HTTP}';`,
          "import axios from 'axios'; // legacy",
          "/* b */ import { AxiosError } from 'axios';",
          'axios.get(AxiosError, HttpClientError);',
        ),
        output: lines(
          `import { HttpClientError, httpClient } from '${HTTP}';`,
          '// legacy',
          '/* b */',
          'httpClient.get(HttpClientError, HttpClientError);',
        ),
        errors: [
          { at: "'axios'", nth: 0 },
          { at: "'axios'", nth: 1, messageId: UNPROVEN },
        ],
      },
      {
        code: lines(
          'import {',
          '  HttpClientError,',
          '  type HttpResponse,',
          `} from '${HTTP}';`,
          'import axios, {',
          '  isAxiosError, // guard',
          "} from 'axios';",
          'axios.get(isAxiosError, HttpClientError);',
          'let r: HttpResponse;',
        ),
        output: lines(
          'import {',
          '  HttpClientError,',
          '  type HttpResponse,',
          '  httpClient,',
          '  isHttpClientError, // guard',
          `} from '${HTTP}';`,
          'httpClient.get(isHttpClientError, HttpClientError);',
          'let r: HttpResponse;',
        ),
        errors: [{ at: "'axios'", messageId: UNPROVEN }],
      },
      {
        code: lines(
          'import {',
          '    HttpClientError',
          `} from '${HTTP}';`,
          "import axios from 'axios';",
          'axios.get(HttpClientError);',
        ),
        output: lines(
          'import {',
          '    HttpClientError,',
          '    httpClient',
          `} from '${HTTP}';`,
          'httpClient.get(HttpClientError);',
        ),
        errors: [{ at: "'axios'" }],
      },
      // ---- a JSDoc above a removed or replaced import stays in place
      {
        code: lines(
          `import { HttpClientError } from '${HTTP}';`,
          '/** The HTTP client. */',
          "import axios from 'axios';",
          'axios.get(HttpClientError);',
        ),
        output: lines(
          `import { HttpClientError, httpClient } from '${HTTP}';`,
          '/** The HTTP client. */',
          'httpClient.get(HttpClientError);',
        ),
        errors: [{ at: "'axios'" }],
      },
      {
        code: "/** The HTTP client. */\nimport axios from 'axios';\naxios.get('/');",
        output: `/** The HTTP client. */\nimport { httpClient } from '${HTTP}';\nhttpClient.get('/');`,
        errors: [{ at: "'axios'" }],
      },
      // ---- brace spacing follows the file's other braces
      {
        code: "import {join} from 'node:path';\nimport axios, {AxiosError} from 'axios';\naxios.get(join(), AxiosError);",
        output: `import {join} from 'node:path';\nimport {httpClient, HttpClientError} from '${HTTP}';\nhttpClient.get(join(), HttpClientError);`,
        errors: [{ at: "'axios'", messageId: UNPROVEN }],
        only: isEsModule,
      },
      {
        code: `import {HttpClientError} from '${HTTP}';\nimport axios from 'axios';\naxios.get(HttpClientError);`,
        output: `import {HttpClientError, httpClient} from '${HTTP}';\nhttpClient.get(HttpClientError);`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "const {join} = require('path');\nconst axios = require('axios');\naxios.get(join());",
        output: `const {join} = require('path');\nconst {httpClient} = require('${HTTP}');\nhttpClient.get(join());`,
        errors: [{ at: "'axios'" }],
      },
      // Any one-line object pattern or literal is evidence, nested ones too; the first in the file wins.
      {
        code: lines(
          "import axios from 'axios';",
          'async function load(url) {',
          '  const {data} = await axios.get(url);',
          '  return data;',
          '}',
        ),
        output: lines(
          `import {httpClient} from '${HTTP}';`,
          'async function load(url) {',
          '  const {data} = await httpClient.get(url);',
          '  return data;',
          '}',
        ),
        errors: [{ at: "'axios'" }],
        only: isEsModule,
      },
      {
        code: "import axios from 'axios';\nexport const load = () => axios.get('/', {params: { a: 1 }});",
        output: `import {httpClient} from '${HTTP}';\nexport const load = () => httpClient.get('/', {params: { a: 1 }});`,
        errors: [{ at: "'axios'" }],
        only: isEsModule,
      },
      // Empty braces and lists on several lines say nothing about spacing: no evidence keeps `{ a }`.
      {
        code: lines(
          "import axios from 'axios';",
          'const empty = {};',
          'const options = {',
          '  a: 1,',
          '};',
          'axios.get(empty, options);',
        ),
        output: lines(
          `import { httpClient } from '${HTTP}';`,
          'const empty = {};',
          'const options = {',
          '  a: 1,',
          '};',
          'httpClient.get(empty, options);',
        ),
        errors: [{ at: "'axios'" }],
        only: isEsModule,
      },
      // ---- one item per line stays so, with the file's indentation and trailing-comma habit
      {
        code: lines('import {', '  AxiosError,', '  isAxiosError', "} from 'axios';", 'isAxiosError(AxiosError);'),
        output: lines(
          'import {',
          '  HttpClientError,',
          '  isHttpClientError',
          `} from '${HTTP}';`,
          'isHttpClientError(HttpClientError);',
        ),
        errors: [{ at: "'axios'", messageId: UNPROVEN }],
      },
      {
        code: lines(
          'const {',
          '  AxiosError,',
          '  isAxiosError: isError,',
          "} = require('axios');",
          'isError(AxiosError);',
        ),
        output: lines(
          'const {',
          '  HttpClientError,',
          '  isHttpClientError: isError,',
          `} = require('${HTTP}');`,
          'isError(HttpClientError);',
        ),
        errors: [{ at: "'axios'", messageId: UNPROVEN }],
      },
      // A file that wraps its lists gets a wrapped list where one line would be too long.
      {
        code: lines(
          'import {',
          '  join,',
          "} from 'node:path';",
          "import axios, { AxiosError, isAxiosError } from 'axios';",
          'axios.get(join(), isAxiosError, AxiosError);',
        ),
        output: lines(
          'import {',
          '  join,',
          "} from 'node:path';",
          'import {',
          '  httpClient,',
          '  HttpClientError,',
          '  isHttpClientError,',
          `} from '${HTTP}';`,
          'httpClient.get(join(), isHttpClientError, HttpClientError);',
        ),
        errors: [{ at: "'axios'", messageId: UNPROVEN }],
        only: isEsModule,
      },
      // ---- re-exports change only their names and source
      {
        code: lines('export {', '  AxiosError, // the error', '  /* client */ default as client,', "} from 'axios';"),
        output: lines(
          'export {',
          '  HttpClientError as AxiosError, // the error',
          '  /* client */ httpClient as client,',
          `} from '${HTTP}';`,
        ),
        errors: [{ at: "'axios'", messageId: UNPROVEN }],
      },
      {
        code: "export {type AxiosResponse as Response} from 'axios';",
        output: `export {type HttpResponse as Response} from '${HTTP}';`,
        errors: [{ at: "'axios'", messageId: UNPROVEN }],
      },
      // ...and an existing one-line target import that would grow too long is rewritten one item per line.
      {
        code: lines(
          'import {',
          '  join,',
          "} from 'node:path';",
          `import { HttpClientError /* e */ } from '${HTTP}';`,
          "import axios, { isAxiosError } from 'axios';",
          'axios.get(join(), isAxiosError, HttpClientError);',
        ),
        output: lines(
          'import {',
          '  join,',
          "} from 'node:path';",
          'import {',
          '  HttpClientError, /* e */',
          '  httpClient,',
          '  isHttpClientError,',
          `} from '${HTTP}';`,
          'httpClient.get(join(), isHttpClientError, HttpClientError);',
        ),
        errors: [{ at: "'axios'", messageId: UNPROVEN }],
        only: isEsModule,
      },
      // ---- comments around removed declarators of a multi-declarator `const`
      {
        code: lines(
          'const retries = 3, // attempts',
          "  axios = require('axios'), // http",
          '  timeout = 10; // ms',
          'axios.get(retries, timeout);',
        ),
        output: lines(
          'const retries = 3, // attempts',
          `  { httpClient } = require('${HTTP}'), // http`,
          '  timeout = 10; // ms',
          'httpClient.get(retries, timeout);',
        ),
        errors: [{ at: "'axios'" }],
      },
      {
        code: lines(
          `const { httpClient } = require('${HTTP}'), /* a */ axios = require('axios') /* b */, other = 1;`,
          'axios.get(httpClient, other);',
        ),
        output: lines(
          `const { httpClient } = require('${HTTP}'), /* a */ /* b */ other = 1;`,
          'httpClient.get(httpClient, other);',
        ),
        errors: [{ at: "'axios'" }],
      },
      {
        code: lines(
          `const { httpClient } = require('${HTTP}'), other = 1, // kept`,
          "  axios = require('axios');",
          'axios.get(httpClient, other);',
        ),
        output: lines(
          `const { httpClient } = require('${HTTP}'), other = 1; // kept`,
          'httpClient.get(httpClient, other);',
        ),
        errors: [{ at: "'axios'" }],
      },
    ].map((c) => ({ settings, ...c })),
  },
);

runRuleCases(
  'no-legacy-redis layout',
  redisRule,
  { messageId: 'banned', data: data(redisAdvice) },
  {
    valid: [],
    invalid: [
      {
        code: "const { createClient /* legacy */ } = require('redis'); // cache\ncreateClient();",
        output: `const { createRedisClient /* legacy */ } = require('${REDIS}'); // cache\ncreateRedisClient();`,
        errors: [{ at: "'redis'" }],
      },
      {
        code: lines(
          'function load() {',
          '  const {',
          '    createClient, // the factory',
          "  } = require('redis');",
          '  return createClient().connect();',
          '}',
        ),
        output: lines(
          'function load() {',
          '  const {',
          '    createRedisClient, // the factory',
          `  } = require('${REDIS}');`,
          '  return createRedisClient().connect();',
          '}',
        ),
        errors: [{ at: "'redis'" }],
      },
      {
        code: lines(
          'const {',
          '  RedisClient,',
          `} = require('${REDIS}');`,
          "const { createClient /* factory */ } = require('redis'); // legacy",
          'createClient(RedisClient);',
        ),
        output: lines(
          'const {',
          '  RedisClient,',
          '  createRedisClient, /* factory */',
          `} = require('${REDIS}');`,
          '// legacy',
          'createRedisClient(RedisClient);',
        ),
        errors: [{ at: "'redis'" }],
      },
    ].map((c) => ({ settings, ...c })),
  },
);
