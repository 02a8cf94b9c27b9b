import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample, eslint } from './cli-helpers.js';

const AXIOS = 'standard-clients/no-axios';
const HTTP = '@maily/error-handling/http-client';
const dir = 'services/billing/src';

/** Files of the example copy, written and read by their path below `services/billing/src`. */
function files(root: string) {
  const at = (name: string) => path.join(root, dir, name);
  return {
    write: (name: string, lines: readonly string[]) => writeFileSync(at(name), lines.join('\n')),
    read: (name: string) => readFileSync(at(name), 'utf8').split('\n'),
    suppressions: () => JSON.parse(readFileSync(path.join(root, 'eslint-suppressions.json'), 'utf8')),
  };
}

const approved = [
  '// eslint-disable-next-line standard-clients/no-axios -- approved: streaming upload needs raw axios',
  "import rawAxios from 'axios';",
];

describe.each([
  ['ESLint 10', 'eslint'],
  ['ESLint 9', 'eslint-v9'],
])('bulk suppressions and --fix (%s)', { timeout: 60_000 }, (_label, eslintPackage) => {
  it('--fix rewrites suppressed loads (ESLint applies the fixes of suppressed reports); a disable comment holds', () => {
    const root = copyExample(undefined, { eslintPackage });
    const { write, read, suppressions } = files(root);
    write('legacy.ts', ["import axios from 'axios';", "export const get = () => axios.get('/');"]);
    write('upload.ts', [...approved, "import axios from 'axios';", 'export const up = () => [rawAxios, axios];']);
    const targets = [`${dir}/legacy.ts`, `${dir}/upload.ts`];

    expect(eslint(eslintPackage, ['--suppress-all', ...targets], root).status).toBe(0);
    // The disabled load is not counted: its report never reaches the suppressions.
    expect(suppressions()).toEqual({
      [`${dir}/legacy.ts`]: { [AXIOS]: { count: 1 } },
      [`${dir}/upload.ts`]: { [AXIOS]: { count: 1 } },
    });
    expect(eslint(eslintPackage, targets, root).status).toBe(0);

    const fix = eslint(eslintPackage, ['--fix', '--pass-on-unpruned-suppressions', ...targets], root);
    expect(fix.status).toBe(0);
    expect(read('legacy.ts')).toEqual([
      `import { httpClient } from '${HTTP}';`,
      "export const get = () => httpClient.get('/');",
    ]);
    expect(read('upload.ts')).toEqual([
      ...approved,
      `import { httpClient } from '${HTTP}';`,
      'export const up = () => [rawAxios, httpClient];',
    ]);
  });

  it('fixing before --suppress-all leaves only the reports that need a human in the suppressions', () => {
    const root = copyExample(undefined, { eslintPackage });
    const { write, read, suppressions } = files(root);
    write('mixed.ts', ["import 'axios';", "import axios from 'axios';", "export const get = () => axios.get('/');"]);
    const target = `${dir}/mixed.ts`;

    expect(eslint(eslintPackage, ['--fix', target], root).status).toBe(1);
    expect(read('mixed.ts')).toEqual([
      "import 'axios';",
      `import { httpClient } from '${HTTP}';`,
      "export const get = () => httpClient.get('/');",
    ]);
    expect(eslint(eslintPackage, ['--suppress-all', target], root).status).toBe(0);
    expect(suppressions()).toEqual({ [target]: { [AXIOS]: { count: 1 } } });
    expect(eslint(eslintPackage, ['--fix', target], root).status).toBe(0);
    expect(read('mixed.ts')[0]).toBe("import 'axios';");
  });
});
