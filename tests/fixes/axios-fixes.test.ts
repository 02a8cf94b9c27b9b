import { reason, renderReason, unaccountedMembers, unmappedNames } from '../../src/fixes/reasons.js';
import rule from '../../rules/no-axios.js';
import { isCommonJs, isEsModule, runRuleCases } from '../helpers/rule-cases.js';
import { HTTP, httpAdvice, maily, manual } from './fix-cases.js';

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
        code: "import axios from 'axios';\n\nexport async function load(url) {\n  return axios.get(url);\n}\n",
        output: `import { httpClient } from '${HTTP}';\n\nexport async function load(url) {\n  return httpClient.get(url);\n}\n`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "import { AxiosError, isAxiosError as isError } from 'axios';\nif (isError(e) || e instanceof AxiosError) throw e;",
        output: `import { HttpClientError, isHttpClientError as isError } from '${HTTP}';\nif (isError(e) || e instanceof HttpClientError) throw e;`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "import axios, { AxiosError } from 'axios';\naxios.get('/').catch((e) => e instanceof AxiosError);",
        output: `import { httpClient, HttpClientError } from '${HTTP}';\nhttpClient.get('/').catch((e) => e instanceof HttpClientError);`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "import { default as client } from 'axios';\nclient.get('/');",
        output: `import { httpClient } from '${HTTP}';\nhttpClient.get('/');`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "import type { AxiosResponse, AxiosRequestConfig as Config } from 'axios';\nlet r: AxiosResponse<string>;\nlet c: Config;",
        output: `import type { HttpResponse, HttpRequestConfig as Config } from '${HTTP}';\nlet r: HttpResponse<string>;\nlet c: Config;`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "import axios, { type AxiosInstance } from 'axios';\nexport const client: AxiosInstance = axios;",
        output: `import { httpClient, type HttpClient } from '${HTTP}';\nexport const client: HttpClient = httpClient;`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "import { type AxiosResponse } from 'axios';\nlet r: AxiosResponse;",
        output: `import type { HttpResponse } from '${HTTP}';\nlet r: HttpResponse;`,
        errors: [{ at: "'axios'" }],
      },
      // ---- references: exports keep their public names, shorthand stays correct, JSX and typeof follow
      {
        code: "import axios from 'axios';\nexport { axios };\nexport default axios;\nconst deps = { axios, other: 1 };\ntype T = typeof axios;",
        output: `import { httpClient } from '${HTTP}';\nexport { httpClient as axios };\nexport default httpClient;\nconst deps = { axios: httpClient, other: 1 };\ntype T = typeof httpClient;`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "import axios from 'axios';\nexport { axios as client, axios as default };",
        output: `import { httpClient } from '${HTTP}';\nexport { httpClient as client, httpClient as default };`,
        errors: [{ at: "'axios'" }],
      },
      // ---- collisions and shadowing: the old local name is kept with `as`, never a capture
      {
        code: "import axios from 'axios';\nconst httpClient = 'mine';\naxios.get(httpClient);",
        output: `import { httpClient as axios } from '${HTTP}';\nconst httpClient = 'mine';\naxios.get(httpClient);`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "import axios from 'axios';\nfunction send(httpClient) {\n  return axios.post('/', httpClient);\n}",
        output: `import { httpClient as axios } from '${HTTP}';\nfunction send(httpClient) {\n  return axios.post('/', httpClient);\n}`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "import axios from 'axios';\nexport const get = () => axios.get(httpClient.baseUrl);",
        output: `import { httpClient as axios } from '${HTTP}';\nexport const get = () => axios.get(httpClient.baseUrl);`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "import { AxiosError } from 'axios';\nclass HttpClientError extends Error {}\nif (e instanceof AxiosError) throw new HttpClientError();",
        output: `import { HttpClientError as AxiosError } from '${HTTP}';\nclass HttpClientError extends Error {}\nif (e instanceof AxiosError) throw new HttpClientError();`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "import axios from 'axios';\n{ const httpClient = 1; }\naxios.get('/');",
        output: `import { httpClient } from '${HTTP}';\n{ const httpClient = 1; }\nhttpClient.get('/');`,
        errors: [{ at: "'axios'" }],
      },
      // ---- merges: into the target import, never the same name twice
      {
        code: `import { HttpClientError } from '${HTTP}';\nimport axios, { AxiosError } from 'axios';\naxios.get('/').catch((e) => e instanceof AxiosError || e instanceof HttpClientError);`,
        output: `import { HttpClientError, httpClient } from '${HTTP}';\nhttpClient.get('/').catch((e) => e instanceof HttpClientError || e instanceof HttpClientError);`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: `import { httpClient as client } from '${HTTP}';\nimport axios from 'axios';\naxios.get('/');\nclient.get('/');`,
        output: `import { httpClient as client } from '${HTTP}';\nclient.get('/');\nclient.get('/');`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: `import type { HttpResponse } from '${HTTP}';\nimport type { AxiosRequestConfig } from 'axios';\nlet c: AxiosRequestConfig; let r: HttpResponse;`,
        output: `import type { HttpResponse, HttpRequestConfig } from '${HTTP}';\nlet c: HttpRequestConfig; let r: HttpResponse;`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: `import type { HttpResponse } from '${HTTP}';\nimport axios from 'axios';\naxios.get('/');`,
        output: `import type { HttpResponse } from '${HTTP}';\nimport { httpClient } from '${HTTP}';\nhttpClient.get('/');`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "import axios from 'axios';\nimport { AxiosError } from 'axios';\nimport type { AxiosResponse } from 'axios';\naxios.get('/');",
        output: `import { httpClient, HttpClientError, type HttpResponse } from '${HTTP}';\nhttpClient.get('/');`,
        errors: [
          { at: "'axios'", nth: 0 },
          { at: "'axios'", nth: 1 },
          { at: "'axios'", nth: 2 },
        ],
      },
      // ---- namespace objects used only through mapped members
      {
        code: "import * as axios from 'axios';\naxios.default.get('/');\nif (axios.isAxiosError(e)) throw e;",
        output: `import { httpClient, isHttpClientError } from '${HTTP}';\nhttpClient.get('/');\nif (isHttpClientError(e)) throw e;`,
        errors: [{ at: "'axios'" }],
      },
      // ---- members of the default export: mapped members become their own export, surface members stay
      {
        code: "import axios from 'axios';\nexport async function load(url) {\n  try {\n    return await axios.get(url);\n  } catch (e) {\n    if (axios.isAxiosError(e)) return null;\n    throw e;\n  }\n}\n",
        output: `import { httpClient, isHttpClientError } from '${HTTP}';\nexport async function load(url) {\n  try {\n    return await httpClient.get(url);\n  } catch (e) {\n    if (isHttpClientError(e)) return null;\n    throw e;\n  }\n}\n`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "import axios from 'axios';\nif (axios.isAxiosError(e) || e instanceof axios.AxiosError) throw e;",
        output: `import { isHttpClientError, HttpClientError } from '${HTTP}';\nif (isHttpClientError(e) || e instanceof HttpClientError) throw e;`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "import axios from 'axios';\nlet guard: typeof axios.isAxiosError = axios.isAxiosError;\nlet error: axios.AxiosError;\naxios.post('/', {});",
        output: `import { httpClient, isHttpClientError, type HttpClientError } from '${HTTP}';\nlet guard: typeof isHttpClientError = isHttpClientError;\nlet error: HttpClientError;\nhttpClient.post('/', {});`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "const axios = require('axios');\nmodule.exports = (e) => (axios.isAxiosError(e) ? null : axios.delete('/', e));",
        output: `const { httpClient, isHttpClientError } = require('${HTTP}');\nmodule.exports = (e) => (isHttpClientError(e) ? null : httpClient.delete('/', e));`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "import axios = require('axios');\naxios.isAxiosError(e);",
        output: `import { isHttpClientError } from '${HTTP}';\nisHttpClientError(e);`,
        errors: [{ at: "'axios'" }],
        only: isEsModule,
      },
      {
        code: "const { default: axios } = await import('axios');\naxios.isAxiosError(e) && axios.put('/');",
        output: `const { httpClient, isHttpClientError } = await import('${HTTP}');\nisHttpClientError(e) && httpClient.put('/');`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "import * as axios from 'axios';\naxios.default.isAxiosError(e);\naxios.default.get('/');",
        output: `import { isHttpClientError, httpClient } from '${HTTP}';\nisHttpClientError(e);\nhttpClient.get('/');`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "require('axios').default.isAxiosError(e);\nrequire('axios').default.get('/');",
        output: `require('${HTTP}').isHttpClientError(e);\nrequire('${HTTP}').httpClient.get('/');`,
        errors: [
          { at: "'axios'", nth: 0 },
          { at: "'axios'", nth: 1 },
        ],
      },
      // a value use passes the object on as a whole, which the default mapping states (documented)
      {
        code: "import axios from 'axios';\nconfigure(axios);\naxios.isAxiosError(e);",
        output: `import { httpClient, isHttpClientError } from '${HTTP}';\nconfigure(httpClient);\nisHttpClientError(e);`,
        errors: [{ at: "'axios'" }],
      },
      // ---- one export is never imported twice, whichever way the file reached it
      {
        code: "import axios, { isAxiosError } from 'axios';\nif (isAxiosError(e) || axios.isAxiosError(e)) throw e;",
        output: `import { isHttpClientError } from '${HTTP}';\nif (isHttpClientError(e) || isHttpClientError(e)) throw e;`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "import { isAxiosError as isError } from 'axios';\nimport axios from 'axios';\nisError(e);\naxios.isAxiosError(e);\naxios.get('/');",
        output: `import { isHttpClientError, httpClient } from '${HTTP}';\nisHttpClientError(e);\nisHttpClientError(e);\nhttpClient.get('/');`,
        errors: [
          { at: "'axios'", nth: 0 },
          { at: "'axios'", nth: 1 },
        ],
      },
      {
        code: `import { isHttpClientError as isError } from '${HTTP}';\nimport axios from 'axios';\naxios.isAxiosError(e) && isError(e);`,
        output: `import { isHttpClientError as isError } from '${HTTP}';\nisError(e) && isError(e);`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: `const { isHttpClientError } = require('${HTTP}');\nconst axios = require('axios');\naxios.isAxiosError(e) && axios.get('/');`,
        output: `const { isHttpClientError, httpClient } = require('${HTTP}');\nisHttpClientError(e) && httpClient.get('/');`,
        errors: [{ at: "'axios'" }],
      },
      // ---- members the mapping does not account for: manual, naming the member
      {
        code: "import axios from 'axios';\naxios.get('/');\nif (axios.isCancel(e)) throw e;\nconst source = axios.CancelToken.source();",
        errors: [manual("'axios'", unaccountedMembers(['isCancel', 'CancelToken'], 'axios', 'httpClient'))],
      },
      {
        code: "import axios from 'axios';\nexport const api = axios.create({ baseURL: '/api' });",
        errors: [manual("'axios'", unaccountedMembers(['create'], 'axios', 'httpClient'))],
      },
      {
        code: "const axios = require('axios');\naxios.interceptors.request.use((c) => c);",
        errors: [manual("'axios'", unaccountedMembers(['interceptors'], 'axios', 'httpClient'))],
      },
      {
        code: "import axios from 'axios';\naxios[method]('/');",
        errors: [manual("'axios'", unaccountedMembers(['[computed]'], 'axios', 'httpClient'))],
      },
      {
        code: "import axios from 'axios';\nexport const view = <axios.Provider />;",
        errors: [manual("'axios'", unaccountedMembers(['Provider'], 'axios', 'httpClient'))],
        // Under espree, ESLint 9's scope analysis makes no references for JSX names; .tsx runs on both majors.
        only: (v: { filename: string }) => v.filename.endsWith('.tsx'),
      },
      // ---- JSX element names: opening and closing tags are renamed together, member tags included
      {
        code: "import { AxiosError } from 'axios';\nexport const A = () => <AxiosError.Box><AxiosError /></AxiosError.Box>;",
        output: `import { HttpClientError } from '${HTTP}';\nexport const A = () => <HttpClientError.Box><HttpClientError /></HttpClientError.Box>;`,
        errors: [{ at: "'axios'" }],
        only: (v: { filename: string }) => jsxNamesTracked(v.filename),
      },
      // ESLint 9 with espree: the element names are invisible to scope analysis, so the load stays manual.
      ...(process.env.EXPECT_ESLINT_MAJOR === '9'
        ? [
            {
              code: "import { AxiosError } from 'axios';\nexport const A = () => <AxiosError.Box><AxiosError /></AxiosError.Box>;",
              errors: [manual("'axios'", reason('untrackedJsx', { name: 'AxiosError' }))],
              only: (v: { filename: string }) => v.filename.endsWith('.jsx'),
            },
          ]
        : []),
      {
        code: "import * as axios from 'axios';\naxios.default.CancelToken.source();",
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
        errors: [{ at: "'axios'" }],
      },
      {
        code: "export type { AxiosResponse as Response } from 'axios';",
        output: `export type { HttpResponse as Response } from '${HTTP}';`,
        errors: [{ at: "'axios'" }],
      },
      // ---- formatting: quotes, no semicolons, comments, directives, CRLF
      {
        code: 'import axios from "axios"\naxios.get("/")\n',
        output: `import { httpClient } from "${HTTP}"\nhttpClient.get("/")\n`,
        errors: [{ at: '"axios"' }],
      },
      {
        code: "#!/usr/bin/env node\n'use strict';\n// the HTTP client\nimport axios from 'axios'; // legacy\n\naxios.get('/');\n",
        output: `#!/usr/bin/env node\n'use strict';\n// the HTTP client\nimport { httpClient } from '${HTTP}'; // legacy\n\nhttpClient.get('/');\n`,
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
        code: `import { HttpClientError } from '${HTTP}';\n\n// legacy client, remove after Q3\nimport axios from 'axios';\n\naxios.get('/');\n`,
        output: `import { HttpClientError, httpClient } from '${HTTP}';\n\n// legacy client, remove after Q3\n\nhttpClient.get('/');\n`,
        errors: [{ at: "'axios'" }],
      },
      // ---- CommonJS stays CommonJS
      {
        code: "'use strict';\nconst axios = require('axios');\nmodule.exports = () => axios.get('/');",
        output: `'use strict';\nconst { httpClient } = require('${HTTP}');\nmodule.exports = () => httpClient.get('/');`,
        errors: [{ at: "'axios'" }],
        only: isCommonJs,
      },
      {
        code: "const { AxiosError, isAxiosError: isError } = require('axios');\nisError(e) && e instanceof AxiosError;",
        output: `const { HttpClientError, isHttpClientError: isError } = require('${HTTP}');\nisError(e) && e instanceof HttpClientError;`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "const client = require('axios').default;\nrequire('axios').get('/');\nrequire('axios')['isAxiosError'](e);\nrequire('axios').create();",
        output: `const client = require('${HTTP}').httpClient;\nrequire('${HTTP}').httpClient.get('/');\nrequire('${HTTP}')['isHttpClientError'](e);\nrequire('axios').create();`,
        errors: [
          { at: "'axios'", nth: 0 },
          { at: "'axios'", nth: 1 },
          { at: "'axios'", nth: 2 },
          manual("'axios'", unmappedNames(['create'], HTTP), { nth: 3 }),
        ],
      },
      {
        code: "const clients = [require('axios')];",
        output: `const clients = [require('${HTTP}').httpClient];`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: `const { httpClient: http } = require('${HTTP}');\nconst axios = require('axios');\naxios.get('/');`,
        output: `const { httpClient: http } = require('${HTTP}');\nhttp.get('/');`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "const axios = require('axios'), retries = 3;\naxios.get('/', { retries });",
        output: `const { httpClient } = require('${HTTP}'), retries = 3;\nhttpClient.get('/', { retries });`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "function load() {\n  const axios = require('axios');\n  return axios.get('/');\n}",
        output: `function load() {\n  const { httpClient } = require('${HTTP}');\n  return httpClient.get('/');\n}`,
        errors: [{ at: "'axios'" }],
      },
      // ---- dynamic import
      {
        code: "const { default: axios, AxiosError } = await import('axios');\naxios.get('/');",
        output: `const { httpClient, HttpClientError } = await import('${HTTP}');\nhttpClient.get('/');`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "async function load() {\n  const axios = await import('axios');\n  return axios.default.get('/');\n}",
        output: `async function load() {\n  const { httpClient } = await import('${HTTP}');\n  return httpClient.get('/');\n}`,
        errors: [{ at: "'axios'" }],
      },
      // ---- TypeScript forms
      {
        code: "import axios = require('axios');\naxios.get('/');",
        output: `import { httpClient } from '${HTTP}';\nhttpClient.get('/');`,
        errors: [{ at: "'axios'" }],
        only: isEsModule,
      },
      {
        code: "type Response = import('axios').AxiosResponse<string>;\ntype Guard = typeof import('axios').isAxiosError;",
        output: `type Response = import('${HTTP}').HttpResponse<string>;\ntype Guard = typeof import('${HTTP}').isHttpClientError;`,
        errors: [
          { at: "'axios'", nth: 0 },
          { at: "'axios'", nth: 1 },
        ],
      },
      // ---- what stays for a human, and why
      {
        code: "import axios, { CancelToken } from 'axios';\naxios.get('/', { cancelToken: CancelToken.source().token });",
        errors: [manual("'axios'", unmappedNames(['CancelToken'], HTTP))],
      },
      {
        code: "import * as axios from 'axios';\nconfigure(axios);",
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
        code: "let axios = require('axios');\naxios = wrap(axios);",
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
        code: "import axios from 'axios';\nconst fetchAll = (httpClient) => axios.get(httpClient);\nfunction other(axios) { return httpClient; }",
        output: `import { httpClient as axios } from '${HTTP}';\nconst fetchAll = (httpClient) => axios.get(httpClient);\nfunction other(axios) { return httpClient; }`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: "import * as axios from 'axios';\nexport const check = (isHttpClientError) => axios.isAxiosError(isHttpClientError);",
        errors: [manual("'axios'", reason('nameCaptured', { name: 'isHttpClientError' }))],
      },
      // ---- found by fuzzing: two declarations in one scope never bind the same name
      {
        code: "import client from 'axios';\nconst retries = 3, legacy = require('axios');\nclient.get('/');\nlegacy.post('/');",
        output: `import { httpClient } from '${HTTP}';\nconst retries = 3, { httpClient: legacy } = require('${HTTP}');\nhttpClient.get('/');\nlegacy.post('/');`,
        errors: [
          { at: "'axios'", nth: 0 },
          { at: "'axios'", nth: 1 },
        ],
        only: isEsModule,
      },
      {
        code: "import axios from 'axios';\nvar axios;\naxios.get('/');",
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
