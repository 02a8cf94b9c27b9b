import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, sendJson, startHttpServer } from '../../../test-setup/servers.js';
import { neighbourStatus } from '../src/status.js';

describe('neighbourStatus, with the ledger on a local server and notify unreachable', () => {
  let ledger: LocalServer;
  beforeAll(async () => {
    ledger = await startHttpServer((_request, response) => sendJson(response, 200, { ok: true }));
    process.env.LEDGER_URL = ledger.url;
    // A closed port on loopback: the request fails at once.
    process.env.NOTIFY_URL = 'http://127.0.0.1:9';
  });
  afterAll(() => ledger.close());

  it('reports each neighbour up or down', async () => {
    expect(await neighbourStatus()).toEqual({ ledger: 'up', notify: 'down' });
    expect(ledger.requests.map((r) => r.url)).toEqual(['/health']);
  });
});
