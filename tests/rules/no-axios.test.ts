import rule from '../../rules/no-axios.js';
import { dedent } from '../helpers/dedent.js';
import { isCommonJs, runRuleCases } from '../helpers/rule-cases.js';
import { inWorkspace, workspaceSettings } from '../helpers/workspace.js';
import { loadFormCases, nonLoadCases } from './load-forms.js';

const advice = 'use HttpClient instead.';
const unquote = (at: string) => at.slice(1, -1);
const settings = { 'standard-clients': { http: { module: '@org/http-client' } } };

runRuleCases(
  'no-axios',
  rule,
  { messageId: 'banned', data: (at) => ({ module: unquote(at), advice }) },
  {
    valid: [
      ...nonLoadCases('axios'),
      { code: "import { httpClient } from '@maily/error-handling/http-client';" },
      // allowTypeImports: only what vanishes at compile time is allowed
      ...[
        "import type { AxiosResponse } from 'axios';",
        "import type axios from 'axios';",
        "import { type AxiosResponse, type AxiosError } from 'axios';",
        "export type { AxiosResponse } from 'axios';",
        "export type * from 'axios';",
        "import type axios = require('axios');",
        "type Response = import('axios').AxiosResponse;",
        "type Static = typeof import('axios');",
      ].map((code) => ({ code, options: [{ allowTypeImports: true }] as const })),
      // checkMocks: false leaves test mocks alone
      ...["jest.mock('axios');", "vi.mock('axios', () => ({}));", "jest.requireActual('axios');"].map((code) => ({
        code,
        options: [{ checkMocks: false }] as const,
      })),
      // allow: globs relative to the working directory exempt whole folders
      {
        code: "import axios from 'axios';",
        filename: 'packages/http-client/src/index.ts',
        options: [{ allow: ['packages/http-client/**'] }],
      },
      {
        code: "const axios = require('axios');",
        filename: 'scripts/legacy/upload.cjs',
        options: [{ allow: ['scripts/legacy/*.cjs', 'unrelated/**'] }],
      },
      // modules replaces the default list
      { code: "import axios from 'axios';", options: [{ modules: ['superagent'] }] },
    ],
    invalid: [
      ...loadFormCases('axios'),
      // escapes spell the name without writing it: still a load
      {
        code: "const client = require('\\x61xios');",
        errors: [{ at: "'\\x61xios'", data: { module: 'axios', advice } }],
      },
      {
        code: "import client from '\\u0061xios';",
        errors: [{ at: "'\\u0061xios'", data: { module: 'axios', advice } }],
      },
      // so does a line continuation inside the string
      {
        code: "import client from 'axi\\\nos';",
        errors: [{ at: "'axi\\\nos'", data: { module: 'axios', advice } }],
      },
      // allowTypeImports does not let values through
      ...[
        "import axios, { type AxiosResponse } from 'axios';",
        "import { type AxiosResponse, isAxiosError } from 'axios';",
        "import axios = require('axios');",
        "const { get } = await import('axios');",
        "jest.mock('axios');",
      ].map((code) => ({ code, options: [{ allowTypeImports: true }] as const, errors: [{ at: "'axios'" }] })),
      // checkMocks: false still reports real loads beside the mock
      {
        code: dedent`
          jest.mock('axios');
          const axios = jest.requireActual('axios');
          const real = require('axios');
        `,
        options: [{ checkMocks: false }],
        errors: [{ at: "'axios'", nth: 2 }],
        only: isCommonJs,
      },
      // an allow glob that does not match the file
      {
        code: "import axios from 'axios';",
        filename: 'packages/billing/src/index.ts',
        options: [{ allow: ['packages/http-client/**'] }],
        errors: [{ at: "'axios'" }],
      },
      // modules replaces the default list, subpaths included
      {
        code: dedent`
          import request from 'superagent/lib/node';
          import axios from 'axios';
        `,
        options: [{ modules: ['superagent'] }],
        errors: [{ at: "'superagent/lib/node'" }],
      },
      // settings and the target option name the replacement
      {
        code: "import axios from 'axios';",
        settings,
        errors: [
          {
            at: "'axios'",
            messageId: 'notFixed/noModuleMapping',
            data: {
              module: 'axios',
              advice: "use HttpClient from '@org/http-client'.",
              bannedModule: 'axios',
              target: '@org/http-client',
            },
          },
        ],
      },
      // a file target is named by the specifier this file would write
      {
        code: "import axios from 'axios';",
        settings: workspaceSettings(settings['standard-clients']),
        filename: inWorkspace('services/api/src/client.ts'),
        options: [{ target: { file: 'packages/http/src/index.ts', name: 'Http' } }],
        errors: [
          {
            at: "'axios'",
            messageId: 'notFixed/noModuleMapping',
            data: {
              module: 'axios',
              advice: "use Http from '../../../packages/http/src/index'.",
              bannedModule: 'axios',
              target: '../../../packages/http/src/index',
            },
          },
        ],
      },
      // a target's own advice and migration guide
      {
        code: "import axios from 'axios';",
        settings: {
          'standard-clients': {
            http: { module: '@org/http-client', advice: 'retries built in', guide: 'https://wiki.example.com/http' },
          },
        },
        errors: [
          {
            at: "'axios'",
            messageId: 'notFixed/noModuleMapping',
            data: {
              module: 'axios',
              advice:
                "use HttpClient from '@org/http-client' (retries built in). See https://wiki.example.com/http for the migration guide.",
              bannedModule: 'axios',
              target: '@org/http-client',
            },
          },
        ],
      },
      // a rule's message replaces the advice; the guide still follows
      {
        code: "import axios from 'axios';",
        settings: {
          'standard-clients': { http: { module: '@org/http-client', guide: 'https://wiki.example.com/http' } },
        },
        options: [{ message: 'ask #platform-http first.' }],
        errors: [
          {
            at: "'axios'",
            messageId: 'notFixed/noModuleMapping',
            data: {
              module: 'axios',
              advice: 'ask #platform-http first. See https://wiki.example.com/http for the migration guide.',
              bannedModule: 'axios',
              target: '@org/http-client',
            },
          },
        ],
      },
      {
        code: "const axios = require('axios');",
        options: [{ message: 'talk to #platform-http before adding HTTP clients.' }],
        errors: [
          { at: "'axios'", data: { module: 'axios', advice: 'talk to #platform-http before adding HTTP clients.' } },
        ],
      },
    ],
  },
);
