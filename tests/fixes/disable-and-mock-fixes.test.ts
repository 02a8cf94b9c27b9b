import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-axios.js';
import plugin from '../../src/index.js';
import { isCommonJs, isEsModule, runRuleCases } from '../helpers/rule-cases.js';
import { type Reason, reason, renderReason, unaccountedMembers, unmappedMembers } from '../../src/fixes/reasons.js';
import { HTTP, httpAdvice, maily, manual, notFixed } from './fix-cases.js';
import { consumerLinter } from '../helpers/consumer.js';

const settings = maily;
/** The id typescript-eslint's RuleTester gives the rule under test (the suite name): what a directive names. */
const ID = '@rule-tester/no-axios';
const data = (at: string) => ({ module: at.slice(1, -1), advice: httpAdvice });

/** A report whose load moves only with the file's mocks, with the one suggestion that moves them together. */
function mocked(at: string, why: Reason, output: string, nth?: number) {
  const module = at.slice(1, -1);
  return {
    at,
    nth,
    ...notFixed(module, httpAdvice, why),
    suggestions: [{ messageId: 'useTargetWithMocks' as const, data: { target: HTTP, module }, output }],
  };
}
const mockedBy = (mock: string, line: number) => reason('mockedLoad', { mock, line: String(line) });
const movesWithLoads = reason('mockWithLoads', { mocked: 'axios' });
/** A mock reason whose suggestion is blocked: the inner reasons are rendered into the outer one's data. */
const noSuggestion = (outer: Reason, why: Reason) =>
  reason('noSuggestion', { reason: renderReason(outer), why: renderReason(why) });
const blockedLoad = (line: number, why: Reason) =>
  reason('blockedLoad', { line: String(line), reason: renderReason(why) });
const blockedByDisable = (line: number) => reason('blockedByDisable', { line: String(line) });

