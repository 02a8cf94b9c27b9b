import { type Reason, reason, renderReason, unaccountedMembers, unmappedNames } from '../../src/fixes/reasons.js';
import rule from '../../rules/no-axios.js';
import { dedent } from '../helpers/dedent.js';
import { isCommonJs, isEsModule, runRuleCases } from '../helpers/rule-cases.js';
import { HTTP, httpAdvice, maily, manual, UNPROVEN } from './fix-cases.js';

const stays = (why: Reason, line = 3) =>
  reason('moduleLoadStays', { bannedModule: 'axios', line: String(line), reason: renderReason(why) });

const settings = maily;
// ESLint 9's scope analysis for espree makes no references for JSX names; typescript-eslint's and ESLint 10's do.
const jsxNamesTracked = (filename: string) =>
  filename.endsWith('.tsx') || (filename.endsWith('.jsx') && process.env.EXPECT_ESLINT_MAJOR !== '9');
const data = (at: string) => ({ module: at.slice(1, -1), advice: httpAdvice });

runRuleCases(
  'no-axios fixes',
  rule,
  { messageId: 'banned', data },
  {
    valid: [],
    invalid: [
      // ---- static imports: default, named, aliased, mixed, type-only
      {
        code: dedent`
          import axios from 'axios';

          export async function load(url) {
            return axios.get(url);
          }

        `,
        output: dedent`
          import { httpClient } from '${HTTP}';

          export async function load(url) {
            return httpClient.get(url);
          }

        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          import { AxiosError, isAxiosError as isError } from 'axios';
          if (isError(e) || e instanceof AxiosError) throw e;
        `,
        output: dedent`
          import { HttpClientError, isHttpClientError as isError } from '${HTTP}';
          if (isError(e) || e instanceof HttpClientError) throw e;
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          import axios, { AxiosError } from 'axios';
          axios.get('/').catch((e) => e instanceof AxiosError);
        `,
        output: dedent`
          import { httpClient, HttpClientError } from '${HTTP}';
          httpClient.get('/').catch((e) => e instanceof HttpClientError);
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          import { default as client } from 'axios';
          client.get('/');
        `,
        output: dedent`
          import { httpClient } from '${HTTP}';
          httpClient.get('/');
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          import type { AxiosResponse, AxiosRequestConfig as Config } from 'axios';
          let r: AxiosResponse<string>;
          let c: Config;
        `,
        output: dedent`
          import type { HttpResponse, HttpRequestConfig as Config } from '${HTTP}';
          let r: HttpResponse<string>;
          let c: Config;
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          import axios, { type AxiosInstance } from 'axios';
          export const client: AxiosInstance = axios;
        `,
        output: dedent`
          import { httpClient, type HttpClient } from '${HTTP}';
          export const client: HttpClient = httpClient;
        `,
        errors: [{ at: "'axios'", messageId: UNPROVEN }],
      },
      {
        code: dedent`
          import { type AxiosResponse } from 'axios';
          let r: AxiosResponse;
        `,
        output: dedent`
          import type { HttpResponse } from '${HTTP}';
          let r: HttpResponse;
        `,
        errors: [{ at: "'axios'" }],
      },
      // ---- references: exports keep their public names, shorthand stays correct, JSX and typeof follow
      {
        code: dedent`
          import axios from 'axios';
          export { axios };
          export default axios;
          const deps = { axios, other: 1 };
          type T = typeof axios;
        `,
        output: dedent`
          import { httpClient } from '${HTTP}';
          export { httpClient as axios };
          export default httpClient;
          const deps = { axios: httpClient, other: 1 };
          type T = typeof httpClient;
        `,
        errors: [{ at: "'axios'", messageId: UNPROVEN }],
      },
      {
        code: dedent`
          import axios from 'axios';
          export { axios as client, axios as default };
        `,
        output: dedent`
          import { httpClient } from '${HTTP}';
          export { httpClient as client, httpClient as default };
        `,
        errors: [{ at: "'axios'", messageId: UNPROVEN }],
      },
      // ---- collisions and shadowing: the old local name is kept with `as`, never a capture
      {
        code: dedent`
          import axios from 'axios';
          const httpClient = 'mine';
          axios.get(httpClient);
        `,
        output: dedent`
          import { httpClient as axios } from '${HTTP}';
          const httpClient = 'mine';
          axios.get(httpClient);
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          import axios from 'axios';
          function send(httpClient) {
            return axios.post('/', httpClient);
          }
        `,
        output: dedent`
          import { httpClient as axios } from '${HTTP}';
          function send(httpClient) {
            return axios.post('/', httpClient);
          }
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          import axios from 'axios';
          export const get = () => axios.get(httpClient.baseUrl);
        `,
        output: dedent`
          import { httpClient as axios } from '${HTTP}';
          export const get = () => axios.get(httpClient.baseUrl);
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          import { AxiosError } from 'axios';
          class HttpClientError extends Error {}
          if (e instanceof AxiosError) throw new HttpClientError();
        `,
        output: dedent`
          import { HttpClientError as AxiosError } from '${HTTP}';
          class HttpClientError extends Error {}
          if (e instanceof AxiosError) throw new HttpClientError();
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          import axios from 'axios';
          { const httpClient = 1; }
          axios.get('/');
        `,
        output: dedent`
          import { httpClient } from '${HTTP}';
          { const httpClient = 1; }
          httpClient.get('/');
        `,
        errors: [{ at: "'axios'" }],
      },
      // ---- merges: into the target import, never the same name twice
      {
        code: dedent`
          import { HttpClientError } from '${HTTP}';
          import axios, { AxiosError } from 'axios';
          axios.get('/').catch((e) => e instanceof AxiosError || e instanceof HttpClientError);
        `,
        output: dedent`
          import { HttpClientError, httpClient } from '${HTTP}';
          httpClient.get('/').catch((e) => e instanceof HttpClientError || e instanceof HttpClientError);
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          import { httpClient as client } from '${HTTP}';
          import axios from 'axios';
          axios.get('/');
          client.get('/');
        `,
        output: dedent`
          import { httpClient as client } from '${HTTP}';
          client.get('/');
          client.get('/');
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          import type { HttpResponse } from '${HTTP}';
          import type { AxiosRequestConfig } from 'axios';
          let c: AxiosRequestConfig; let r: HttpResponse;
        `,
        output: dedent`
          import type { HttpResponse, HttpRequestConfig } from '${HTTP}';
          let c: HttpRequestConfig; let r: HttpResponse;
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          import type { HttpResponse } from '${HTTP}';
          import axios from 'axios';
          axios.get('/');
        `,
        output: dedent`
          import type { HttpResponse } from '${HTTP}';
          import { httpClient } from '${HTTP}';
          httpClient.get('/');
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          import axios from 'axios';
          import { AxiosError } from 'axios';
          import type { AxiosResponse } from 'axios';
          axios.get('/');
        `,
        output: dedent`
          import { httpClient, HttpClientError, type HttpResponse } from '${HTTP}';
          httpClient.get('/');
        `,
        errors: [
          { at: "'axios'", nth: 0 },
          { at: "'axios'", nth: 1 },
          { at: "'axios'", nth: 2 },
        ],
      },
      // ---- namespace objects used only through mapped members
      {
        code: dedent`
          import * as axios from 'axios';
          axios.default.get('/');
          if (axios.isAxiosError(e)) throw e;
        `,
        output: dedent`
          import { httpClient, isHttpClientError } from '${HTTP}';
          httpClient.get('/');
          if (isHttpClientError(e)) throw e;
        `,
        errors: [{ at: "'axios'" }],
      },
      // ---- members of the default export: mapped members become their own export, surface members stay
      {
        code: dedent`
          import axios from 'axios';
          export async function load(url) {
            try {
              return await axios.get(url);
            } catch (e) {
              if (axios.isAxiosError(e)) return null;
              throw e;
            }
          }

        `,
        output: dedent`
          import { httpClient, isHttpClientError } from '${HTTP}';
          export async function load(url) {
            try {
              return await httpClient.get(url);
            } catch (e) {
              if (isHttpClientError(e)) return null;
              throw e;
            }
          }

        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          import axios from 'axios';
          if (axios.isAxiosError(e) || e instanceof axios.AxiosError) throw e;
        `,
        output: dedent`
          import { isHttpClientError, HttpClientError } from '${HTTP}';
          if (isHttpClientError(e) || e instanceof HttpClientError) throw e;
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          import axios from 'axios';
          let guard: typeof axios.isAxiosError = axios.isAxiosError;
          let error: axios.AxiosError;
          axios.post('/', {});
        `,
        output: dedent`
          import { httpClient, isHttpClientError, type HttpClientError } from '${HTTP}';
          let guard: typeof isHttpClientError = isHttpClientError;
          let error: HttpClientError;
          httpClient.post('/', {});
        `,
        errors: [{ at: "'axios'", messageId: UNPROVEN }],
      },
      {
        code: dedent`
          const axios = require('axios');
          module.exports = (e) => (axios.isAxiosError(e) ? null : axios.delete('/', e));
        `,
        output: dedent`
          const { httpClient, isHttpClientError } = require('${HTTP}');
          module.exports = (e) => (isHttpClientError(e) ? null : httpClient.delete('/', e));
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          import axios = require('axios');
          axios.isAxiosError(e);
        `,
        output: dedent`
          import { isHttpClientError } from '${HTTP}';
          isHttpClientError(e);
        `,
        errors: [{ at: "'axios'" }],
        only: isEsModule,
      },
      {
        code: dedent`
          const { default: axios } = await import('axios');
          axios.isAxiosError(e) && axios.put('/');
        `,
        output: dedent`
          const { httpClient, isHttpClientError } = await import('${HTTP}');
          isHttpClientError(e) && httpClient.put('/');
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          import * as axios from 'axios';
          axios.default.isAxiosError(e);
          axios.default.get('/');
        `,
        output: dedent`
          import { isHttpClientError, httpClient } from '${HTTP}';
          isHttpClientError(e);
          httpClient.get('/');
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          require('axios').default.isAxiosError(e);
          require('axios').default.get('/');
        `,
        output: dedent`
          require('${HTTP}').isHttpClientError(e);
          require('${HTTP}').httpClient.get('/');
        `,
        errors: [
          { at: "'axios'", nth: 0 },
          { at: "'axios'", nth: 1 },
        ],
      },
      // a value use passes the object on as a whole, which the default mapping states (documented)
      {
        code: dedent`
          import axios from 'axios';
          configure(axios);
          axios.isAxiosError(e);
        `,
        output: dedent`
          import { httpClient, isHttpClientError } from '${HTTP}';
          configure(httpClient);
          isHttpClientError(e);
        `,
        errors: [{ at: "'axios'", messageId: UNPROVEN }],
      },
      // ---- one export is never imported twice, whichever way the file reached it
      {
        code: dedent`
          import axios, { isAxiosError } from 'axios';
          if (isAxiosError(e) || axios.isAxiosError(e)) throw e;
        `,
        output: dedent`
          import { isHttpClientError } from '${HTTP}';
          if (isHttpClientError(e) || isHttpClientError(e)) throw e;
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          import { isAxiosError as isError } from 'axios';
          import axios from 'axios';
          isError(e);
          axios.isAxiosError(e);
          axios.get('/');
        `,
        output: dedent`
          import { isHttpClientError, httpClient } from '${HTTP}';
          isHttpClientError(e);
          isHttpClientError(e);
          httpClient.get('/');
        `,
        errors: [
          { at: "'axios'", nth: 0 },
          { at: "'axios'", nth: 1 },
        ],
      },
      {
        code: dedent`
          import { isHttpClientError as isError } from '${HTTP}';
          import axios from 'axios';
          axios.isAxiosError(e) && isError(e);
        `,
        output: dedent`
          import { isHttpClientError as isError } from '${HTTP}';
          isError(e) && isError(e);
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          const { isHttpClientError } = require('${HTTP}');
          const axios = require('axios');
          axios.isAxiosError(e) && axios.get('/');
        `,
        output: dedent`
          const { isHttpClientError, httpClient } = require('${HTTP}');
          isHttpClientError(e) && httpClient.get('/');
        `,
        errors: [{ at: "'axios'" }],
      },
      // ---- members the mapping does not account for: manual, naming the member
      {
        code: dedent`
          import axios from 'axios';
          axios.get('/');
          if (axios.isCancel(e)) throw e;
          const source = axios.CancelToken.source();
        `,
        errors: [manual("'axios'", unaccountedMembers(['isCancel', 'CancelToken'], 'axios', 'httpClient'))],
      },
      {
        code: dedent`
          import axios from 'axios';
          export const api = axios.create({ baseURL: '/api' });
        `,
        errors: [manual("'axios'", unaccountedMembers(['create'], 'axios', 'httpClient'))],
      },
      {
        code: dedent`
          const axios = require('axios');
          axios.interceptors.request.use((c) => c);
        `,
        errors: [manual("'axios'", unaccountedMembers(['interceptors'], 'axios', 'httpClient'))],
      },
      {
        code: dedent`
          import axios from 'axios';
          axios[method]('/');
        `,
        errors: [manual("'axios'", unaccountedMembers(['[computed]'], 'axios', 'httpClient'))],
      },
      // ---- a type assertion hides the member from the mapping: manual, even for a member the surface has
      {
        code: dedent`
          import axios from 'axios';
          export const api = (axios as any).create();
          export const get = (url: string) => axios.get(url);
        `,
        errors: [manual("'axios'", reason('memberThroughAssertion', { object: 'axios', member: 'create' }))],
      },
      {
        code: dedent`
          import axios from 'axios';
          axios!.get('/');
        `,
        errors: [manual("'axios'", reason('memberThroughAssertion', { object: 'axios', member: 'get' }))],
      },
      {
        code: dedent`
          const axios = require('axios');
          if ((<any>axios).isAxiosError(e)) throw e;
        `,
        errors: [manual("'axios'", reason('memberThroughAssertion', { object: 'axios', member: 'isAxiosError' }))],
      },
      {
        code: dedent`
          import axios from 'axios';
          (axios satisfies object as { create(): unknown }).create();
        `,
        errors: [manual("'axios'", reason('memberThroughAssertion', { object: 'axios', member: 'create' }))],
      },
      {
        code: dedent`
          import * as ns from 'axios';
          (ns.default as any).create();
        `,
        errors: [manual("'axios'", reason('memberThroughAssertion', { object: 'ns.default', member: 'create' }))],
      },
      // The binding itself asserted, not read through: the value use keeps the rename the default mapping states.
      {
        code: dedent`
          import axios from 'axios';
          register(axios as unknown, axios!);
        `,
        output: dedent`
          import { httpClient } from '${HTTP}';
          register(httpClient as unknown, httpClient!);
        `,
        errors: [{ at: "'axios'", messageId: UNPROVEN }],
      },
      {
        code: dedent`
          import axios from 'axios';
          export const view = <axios.Provider />;
        `,
        errors: [manual("'axios'", unaccountedMembers(['Provider'], 'axios', 'httpClient'))],
        // Under espree, ESLint 9's scope analysis makes no references for JSX names; .tsx runs on both majors.
        only: (v: { filename: string }) => v.filename.endsWith('.tsx'),
      },
      // ---- JSX element names: opening and closing tags are renamed together, member tags included
      {
        code: dedent`
          import { AxiosError } from 'axios';
          export const A = () => <AxiosError.Box><AxiosError /></AxiosError.Box>;
        `,
        output: dedent`
          import { HttpClientError } from '${HTTP}';
          export const A = () => <HttpClientError.Box><HttpClientError /></HttpClientError.Box>;
        `,
        errors: [{ at: "'axios'", messageId: UNPROVEN }],
        only: (v: { filename: string }) => jsxNamesTracked(v.filename),
      },
      // ESLint 9 with espree: the element names are invisible to scope analysis, so the load stays manual.
      ...(process.env.EXPECT_ESLINT_MAJOR === '9'
        ? [
            {
              code: dedent`
                import { AxiosError } from 'axios';
                export const A = () => <AxiosError.Box><AxiosError /></AxiosError.Box>;
              `,
              errors: [manual("'axios'", reason('untrackedJsx', { name: 'AxiosError' }))],
              only: (v: { filename: string }) => v.filename.endsWith('.jsx'),
            },
          ]
        : []),
      {
        code: dedent`
          import * as axios from 'axios';
          axios.default.CancelToken.source();
        `,
        errors: [manual("'axios'", unaccountedMembers(['CancelToken'], 'axios.default', 'httpClient'))],
      },
      {
        code: "const source = require('axios').default.CancelToken.source();",
        errors: [manual("'axios'", unaccountedMembers(['CancelToken'], "require('axios').default", 'httpClient'))],
      },
      {
        code: "const api = require('axios').create();",
        errors: [manual("'axios'", unmappedNames(['create'], HTTP))],
      },
      // ---- re-exports keep their public names
      {
        code: "export { AxiosError, default as client } from 'axios';",
        output: `export { HttpClientError as AxiosError, httpClient as client } from '${HTTP}';`,
        errors: [{ at: "'axios'", messageId: UNPROVEN }],
      },
      {
        code: "export type { AxiosResponse as Response } from 'axios';",
        output: `export type { HttpResponse as Response } from '${HTTP}';`,
        errors: [{ at: "'axios'", messageId: UNPROVEN }],
      },
      // ---- formatting: quotes, no semicolons, comments, directives, CRLF
      {
        code: dedent`
          import axios from "axios"
          axios.get("/")

        `,
        output: dedent`
          import { httpClient } from "${HTTP}"
          httpClient.get("/")

        `,
        errors: [{ at: '"axios"' }],
      },
      {
        code: dedent`
          #!/usr/bin/env node
          'use strict';
          // the HTTP client
          import axios from 'axios'; // legacy

          axios.get('/');

        `,
        output: dedent`
          #!/usr/bin/env node
          'use strict';
          // the HTTP client
          import { httpClient } from '${HTTP}'; // legacy

          httpClient.get('/');

        `,
        errors: [{ at: "'axios'" }],
        only: isEsModule,
      },
      {
        code: "import fs from 'node:fs';\r\nimport axios from 'axios';\r\nimport { AxiosError } from 'axios';\r\n\r\naxios.get('/');\r\n",
        output: `import fs from 'node:fs';\r\nimport { httpClient, HttpClientError } from '${HTTP}';\r\n\r\nhttpClient.get('/');\r\n`,
        errors: [
          { at: "'axios'", nth: 0 },
          { at: "'axios'", nth: 1 },
        ],
      },
      {
        code: `  import axios from 'axios';\n  import { HttpClientError } from '${HTTP}';\n  axios.get('/');`,
        output: `  import { HttpClientError, httpClient } from '${HTTP}';\n  httpClient.get('/');`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          import { HttpClientError } from '${HTTP}';

          // legacy client, remove after Q3
          import axios from 'axios';

          axios.get('/');

        `,
        output: dedent`
          import { HttpClientError, httpClient } from '${HTTP}';

          // legacy client, remove after Q3

          httpClient.get('/');

        `,
        errors: [{ at: "'axios'" }],
      },
      // ---- CommonJS stays CommonJS
      {
        code: dedent`
          'use strict';
          const axios = require('axios');
          module.exports = () => axios.get('/');
        `,
        output: dedent`
          'use strict';
          const { httpClient } = require('${HTTP}');
          module.exports = () => httpClient.get('/');
        `,
        errors: [{ at: "'axios'" }],
        only: isCommonJs,
      },
      {
        code: dedent`
          const { AxiosError, isAxiosError: isError } = require('axios');
          isError(e) && e instanceof AxiosError;
        `,
        output: dedent`
          const { HttpClientError, isHttpClientError: isError } = require('${HTTP}');
          isError(e) && e instanceof HttpClientError;
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          const client = require('axios').default;
          require('axios').get('/');
          require('axios')['isAxiosError'](e);
        `,
        output: dedent`
          const client = require('${HTTP}').httpClient;
          require('${HTTP}').httpClient.get('/');
          require('${HTTP}')['isHttpClientError'](e);
        `,
        errors: [
          { at: "'axios'", nth: 0 },
          { at: "'axios'", nth: 1 },
          { at: "'axios'", nth: 2 },
        ],
      },
      {
        // One load stays: the others would pair its axios instance with the target's guard, so none moves.
        code: dedent`
          const client = require('axios').default;
          require('axios')['isAxiosError'](e);
          require('axios').create();
        `,
        output: null,
        errors: ((create) => [
          manual("'axios'", stays(create)),
          manual("'axios'", stays(create), { nth: 1 }),
          manual("'axios'", create, { nth: 2 }),
        ])(unmappedNames(['create'], HTTP)),
      },
      {
        code: "const clients = [require('axios')];",
        output: `const clients = [require('${HTTP}').httpClient];`,
        errors: [{ at: "'axios'", messageId: UNPROVEN }],
      },
      {
        code: dedent`
          const { httpClient: http } = require('${HTTP}');
          const axios = require('axios');
          axios.get('/');
        `,
        output: dedent`
          const { httpClient: http } = require('${HTTP}');
          http.get('/');
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          const axios = require('axios'), retries = 3;
          axios.get('/', { retries });
        `,
        output: dedent`
          const { httpClient } = require('${HTTP}'), retries = 3;
          httpClient.get('/', { retries });
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          function load() {
            const axios = require('axios');
            return axios.get('/');
          }
        `,
        output: dedent`
          function load() {
            const { httpClient } = require('${HTTP}');
            return httpClient.get('/');
          }
        `,
        errors: [{ at: "'axios'" }],
      },
      // ---- dynamic import
      {
        code: dedent`
          const { default: axios, AxiosError } = await import('axios');
          axios.get('/');
        `,
        output: dedent`
          const { httpClient, HttpClientError } = await import('${HTTP}');
          httpClient.get('/');
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          async function load() {
            const axios = await import('axios');
            return axios.default.get('/');
          }
        `,
        output: dedent`
          async function load() {
            const { httpClient } = await import('${HTTP}');
            return httpClient.get('/');
          }
        `,
        errors: [{ at: "'axios'" }],
      },
      // ---- TypeScript forms
      {
        code: dedent`
          import axios = require('axios');
          axios.get('/');
        `,
        output: dedent`
          import { httpClient } from '${HTTP}';
          httpClient.get('/');
        `,
        errors: [{ at: "'axios'" }],
        only: isEsModule,
      },
      {
        code: dedent`
          type Response = import('axios').AxiosResponse<string>;
          type Guard = typeof import('axios').isAxiosError;
        `,
        output: dedent`
          type Response = import('${HTTP}').HttpResponse<string>;
          type Guard = typeof import('${HTTP}').isHttpClientError;
        `,
        errors: [
          { at: "'axios'", nth: 0, messageId: UNPROVEN },
          { at: "'axios'", nth: 1, messageId: UNPROVEN },
        ],
      },
      // ---- what stays for a human, and why
      {
        code: dedent`
          import axios, { CancelToken } from 'axios';
          axios.get('/', { cancelToken: CancelToken.source().token });
        `,
        errors: [manual("'axios'", unmappedNames(['CancelToken'], HTTP))],
      },
      {
        code: dedent`
          import * as axios from 'axios';
          configure(axios);
        `,
        errors: [manual("'axios'", reason('valueUse', { name: 'axios' }))],
      },
      {
        code: "import adapter from 'axios/lib/adapters/http';",
        errors: [
          manual("'axios/lib/adapters/http'", reason('noSubpathMapping', { subpath: 'axios/lib/adapters/http' })),
        ],
      },
      {
        code: "export * from 'axios';",
        errors: [manual("'axios'", reason('exportAll'))],
      },
      {
        code: "require('axios');",
        errors: [manual("'axios'", reason('bareRequire'))],
      },
      {
        code: dedent`
          let axios = require('axios');
          axios = wrap(axios);
        `,
        errors: [manual("'axios'", reason('reassigned'))],
      },
      {
        code: "import('axios').then((m) => m.default.get('/'));",
        errors: [manual("'axios'", reason('dynamicImportForm'))],
      },
      {
        code: "type Axios = typeof import('axios');",
        errors: [manual("'axios'", reason('wholeModuleType'))],
      },
      {
        code: "export import axios = require('axios');",
        errors: [manual("'axios'", reason('exportImport'))],
      },
      {
        code: dedent`
          import axios from 'axios';
          const fetchAll = (httpClient) => axios.get(httpClient);
          function other(axios) { return httpClient; }
        `,
        output: dedent`
          import { httpClient as axios } from '${HTTP}';
          const fetchAll = (httpClient) => axios.get(httpClient);
          function other(axios) { return httpClient; }
        `,
        errors: [{ at: "'axios'" }],
      },
      {
        code: dedent`
          import * as axios from 'axios';
          export const check = (isHttpClientError) => axios.isAxiosError(isHttpClientError);
        `,
        errors: [manual("'axios'", reason('nameCaptured', { name: 'isHttpClientError' }))],
      },
      // ---- found by fuzzing: two declarations in one scope never bind the same name
      {
        code: dedent`
          import client from 'axios';
          const retries = 3, legacy = require('axios');
          client.get('/');
          legacy.post('/');
        `,
        output: dedent`
          import { httpClient } from '${HTTP}';
          const retries = 3, { httpClient: legacy } = require('${HTTP}');
          httpClient.get('/');
          legacy.post('/');
        `,
        errors: [
          { at: "'axios'", nth: 0 },
          { at: "'axios'", nth: 1 },
        ],
        only: isEsModule,
      },
      {
        code: dedent`
          import axios from 'axios';
          var axios;
          axios.get('/');
        `,
        errors: [manual("'axios'", reason('redeclared'))],
        only: (v: { filename: string }) => /\.m?ts$/.test(v.filename),
      },
      // ---- mocks and require.resolve: suggestions, never fixes
      {
        code: "jest.mock('axios', () => ({ default: { get: jest.fn() } }));",
        errors: [
          manual("'axios'", reason('mockAlone', { target: HTTP }), {
            suggestion: { target: HTTP, output: `jest.mock('${HTTP}', () => ({ httpClient: { get: jest.fn() } }));` },
          }),
        ],
      },
      {
        // Alone in its file, the factory's keys are the module's exports: 'get' is none the mapping knows.
        code: "jest.mock('axios', () => ({ get: jest.fn() }));",
        errors: [
          manual(
            "'axios'",
            reason('noSuggestion', {
              reason: renderReason(reason('mockAlone', { target: HTTP })),
              why: renderReason(reason('mockKeyUnmapped', { key: 'get', target: HTTP })),
            }),
          ),
        ],
      },
      {
        code: 'vi.mock("axios");',
        errors: [
          manual('"axios"', reason('mockAlone', { target: HTTP }), {
            suggestion: { target: HTTP, output: `vi.mock("${HTTP}");` },
          }),
        ],
      },
      {
        code: "const path = require.resolve('axios');",
        errors: [
          manual("'axios'", reason('resolvedPath'), {
            suggestion: { target: HTTP, output: `const path = require.resolve('${HTTP}');` },
          }),
        ],
      },
    ].map((c) => ({ settings, ...c })),
  },
);
