// Local stand-ins for the services the example talks to: real HTTP on a free loopback port.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { describe } from 'vitest';

const CORS = { 'access-control-allow-origin': '*' };

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface LocalServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Starts an HTTP server on 127.0.0.1 (port 0: the OS picks a free one) that records every request. */
export async function startHttpServer(
  handle: (request: RecordedRequest, response: ServerResponse) => void,
): Promise<LocalServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (incoming, response) => {
    let body = '';
    for await (const chunk of incoming) body += chunk;
    // Lets the dashboard's requests from the test DOM through: answers CORS preflights, records the rest.
    if (incoming.method === 'OPTIONS' && incoming.headers['access-control-request-method']) {
      response.writeHead(204, { ...CORS, 'access-control-allow-headers': '*', 'access-control-allow-methods': '*' });
      response.end();
      return;
    }
    const request = { method: incoming.method!, url: incoming.url!, headers: incoming.headers, body };
    requests.push(request);
    handle(request, response);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { ...CORS, 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/** `describe` for suites that need the test Redis: skipped, with the reason in the title, without one. */
export const describeWithRedis = (title: string, body: () => void) =>
  describe.skipIf(!process.env.REDIS_URL)(
    process.env.REDIS_URL ? title : `${title} (skipped: redis-server is not installed)`,
    body,
  );
