import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/report/summarize.js';
import plugin from '../../src/index.js';
import { createWorkspace } from '../helpers/workspace.js';

const RULE = 'standard-clients/no-node-http-requests';

describe('the migration report counts raw node:http(s) requests', () => {
  it('per package, as manual findings under the module the file loads', async () => {
    const root = createWorkspace({
      'package.json': '{ "name": "monorepo" }\n',
      'services/proxy/package.json': '{ "name": "@acme/proxy" }\n',
      // Reported at `https.get` and `request`, not at the specifier: the module comes from the message id.
      'services/proxy/src/forward.js': [
        "import https from 'node:https';",
        "import { request } from 'http';",
        'https.get(url, onResponse);',
        'https.get(other, onResponse);',
        'request(options);',
        '',
      ].join('\n'),
      'services/web/package.json': '{ "name": "@acme/web" }\n',
      'services/web/src/server.js': "import { createServer } from 'node:http';\ncreateServer(handler);\n",
      'services/web/src/health.js': "const { get } = require('node:http');\nget(url);\n",
    });
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: plugin.configs.maily });
    const results = await eslint.lintFiles(['services']);
    const { totals, packages } = summarize(results, root);
    expect(totals).toMatchObject({ findings: 4, fixable: 0, suggestionOnly: 0, manual: 4, packages: 2, files: 2 });
    expect(packages).toEqual([
      expect.objectContaining({
        name: '@acme/proxy',
        findings: 3,
        manual: 3,
        byRule: { [RULE]: 3 },
        byModule: { 'node:https': 2, http: 1 },
        // A raw request has no fix to miss: the work list says what it is.
        reasons: { rawRequest: 3 },
      }),
      expect.objectContaining({
        name: '@acme/web',
        findings: 1,
        manual: 1,
        byRule: { [RULE]: 1 },
        byModule: { 'node:http': 1 },
      }),
    ]);
  });
});
