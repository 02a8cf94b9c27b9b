// Delivers events to subscribers' webhooks. This package depends on axios, not yet on the standardized client:
// its code cannot import a package it does not declare (under pnpm the import would not even resolve), so the
// fix first adds @maily/error-handling to package.json, and the code follows on the next --fix.
import { httpClient } from '@maily/error-handling/http-client';

export async function deliver(url: string, event: { type: string; id: string }): Promise<number> {
  const response = await httpClient.post(url, event);
  return response.status;
}
