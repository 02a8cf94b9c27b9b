import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, sendJson, startHttpServer } from '../../../test-setup/servers.js';
import { deliver } from '../src/deliver.js';

describe('deliver, to a subscriber on a local server', () => {
  let subscriber: LocalServer;
  beforeAll(async () => {
    subscriber = await startHttpServer((_request, response) => sendJson(response, 202, { accepted: true }));
  });
  afterAll(() => subscriber.close());

  it('posts the event to the subscriber and returns its status', async () => {
    expect(await deliver(`${subscriber.url}/hooks`, { type: 'invoice.paid', id: 'inv-1' })).toBe(202);
    expect(subscriber.requests).toMatchObject([{ method: 'POST', url: '/hooks', body: '{"type":"invoice.paid","id":"inv-1"}' }]);
  });
});
