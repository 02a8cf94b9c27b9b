import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type LocalServer, sendJson, startHttpServer } from '../../../test-setup/servers.js';
import { createHttpClient, httpClient, HttpClientError, isHttpClientError } from '../http-client.js';

describe('HttpClient, against a local server', () => {
  let server: LocalServer;
  /** Statuses the server answers with, one per request, then 200; 0 drops the connection instead. */
  let script: number[] = [];
  beforeAll(async () => {
    server = await startHttpServer((_request, response) => {
      const status = script.shift() ?? 200;
      if (status === 0) response.socket?.destroy();
      else sendJson(response, status, { status });
    });
  });
  beforeEach(() => {
    server.requests.length = 0;
    script = [];
  });
  afterAll(() => server.close());

  const client = () => createHttpClient({ baseURL: server.url, retryDelay: 1 });

  it('retries an idempotent request after a 5xx, then succeeds', async () => {
    script = [503, 502];
    const response = await client().get<{ status: number }>('/orders');
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ status: 200 });
    expect(server.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'GET']);
  });

  it('gives up after the configured retries with an HttpClientError carrying status, code and url', async () => {
    script = [500, 500, 500, 500];
    const error = await client()
      .get('/orders', { retries: 1 })
      .catch((e: unknown) => e);
    expect(server.requests).toHaveLength(2);
    expect(isHttpClientError(error)).toBe(true);
    expect(error).toBeInstanceOf(HttpClientError);
    expect(error).toMatchObject({ status: 500, code: 'ERR_BAD_RESPONSE', url: `${server.url}/orders` });
    // The response is mapped onto the error: there is no axios-style `response` to read.
    expect(error).not.toHaveProperty('response');
  });

  it('never retries more than five times', async () => {
    script = Array(10).fill(503);
    await expect(client().get('/orders', { retries: 100 })).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(6);
  });

  it('does not retry a POST, nor a 4xx', async () => {
    script = [503];
    await expect(client().post('/orders', { id: 1 })).rejects.toMatchObject({ status: 503 });
    script = [404];
    await expect(client().get('/orders/1')).rejects.toMatchObject({ status: 404, code: 'ERR_BAD_REQUEST' });
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
  });

  it('retries after a dropped connection', async () => {
    script = [0];
    expect((await client().get('/orders')).status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it('retries network errors, and maps the last one', async () => {
    const closed = await startHttpServer(() => undefined);
    await closed.close();
    const error = await createHttpClient({ retryDelay: 1 })
      .get(`${closed.url}/gone`)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: undefined, code: 'ECONNREFUSED', url: `${closed.url}/gone` });
  });

  it('has the axios instance methods, so code moved from axios keeps working', async () => {
    for (const method of ['get', 'head', 'options', 'delete'] as const)
      expect((await httpClient[method](`${server.url}/x`)).status).toBe(200);
    for (const method of ['post', 'put', 'patch'] as const)
      expect((await httpClient[method](`${server.url}/x`, { a: 1 })).status).toBe(200);
    expect((await httpClient.request({ url: `${server.url}/x`, method: 'get' })).status).toBe(200);
    expect((await httpClient.create({ baseURL: server.url }).get('/x')).status).toBe(200);
    expect(server.requests.map((r) => r.method)).toEqual([
      'GET',
      'HEAD',
      'OPTIONS',
      'DELETE',
      'POST',
      'PUT',
      'PATCH',
      'GET',
      'GET',
    ]);
  });
});
