import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { describeWithRedis, type LocalServer, sendJson, startHttpServer } from '../../../test-setup/servers.js';
import { closeCache, fetchInvoice, openCache } from '../src/invoices.js';

// Billing's test traffic is tagged so the ledger can tell it apart. The tag goes on axios's defaults, which
// every axios instance starts from, whether it is axios itself or a client made with axios.create().
vi.mock('axios', async (importOriginal) => {
  const actual = await importOriginal<typeof import('axios')>();
  actual.default.defaults.headers.common['x-test-suite'] = 'billing';
  return actual;
});

describeWithRedis('fetchInvoice, with the ledger on a local server and a real Redis', () => {
  let ledger: LocalServer;
  beforeAll(async () => {
    ledger = await startHttpServer((request, response) => {
      const id = request.url.split('/').at(-1);
      if (id === 'down') sendJson(response, 503, { error: 'maintenance' });
      else if (id?.startsWith('inv-')) sendJson(response, 200, { id, amountCents: 1250, paid: false });
      else sendJson(response, 404, { error: 'no such invoice' });
    });
    process.env.LEDGER_URL = ledger.url;
    await openCache();
  });
  afterAll(async () => {
    await closeCache();
    await ledger.close();
  });

  it('reads an invoice from the ledger once, then from the cache', async () => {
    const invoice = { id: 'inv-1', amountCents: 1250, paid: false };
    expect(await fetchInvoice('inv-1')).toEqual(invoice);
    expect(await fetchInvoice('inv-1')).toEqual(invoice);
    expect(ledger.requests.filter((r) => r.url === '/invoices/inv-1')).toHaveLength(1);
    expect(ledger.requests[0]!.headers['x-test-suite']).toBe('billing');
  });

  it('returns undefined for an invoice the ledger does not know', async () => {
    expect(await fetchInvoice('missing')).toBeUndefined();
  });

  it('surfaces a ledger outage as an error with the status', async () => {
    await expect(fetchInvoice('down')).rejects.toMatchObject({ status: 503 });
  });
});