runRuleCases(
  'no-axios',
  rule,
  { messageId: 'banned', data },
  {
    valid: [
      // A file-level disable, with or without the rule named, silences every load: nothing to fix.
      { code: "/* eslint-disable */\nimport axios from 'axios';\naxios.get('/');" },
      { code: `/* eslint-disable ${ID} -- legacy module */\nimport axios from 'axios';\naxios.get('/');` },
    ].map((c) => ({ settings, ...c })),
    invalid: [
      // ---- a disabled load stays as written, directive included, while the file's other loads are fixed
      {
        code: `import axios from 'axios';\n// eslint-disable-next-line ${ID} -- approved: streaming upload needs raw axios\nimport rawAxios from 'axios';\naxios.get('/');\nrawAxios.post('/');`,
        output: `import { httpClient } from '${HTTP}';\n// eslint-disable-next-line ${ID} -- approved: streaming upload needs raw axios\nimport rawAxios from 'axios';\nhttpClient.get('/');\nrawAxios.post('/');`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: `import axios from 'axios';\n/* eslint-disable-next-line ${ID} */\nimport rawAxios from 'axios';\naxios.get('/');\nrawAxios.post('/');`,
        output: `import { httpClient } from '${HTTP}';\n/* eslint-disable-next-line ${ID} */\nimport rawAxios from 'axios';\nhttpClient.get('/');\nrawAxios.post('/');`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: `import axios from 'axios';\nimport rawAxios from 'axios'; // eslint-disable-line ${ID} -- approved\naxios.get('/');\nrawAxios.post('/');`,
        output: `import { httpClient } from '${HTTP}';\nimport rawAxios from 'axios'; // eslint-disable-line ${ID} -- approved\nhttpClient.get('/');\nrawAxios.post('/');`,
        errors: [{ at: "'axios'" }],
      },
      {
        code: `import axios from 'axios';\nimport rawAxios from 'axios'; /* eslint-disable-line ${ID} */\naxios.get('/');\nrawAxios.post('/');`,
        output: `import { httpClient } from '${HTTP}';\nimport rawAxios from 'axios'; /* eslint-disable-line ${ID} */\nhttpClient.get('/');\nrawAxios.post('/');`,
        errors: [{ at: "'axios'" }],
      },
      {
        // The disabled block comes first: its import is the fix's family anchor, and stays untouched.
        code: `/* eslint-disable ${ID} -- vendored */\nimport rawAxios from 'axios';\n/* eslint-enable ${ID} */\nimport axios from 'axios';\nrawAxios.post('/');\naxios.get('/');`,
        output: `/* eslint-disable ${ID} -- vendored */\nimport rawAxios from 'axios';\n/* eslint-enable ${ID} */\nimport { httpClient } from '${HTTP}';\nrawAxios.post('/');\nhttpClient.get('/');`,
        errors: [{ at: "'axios'", nth: 1 }],
      },
      {
        // The anchor is the disabled import even when the fixed load extends an existing target import.
        code: `// eslint-disable-next-line ${ID}\nimport rawAxios from 'axios';\nimport { HttpClientError } from '${HTTP}';\nimport axios from 'axios';\nrawAxios.post('/');\naxios.get('/').catch((e) => e instanceof HttpClientError);`,
        output: `// eslint-disable-next-line ${ID}\nimport rawAxios from 'axios';\nimport { HttpClientError, httpClient } from '${HTTP}';\nrawAxios.post('/');\nhttpClient.get('/').catch((e) => e instanceof HttpClientError);`,
        errors: [{ at: "'axios'", nth: 1 }],
      },
      {
        // A blanket enable ends a blanket disable.
        code: `/* eslint-disable */\nimport rawAxios from 'axios';\n/* eslint-enable */\nimport axios from 'axios';\nrawAxios.post('/');\naxios.get('/');`,
        output: `/* eslint-disable */\nimport rawAxios from 'axios';\n/* eslint-enable */\nimport { httpClient } from '${HTTP}';\nrawAxios.post('/');\nhttpClient.get('/');`,
        errors: [{ at: "'axios'", nth: 1 }],
      },
      {
        // The disabled import keeps binding `httpClient`: the fixed load must pick another local name.
        code: `// eslint-disable-next-line ${ID}\nimport httpClient from 'axios';\nimport axios from 'axios';\nhttpClient.post('/');\naxios.get('/');`,
        output: `// eslint-disable-next-line ${ID}\nimport httpClient from 'axios';\nimport { httpClient as axios } from '${HTTP}';\nhttpClient.post('/');\naxios.get('/');`,
        errors: [{ at: "'axios'", nth: 1 }],
      },
      {
        code: `// eslint-disable-next-line ${ID}\nconst raw = require('axios');\nconst axios = require('axios');\nraw.post('/');\naxios.get('/');`,
        output: `// eslint-disable-next-line ${ID}\nconst raw = require('axios');\nconst { httpClient } = require('${HTTP}');\nraw.post('/');\nhttpClient.get('/');`,
        errors: [{ at: "'axios'", nth: 1 }],
        only: isCommonJs,
      },

      // ---- a mocked module: its loads and mocks move together, by one suggestion, or stay with the reason
      {
        code: "import axios from 'axios';\nvi.mock('axios', () => ({ default: { get: vi.fn() } }));\nexport const load = () => axios.get('/');",
        errors: ((output) => [
          mocked("'axios'", mockedBy('vi.mock()', 2), output),
          mocked("'axios'", movesWithLoads, output, 1),
        ])(
          `import { httpClient } from '${HTTP}';\nvi.mock('${HTTP}', () => ({ httpClient: { get: vi.fn() } }));\nexport const load = () => httpClient.get('/');`,
        ),
      },
      // Members the mapping makes exports of their own move out of the mocked default, as the code reads them.
      {
        code: "import axios from 'axios';\nvi.mock('axios', () => ({ default: { get: vi.fn(), isAxiosError: () => false } }));\nexport const load = () => axios.get('/').catch((e) => axios.isAxiosError(e));",
        errors: ((output) => [
          mocked("'axios'", mockedBy('vi.mock()', 2), output),
          mocked("'axios'", movesWithLoads, output, 1),
        ])(
          `import { httpClient, isHttpClientError } from '${HTTP}';\nvi.mock('${HTTP}', () => ({ httpClient: { get: vi.fn() }, isHttpClientError: () => false }));\nexport const load = () => httpClient.get('/').catch((e) => isHttpClientError(e));`,
        ),
        only: isEsModule,
      },
      {
        // require() takes the module object whole: the factory object is the default, split the same way.
        code: "const axios = require('axios');\njest.mock('axios', () => ({ isAxiosError: () => false, get: jest.fn() }));\naxios.get('/').catch((e) => axios.isAxiosError(e));",
        errors: ((output) => [
          mocked("'axios'", mockedBy('jest.mock()', 2), output),
          mocked("'axios'", movesWithLoads, output, 1),
        ])(
          `const { httpClient, isHttpClientError } = require('${HTTP}');\njest.mock('${HTTP}', () => ({ httpClient: { get: jest.fn() }, isHttpClientError: () => false }));\nhttpClient.get('/').catch((e) => isHttpClientError(e));`,
        ),
        only: isCommonJs,
      },
      {
        // Automock: the target is mocked the same way. A load of another specifier is not tied to the mock.
        code: "import axios from 'axios';\nimport type { AxiosResponse } from 'axios/index';\nvi.mock('axios');\naxios.get('/');",
        output: null,
        errors: ((output) => [
          mocked("'axios'", mockedBy('vi.mock()', 3), output),
          manual("'axios/index'", reason('noSubpathMapping', { subpath: 'axios/index' })),
          mocked("'axios'", movesWithLoads, output, 1),
        ])(
          `import { httpClient } from '${HTTP}';\nimport type { AxiosResponse } from 'axios/index';\nvi.mock('${HTTP}');\nhttpClient.get('/');`,
        ),
        only: isEsModule,
      },
      {
        code: "import { AxiosError, isAxiosError as isError } from 'axios';\nvi.doMock('axios', () => {\n  return { AxiosError: class extends Error {}, isAxiosError: () => true };\n});\nvi.unmock('axios');\nif (isError(e) || e instanceof AxiosError) throw e;",
        errors: ((output) => [
          mocked("'axios'", mockedBy('vi.doMock()', 2), output),
          mocked("'axios'", movesWithLoads, output, 1),
          mocked("'axios'", movesWithLoads, output, 2),
        ])(
          `import { HttpClientError, isHttpClientError as isError } from '${HTTP}';\nvi.doMock('${HTTP}', () => {\n  return { HttpClientError: class extends Error {}, isHttpClientError: () => true };\n});\nvi.unmock('${HTTP}');\nif (isError(e) || e instanceof HttpClientError) throw e;`,
        ),
      },
      {
        // Shorthand and string keys keep their form.
        code: "import axios from 'axios';\nconst AxiosError = class extends Error {};\njest.mock('axios', () => ({ 'default': { get: jest.fn() }, AxiosError }));\naxios.get('/');",
        errors: ((output) => [
          mocked("'axios'", mockedBy('jest.mock()', 3), output),
          mocked("'axios'", movesWithLoads, output, 1),
        ])(
          `import { httpClient } from '${HTTP}';\nconst AxiosError = class extends Error {};\njest.mock('${HTTP}', () => ({ 'httpClient': { get: jest.fn() }, HttpClientError: AxiosError }));\nhttpClient.get('/');`,
        ),
      },
      {
        // CommonJS: require() returns the factory's object, which becomes the mapped default export.
        code: "const axios = require('axios');\njest.mock('axios', () => ({ get: jest.fn() }));\nexports.load = () => axios.get('/');",
        errors: ((output) => [
          mocked("'axios'", mockedBy('jest.mock()', 2), output),
          mocked("'axios'", movesWithLoads, output, 1),
        ])(
          `const { httpClient } = require('${HTTP}');\njest.mock('${HTTP}', () => ({ httpClient: { get: jest.fn() } }));\nexports.load = () => httpClient.get('/');`,
        ),
        only: isCommonJs,
      },
      {
        // vitest's typed form names the module through import().
        code: "import axios from 'axios';\nvi.mock(import('axios'), () => ({ default: { get: vi.fn() } }));\naxios.get('/');",
        errors: ((output) => [
          mocked("'axios'", mockedBy('vi.mock()', 2), output),
          mocked("'axios'", movesWithLoads, output, 1),
        ])(
          `import { httpClient } from '${HTTP}';\nvi.mock(import('${HTTP}'), () => ({ httpClient: { get: vi.fn() } }));\nhttpClient.get('/');`,
        ),
        only: isEsModule,
      },
      {
        // A mock alone in its file (the test of a module fixed elsewhere) gets the same mapped suggestion.
        code: "vi.mock(import('axios'), () => ({ default: { get: vi.fn() } }));",
        errors: [
          manual("'axios'", reason('mockAlone', { target: HTTP }), {
            suggestion: {
              target: HTTP,
              output: `vi.mock(import('${HTTP}'), () => ({ httpClient: { get: vi.fn() } }));`,
            },
          }),
        ],
        only: isEsModule,
      },
      {
        // `.default` on what require() returns is no member of HttpClient: the load stays, and its mock with it.
        code: "const axios = require('axios');\njest.mock('axios', () => ({ __esModule: true, default: { get: jest.fn() } }));\naxios.default.get('/');",
        errors: ((why: Reason) => [
          manual("'axios'", why),
          manual("'axios'", noSuggestion(movesWithLoads, blockedLoad(1, why)), { nth: 1 }),
        ])(unaccountedMembers(['default'], 'axios', 'httpClient')),
        only: isCommonJs,
      },
      {
        // vitest's options object (`{ spy: true }`) mocks the target the same way.
        code: "vi.mock('axios', { spy: true });",
        errors: [
          manual("'axios'", reason('mockAlone', { target: HTTP }), {
            suggestion: { target: HTTP, output: `vi.mock('${HTTP}', { spy: true });` },
          }),
        ],
      },
      {
        // checkMocks: false leaves the mock unreported, but the load still moves only with it.
        code: "import axios from 'axios';\njest.mock('axios');\naxios.get('/');",
        options: [{ checkMocks: false }],
        errors: [
          mocked(
            "'axios'",
            mockedBy('jest.mock()', 2),
            `import { httpClient } from '${HTTP}';\njest.mock('${HTTP}');\nhttpClient.get('/');`,
          ),
        ],
      },
      // Factories that cannot be mapped safely: no suggestion, and the reports say why.
      ...(
        [
          [
            "vi.mock('axios', () => ({ default: {}, create: vi.fn() }))",
            reason('mockKeyUnmapped', { key: 'create', target: '@maily/error-handling/http-client' }),
          ],
          ["vi.mock('axios', () => ({ ...mocks }))", reason('mockSpread')],
          ["vi.mock('axios', () => ({ [key]: {} }))", reason('mockComputedKey')],
          ["vi.mock('axios', factory)", reason('mockFactoryNotFunction')],
          ["vi.mock('axios', () => mocks)", reason('mockFactoryNotObject')],
          ["vi.mock('axios', async (importOriginal) => ({ default: {} }))", reason('mockFactoryParameter')],
          [
            "vi.mock('axios', () => ({ default: { get: vi.importActual } }))",
            reason('mockReadsOriginal', { reader: 'importActual' }),
          ],
          ["vi.mock('axios', () => ({ default: { ...base, get: vi.fn() } }))", reason('mockDefaultSpread')],
          ["vi.mock('axios', () => ({ default: { [key]: vi.fn() } }))", reason('mockDefaultComputedKey')],
          ["vi.mock('axios', () => ({ default: mockAxios }))", reason('mockDefaultNotObject')],
          [
            "vi.mock('axios', () => ({ isAxiosError: vi.fn(), default: { isAxiosError: vi.fn() } }))",
            reason('mockKeysCollide', { name: 'isHttpClientError' }),
          ],
          [
            "vi.mock('axios', () => ({ default: { isAxiosError() { return false; } } }))",
            reason('mockDefaultMethod', { key: 'isAxiosError', name: 'isHttpClientError' }),
          ],
          [
            "vi.mock('axios', () => ({ default: {}, isAxiosError: vi.fn(), 'default': {} }))",
            reason('mockKeysCollide', { name: 'httpClient' }),
          ],
        ] as const
      ).map(([mock, why]) => ({
        code: `import axios from 'axios';\n${mock};\naxios.get('/');`,
        errors: [
          manual("'axios'", noSuggestion(mockedBy('vi.mock()', 2), why)),
          manual("'axios'", noSuggestion(movesWithLoads, why), { nth: 1 }),
        ],
      })),
      {
        // The real module read beside the mock has the banned module's shape: nothing moves.
        code: "import axios from 'axios';\njest.mock('axios');\nconst actual = jest.requireActual('axios');\naxios.get('/');",
        errors: [
          manual(
            "'axios'",
            noSuggestion(mockedBy('jest.mock()', 2), reason('mockReturnsModule', { callee: 'jest.requireActual' })),
          ),
          manual(
            "'axios'",
            noSuggestion(movesWithLoads, reason('mockReturnsModule', { callee: 'jest.requireActual' })),
            { nth: 1 },
          ),
          manual(
            "'axios'",
            noSuggestion(movesWithLoads, reason('mockReturnsModule', { callee: 'jest.requireActual' })),
            { nth: 2 },
          ),
        ],
      },
      {
        // A disabled load of the mocked module keeps it mocked: the mock cannot move.
        code: `import axios from 'axios';\n// eslint-disable-next-line ${ID}\nimport rawAxios from 'axios';\nvi.mock('axios');\naxios.get('/');\nrawAxios.post('/');`,
        errors: [
          manual("'axios'", noSuggestion(mockedBy('vi.mock()', 4), blockedByDisable(3))),
          manual("'axios'", noSuggestion(movesWithLoads, blockedByDisable(3)), { nth: 2 }),
        ],
      },
      {
        // A mocked load that is not fixable on its own gives its own reason; the mock says why it stays.
        code: "import * as axios from 'axios';\nvi.mock('axios');\naxios.create();",
        errors: [
          manual("'axios'", unmappedMembers(['create'], 'axios')),
          manual("'axios'", noSuggestion(movesWithLoads, blockedLoad(1, unmappedMembers(['create'], 'axios'))), {
            nth: 1,
          }),
        ],
      },
    ].map((c) => ({ settings, ...c })),
  },
);

