import noLegacyRedis from '../../rules/no-legacy-redis.js';
import noNodeFetch from '../../rules/no-node-fetch.js';
import { reason, unmappedNames } from '../../src/fixes/reasons.js';
import { dedent } from '../helpers/dedent.js';
import { isCommonJs, runRuleCases } from '../helpers/rule-cases.js';
import { HTTP, httpAdvice, maily, manual, REDIS, redisAdvice, UNPROVEN } from './fix-cases.js';

const settings = maily;

// undici's fetch API is named (its default import is the module object): the maily preset maps the names.
runRuleCases(
  'no-node-fetch fixes: undici',
  noNodeFetch,
  // The preset states no promises for the fetch API (the platform's own): its fixes rest on the mapping's word.
  { messageId: UNPROVEN, data: (at) => ({ module: at.slice(1, -1), advice: httpAdvice }) },
  {
    valid: [],
    invalid: [
      {
        code: dedent`
          import { fetch, Headers } from 'undici';
          const res = await fetch(url, { headers: new Headers() });
        `,
        output: dedent`
          import { fetch, Headers } from '${HTTP}';
          const res = await fetch(url, { headers: new Headers() });
        `,
        errors: [{ at: "'undici'" }],
      },
      {
        code: dedent`
          import { fetch as undiciFetch, Request, Response } from 'undici';
          export const get = async (url) => new Response(await undiciFetch(new Request(url)));
        `,
        output: dedent`
          import { fetch as undiciFetch, Request, Response } from '${HTTP}';
          export const get = async (url) => new Response(await undiciFetch(new Request(url)));
        `,
        errors: [{ at: "'undici'" }],
      },
      {
        code: dedent`
          import * as undici from 'undici';
          export const load = () => undici.fetch(url);
        `,
        output: dedent`
          import { fetch } from '${HTTP}';
          export const load = () => fetch(url);
        `,
        errors: [{ at: "'undici'" }],
      },
      {
        code: dedent`
          const { fetch, Request } = require('undici');
          module.exports = (url) => fetch(new Request(url));
        `,
        output: dedent`
          const { fetch, Request } = require('${HTTP}');
          module.exports = (url) => fetch(new Request(url));
        `,
        errors: [{ at: "'undici'" }],
        only: isCommonJs,
      },
      {
        code: dedent`
          const { fetch } = await import('undici');
          export const response = await fetch(url);
        `,
        output: dedent`
          const { fetch } = await import('${HTTP}');
          export const response = await fetch(url);
        `,
        errors: [{ at: "'undici'" }],
      },
      // node-fetch's default and undici's named fetch become one import of the target's fetch
      {
        code: dedent`
          import nodeFetch from 'node-fetch';
          import { fetch } from 'undici';
          nodeFetch('/a');
          fetch('/b');
        `,
        output: dedent`
          import { fetch } from '${HTTP}';
          fetch('/a');
          fetch('/b');
        `,
        errors: [{ at: "'node-fetch'" }, { at: "'undici'" }],
      },
      // the rest of undici (dispatchers, its own request API, FormData) has no counterpart in the target
      {
        code: "import { request } from 'undici';\nconst { body } = await request(url);",
        errors: [manual("'undici'", unmappedNames(['request'], HTTP))],
      },
      {
        code: dedent`
          import { fetch, setGlobalDispatcher, Agent } from 'undici';
          setGlobalDispatcher(new Agent({ connections: 10 }));
          await fetch(url);
        `,
        errors: [manual("'undici'", unmappedNames(['setGlobalDispatcher', 'Agent'], HTTP))],
      },
      {
        code: "const { FormData, Pool, stream } = require('undici');",
        errors: [manual("'undici'", unmappedNames(['FormData', 'Pool', 'stream'], HTTP))],
      },
      // a default import is the module object (CommonJS interop): its mapped members are followed as named
      {
        code: "import undici from 'undici';\nawait undici.fetch(url);",
        output: `import { fetch } from '${HTTP}';\nawait fetch(url);`,
        errors: [{ at: "'undici'" }],
      },
      {
        code: "import undici from 'undici';\nconfigure(undici);",
        errors: [manual("'undici'", reason('valueUse', { name: 'undici' }))],
      },
      {
        code: "vi.mock('undici');",
        errors: [
          manual("'undici'", reason('mockAlone', { target: HTTP }), {
            suggestion: { target: HTTP, output: `vi.mock('${HTTP}');` },
          }),
        ],
      },
    ].map((c) => ({ settings, ...c })),
  },
);

// iovalkey is ioredis renamed for Valkey: the same mapping. valkey-glide is a client of its own: reported only.
runRuleCases(
  'no-legacy-redis fixes: Valkey clients',
  noLegacyRedis,
  { messageId: 'banned', data: (at) => ({ module: at.slice(1, -1), advice: redisAdvice }) },
  {
    valid: [],
    invalid: [
      {
        code: dedent`
          import Redis, { type RedisOptions } from 'iovalkey';
          const options: RedisOptions = {};
          const valkey = new Redis(options);
          await valkey.set('key', 'value');
        `,
        output: dedent`
          import { RedisClient, type RedisClientOptions } from '${REDIS}';
          const options: RedisClientOptions = {};
          const valkey = new RedisClient(options);
          await valkey.set('key', 'value');
        `,
        errors: [{ at: "'iovalkey'" }],
      },
      {
        code: dedent`
          import { Redis } from 'iovalkey';
          import IORedis from 'ioredis';
          new Redis(); new IORedis();
        `,
        output: dedent`
          import { RedisClient } from '${REDIS}';
          new RedisClient(); new RedisClient();
        `,
        errors: [{ at: "'iovalkey'" }, { at: "'ioredis'" }],
      },
      {
        code: dedent`
          const Valkey = require('iovalkey');
          module.exports.ping = () => new Valkey().get('ping');
        `,
        output: dedent`
          const { RedisClient } = require('${REDIS}');
          module.exports.ping = () => new RedisClient().get('ping');
        `,
        errors: [{ at: "'iovalkey'" }],
        only: isCommonJs,
      },
      {
        code: "import { Cluster } from 'iovalkey';\nnew Cluster([]);",
        errors: [manual("'iovalkey'", unmappedNames(['Cluster'], REDIS), { advice: redisAdvice })],
      },
      ...[
        "import { GlideClient } from '@valkey/valkey-glide';",
        "const { GlideClusterClient } = require('@valkey/valkey-glide');",
        "const { GlideClient } = await import('@valkey/valkey-glide');",
      ].map((code) => ({
        code,
        errors: [
          manual(
            "'@valkey/valkey-glide'",
            reason('noModuleMapping', { bannedModule: '@valkey/valkey-glide', target: REDIS }),
            { advice: redisAdvice },
          ),
        ],
      })),
    ].map((c) => ({ settings, ...c })),
  },
);
