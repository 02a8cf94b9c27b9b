import rule from '../../rules/no-node-http-requests.js';
import { NODE_HTTP_MODULES, type NodeHttpModule, rawRequestMessageId } from '../../src/engine/node-http-requests.js';
import { maily } from '../fixes/fix-cases.js';
import { dedent } from '../helpers/dedent.js';
import { type ExpectedReport, type InvalidCase, runRuleCases, type ValidCase } from '../helpers/rule-cases.js';
import { inWorkspace, workspaceSettings } from '../helpers/workspace.js';

const advice = 'use HttpClient instead.';

type MessageId = ReturnType<typeof rawRequestMessageId>;

/** A report at `at` (the nth occurrence), for the request function `name` of module `m`. */
const request = (m: NodeHttpModule, at: string, name: string, nth = 0, reportAdvice = advice) =>
  ({
    at,
    nth,
    messageId: rawRequestMessageId(m),
    data: { name, module: m, advice: reportAdvice },
  }) satisfies ExpectedReport<MessageId>;

/** Every way a file takes `request` or `get` from module `m`, each with where it is reported. */
function requestCases(m: NodeHttpModule): InvalidCase<MessageId, readonly unknown[]>[] {
  const q = `'${m}'`;
  const at = (text: string, name = 'get', nth = 0) => request(m, text, name, nth);
  const cases: [string, ExpectedReport<MessageId>[]][] = [
    // named imports and re-exports
    [`import { request } from ${q};`, [at('request', 'request')]],
    [`import { get as httpsGet } from ${q};\nhttpsGet(url);`, [at('get as httpsGet')]],
    [`import { request, get } from ${q};`, [at('request', 'request'), at('get')]],
    [`import { createServer, get, type RequestOptions } from ${q};`, [at('get')]],
    [`import { 'get' as get } from ${q};`, [at(`'get' as get`)]],
    [`import http, { get } from ${q};\nhttp.request(options);`, [at('get'), at('http.request', 'request')]],
    [`export { get } from ${q};`, [at('get')]],
    [`export { request as send, createServer } from ${q};`, [at('request as send', 'request')]],
    // member uses of a default, namespace or import-equals binding
    [`import http from ${q};\nhttp.request(url, (res) => res.resume());`, [at('http.request', 'request')]],
    [`import * as https from ${q};\nhttps.get(url, callback);`, [at('https.get')]],
    [`import { default as http } from ${q};\nhttp.get(url);`, [at('http.get')]],
    [`import https from ${q};\nhttps['get'](url);`, [at(`https['get']`)]],
    [`import https from ${q};\nhttps?.get(url);`, [at('https?.get')]],
    // a type assertion changes the binding's type, not which function is read
    [`import https from ${q};\n(https as any).get(url);`, [at('(https as any).get')]],
    [`import https from ${q};\nhttps!.request(url);`, [at('https!.request', 'request')]],
    [`const https = require(${q});\nconst { request } = https!;`, [at('request', 'request')]],
    // a choice between modules still takes the function from each
    [
      `import https from ${q};\n(secure ? https : other).request(url);`,
      [at('(secure ? https : other).request', 'request')],
    ],
    [`import https from ${q};\n(https || fallback).get(url);`, [at('(https || fallback).get')]],
    [`import https from ${q};\nconst send = https.request.bind(https);`, [at('https.request', 'request')]],
    [`import https from ${q};\nhttps.get(a);\nhttps.get(b);`, [at('https.get'), at('https.get', 'get', 1)]],
    [
      `import https from ${q};\nexport function load() { return https.request(options); }`,
      [at('https.request', 'request')],
    ],
    [`import https from ${q};\nconst { get, Agent } = https;`, [at('get')]],
    [`import http = require(${q});\nhttp.get(url);`, [at('http.get')]],
    [`export import http = require(${q});\nhttp.request(url);`, [at('http.request', 'request')]],
    // require() in its positions
    [`const http = require(${q});\nhttp.request(options, callback);`, [at('http.request', 'request')]],
    [`const { request } = require(${q});`, [at('request', 'request')]],
    [`const { get: httpsGet, Agent } = require(${q});`, [at('get: httpsGet')]],
    [`const { get = fallback } = require(${q});`, [at('get = fallback')]],
    [`const get = require(${q}).get;`, [at(`require(${q}).get`)]],
    [`require(${q}).get(url);`, [at(`require(${q}).get`)]],
    [`const req = require(${q})['request'](options);`, [at(`require(${q})['request']`, 'request')]],
    [`const http = require(${q}).default;\nhttp.get(url);`, [at('http.get')]],
    [`let client;\nclient = require(${q});\nclient.get(url);`, [at('client.get')]],
    [`const { Agent, ...rest } = require(${q});\nrest.request(url);`, [at('rest.request', 'request')]],
    [`const https = require(${q});\nconst { get } = https;`, [at('get')]],
    [`function load() { const https = require(${q}); return https.get(url); }`, [at('https.get')]],
    [
      `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nconst https = require(${q});\nhttps.get(url);`,
      [at('https.get')],
    ],
    // dynamic import
    [`const { get } = await import(${q});`, [at('get')]],
    [`const https = await import(${q});\nhttps.get(url);`, [at('https.get')]],
    [`const { default: https } = await import(${q});\nhttps.request(url);`, [at('https.request', 'request')]],
    [`const response = (await import(${q})).get(url);`, [at(`(await import(${q})).get`)]],
    [`import(${q}).then(({ get }) => get(url));`, [at('get')]],
    [`import(${q}).then((https) => https.request(url));`, [at('https.request', 'request')]],
  ];
  return cases.map(([code, errors]) => ({ code, errors }));
}