describe('disable comments under the real rule ids (every rule of configs.maily, and no-console)', () => {
  const config: Linter.Config[] = [
    ...plugin.configs.maily,
    { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
    { rules: { 'no-console': 'error' }, linterOptions: { reportUnusedDisableDirectives: 'error' } },
  ];
  const fix = (code: string) => consumerLinter().verifyAndFix(code, config, 'src/client.ts');

  it('leaves a load disabled by a list naming the rule, fixes one whose directive names other rules only', () => {
    const { output, messages } = fix(
      [
        "import axios from 'axios';",
        "import rawAxios from 'axios'; console.log(1); // eslint-disable-line no-console, standard-clients/no-axios -- approved",
        '// eslint-disable-next-line no-console -- other rules only',
        "import legacy from 'axios'; console.log(2);",
        "axios.get('/');",
        "rawAxios.post('/');",
        "legacy.put('/');",
      ].join('\n'),
    );
    expect(output).toBe(
      [
        `import { httpClient } from '${HTTP}';`,
        "import rawAxios from 'axios'; console.log(1); // eslint-disable-line no-console, standard-clients/no-axios -- approved",
        '// eslint-disable-next-line no-console -- other rules only',
        'console.log(2);',
        "httpClient.get('/');",
        "rawAxios.post('/');",
        "httpClient.put('/');",
      ].join('\n'),
    );
    expect(messages).toEqual([]);
  });

  it('keeps a disabled anchor intact while two rules add their names to one target import', () => {
    const { output, messages } = fix(
      [
        '// eslint-disable-next-line standard-clients/no-axios',
        "import rawAxios from 'axios';",
        "import fetch from 'node-fetch';",
        "import axios from 'axios';",
        "rawAxios.post('/');",
        "axios.get('/').then(() => fetch('/'));",
      ].join('\n'),
    );
    expect(output).toBe(
      [
        '// eslint-disable-next-line standard-clients/no-axios',
        "import rawAxios from 'axios';",
        `import { fetch, httpClient } from '${HTTP}';`,
        "rawAxios.post('/');",
        "httpClient.get('/').then(() => fetch('/'));",
      ].join('\n'),
    );
    expect(messages).toEqual([]);
  });
});
