import { fetchInvoice } from '../src/invoices.js';

vi.mock('axios', () => ({ default: { get: vi.fn() } }));

describe('fetchInvoice', () => {
  it('returns undefined for unknown invoices', async () => {
    await fetchInvoice('missing');
  });
});