/** Code that loads module `m` without taking a request function: never reported. */
function nonRequestCases(m: NodeHttpModule): ValidCase<readonly unknown[]>[] {
  const q = `'${m}'`;
  return [
    // servers, agents, constants and types
    `import http from ${q};\nhttp.createServer(handler).listen(3000);`,
    `import { createServer, Agent, STATUS_CODES, IncomingMessage, METHODS } from ${q};`,
    `const { createServer } = require(${q});\ncreateServer(handler).listen(port);`,
    `const https = require(${q});\nconst agent = new https.Agent({ keepAlive: true });`,
    `import http from ${q};\nhttp.globalAgent.maxSockets = 10;`,
    `import * as http from ${q};\nconst text = http.STATUS_CODES[404];`,
    `import http from ${q};\nconst { createServer, Agent } = http;`,
    `import type { RequestOptions, IncomingMessage } from ${q};`,
    `import { type RequestOptions } from ${q};`,
    `import type http from ${q};\ntype Get = typeof http.get;`,
    `import * as https from ${q};\ntype Get = typeof https.get;\nconst server = https.createServer();`,
    `import type https = require(${q});\ntype Request = typeof https.request;`,
    `type Get = typeof import(${q}).get;`,
    `let options: import(${q}).RequestOptions;`,
    // loads that take no binding, or hand the module on whole
    `import ${q};`,
    `require(${q});`,
    `const path = require.resolve(${q});`,
    `export * from ${q};`,
    `export * as http from ${q};`,
    `const https = require(${q});\nmodule.exports = https;`,
    `jest.mock(${q});`,
    `vi.mock(${q}, () => ({ get: vi.fn() }));`,
    // stubs written onto the module object
    `import https from ${q};\nhttps.get = stubbedGet;`,
    // shadowed bindings and look-alikes that are not the module
    `import https from ${q};\nexport function load(https) { return https.get(url); }`,
    `const https = require(${q});\n{ const https = client; https.get(url); }`,
    `app.get('/', handler);\nrouter.request(options);`,
    `const server = { get: () => 1 };\nserver.get();`,
    `const { get } = require('./${m.replace('node:', '')}');`,
    `import { get } from '${m}-proxy-agent';`,
    `const name = ${q};`,
    `function load(require) { return require(${q}).get(url); }`,
  ].map((code) => ({ code }));
}

runRuleCases(
  'no-node-http-requests',
  rule,
  { messageId: rawRequestMessageId('node:https'), data: () => ({}) },
  {
    valid: [
      ...NODE_HTTP_MODULES.flatMap(nonRequestCases),
      { code: "import { request } from 'node:http2';" },
      { code: "import { request, fetch } from 'undici';" },
      { code: "import { get } from 'axios';" },
      // `allow` exempts files, relative to the root (ESLint's working directory by default)
      {
        code: "import https from 'node:https';\nhttps.get(url);",
        options: [{ allow: ['scripts/**'] }],
        filename: 'scripts/health-check.ts',
      },
      // the standardized client's own package wraps https: never reported there
      {
        code: "import { request } from 'node:https';",
        settings: workspaceSettings({ http: { file: 'packages/http/src/index.ts' } }),
        filename: inWorkspace('packages/http/src/transport.ts'),
      },
      {
        code: "import https from 'node:https';\nhttps.request(options);",
        settings: workspaceSettings({ http: { file: 'packages/http/src/index.ts' } }),
        filename: inWorkspace('packages/http/src/index.ts'),
      },
    ],
    invalid: [
      ...NODE_HTTP_MODULES.flatMap(requestCases),
      // several modules in one file, each under its own message id
      {
        code: dedent`
          import http from 'http';
          import { get } from 'node:https';
          http.get(url);
        `,
        errors: [request('node:https', 'get', 'get'), request('http', 'http.get', 'get')],
      },
      // the maily target names the client and its package; nothing is fixed
      {
        code: "import https from 'node:https';\nhttps.get(url);",
        settings: maily,
        output: null,
        errors: [
          request(
            'node:https',
            'https.get',
            'get',
            0,
            "use HttpClient from '@maily/error-handling/http-client' (standardized retries, pooling and error mapping).",
          ),
        ],
      },
      // the client's name comes from the http target
      {
        code: "const http = require('http');\nhttp.request(options);",
        settings: { 'standard-clients': { http: { module: '@acme/http', name: 'AcmeHttp' } } },
        errors: [request('http', 'http.request', 'request', 0, "use AcmeHttp from '@acme/http'.")],
      },
      // outside `allow`, and in another package than the client's own
      {
        code: "const { request } = require('node:https');",
        options: [{ allow: ['scripts/**'] }],
        filename: 'src/proxy.ts',
        errors: [request('node:https', 'request', 'request')],
      },
      {
        code: "import { request } from 'node:https';",
        settings: workspaceSettings({ http: { file: 'packages/http/src/index.ts' } }),
        filename: inWorkspace('packages/redis/src/health.ts'),
        errors: [request('node:https', 'request', 'request', 0, "use HttpClient from '../../http/src/index'.")],
      },
    ],
  },
);
