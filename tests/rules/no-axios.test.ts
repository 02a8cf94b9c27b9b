import rule from '../../rules/no-axios.js';
import { runRuleCases } from '../helpers/rule-cases.js';
import { loadFormCases, nonLoadCases } from './load-forms.js';

const advice = 'use HttpClient instead (standardized retries, pooling and error mapping).';
const unquote = (at: string) => at.slice(1, -1);

runRuleCases(
  'no-axios',
  rule,
  { messageId: 'banned', data: (at) => ({ module: unquote(at), advice }) },
  {
    valid: [
      ...nonLoadCases('axios'),
      { code: "import axiosRetry from 'axios-retry';" },
      { code: "import type { AxiosStatic } from '@types/axios';" },
      { code: "import { fetch } from '@maily/error-handling/http-client';" },
    ],
    invalid: loadFormCases('axios'),
  },
);
