import rule from '../../rules/no-restricted-clients.js';
import { dedent } from '../helpers/dedent.js';
import { runRuleCases } from '../helpers/rule-cases.js';
import { inWorkspace, workspaceSettings } from '../helpers/workspace.js';
import { loadFormCases, nonLoadCases } from './load-forms.js';

const clients = [
  { modules: ['got', 'superagent'], name: 'HttpClient' },
  { modules: ['@legacy/queue'], message: 'the queue moved to @org/queue; see docs/queues.md.' },
  { modules: ['request'] },
];
const options = [{ clients }] as const;

const adviceFor: Record<string, string> = {
  got: 'use HttpClient instead.',
  superagent: 'use HttpClient instead.',
  '@legacy/queue': 'the queue moved to @org/queue; see docs/queues.md.',
  request: 'use the client your team standardized on.',
};
const data = (at: string) => {
  const module = at.slice(1, -1);
  const banned = Object.keys(adviceFor).find((name) => module === name || module.startsWith(`${name}/`));
  return { module, advice: adviceFor[banned ?? ''] ?? 'unexpected module' };
};
const withOptions = <T extends object>(cases: T[]) => cases.map((c) => ({ ...c, options }));

runRuleCases(
  'no-restricted-clients',
  rule,
  { messageId: 'banned', data },
  {
    valid: [
      { code: "import got from 'got';" },
      ...withOptions([
        ...nonLoadCases('got'),
        ...nonLoadCases('@legacy/queue'),
        { code: "import axios from 'axios';" },
        { code: "import { httpClient } from '@org/http-client';" },
        { code: "import requestPromise from 'request-promise';" },
      ]),
      {
        code: "import type { Got } from 'got';",
        options: [{ clients, allowTypeImports: true }],
      },
      {
        code: "import got from 'got';",
        filename: 'packages/http-client/src/got-adapter.ts',
        options: [{ clients, allow: ['packages/http-client/**'] }],
      },
    ],
    invalid: [
      ...withOptions([
        ...loadFormCases('got'),
        ...loadFormCases('@legacy/queue'),
        { code: "const request = require('request');", errors: [{ at: "'request'" }] },
        {
          code: "import agent from 'superagent/lib/node/index.js';",
          errors: [{ at: "'superagent/lib/node/index.js'" }],
        },
        {
          code: dedent`
            import got from 'got';
            import request from 'request';
            import { enqueue } from '@legacy/queue';
          `,
          errors: [{ at: "'got'" }, { at: "'request'" }, { at: "'@legacy/queue'" }],
        },
      ]),
      // its own targets resolve against the shared root too, and messages name the specifier to write
      {
        code: "import got from 'got';",
        settings: workspaceSettings(),
        filename: inWorkspace('apps/web/main.ts'),
        options: [{ clients: [{ modules: ['got'], target: { file: 'libs/http/index.ts', name: 'Http' } }] }],
        errors: [
          {
            at: "'got'",
            messageId: 'notFixed/noModuleMapping',
            data: {
              module: 'got',
              advice: "use Http from '../../libs/http/index'.",
              bannedModule: 'got',
              target: '../../libs/http/index',
            },
          },
        ],
      },
      {
        code: "import got from 'got';",
        options: [{ clients: [{ modules: ['got'], name: 'HttpClient' }] }],
        errors: [{ at: "'got'", data: { module: 'got', advice: 'use HttpClient instead.' } }],
      },
      {
        code: "vi.mock('got');",
        options: [{ clients, checkMocks: true }],
        errors: [{ at: "'got'" }],
      },
    ],
  },
);
