import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, sendJson, startHttpServer } from '../../../test-setup/servers.js';
import { requestRefund } from '../src/refunds.js';

describe('requestRefund, with the ledger on a local server', () => {
  let ledger: LocalServer;
  beforeAll(async () => {
    ledger = await startHttpServer((request, response) =>
      request.url.endsWith('/inv-9') ? sendJson(response, 409, { error: 'refunded already' }) : sendJson(response, 200, {}),
    );
    process.env.LEDGER_URL = ledger.url;
  });
  afterAll(() => ledger.close());

  it('requests a refund', async () => {
    expect(await requestRefund('inv-1')).toBe('requested');
  });

  it('tells a refund asked twice from a failure', async () => {
    expect(await requestRefund('inv-9')).toBe('already refunded');
  });
});
