// Invoices are read from the ledger service and cached in Redis.
import { httpClient, HttpClientError, type HttpResponse } from '@maily/error-handling/http-client';
import { createRedisClient, type RedisClient } from '@maily/database/redis';
import { ledgerUrl, redisUrl } from './settings.js';

export interface Invoice {
  id: string;
  amountCents: number;
  paid: boolean;
}

const cache: RedisClient = createRedisClient({ url: redisUrl() });

export async function openCache(): Promise<void> {
  await cache.connect();
}

export async function closeCache(): Promise<void> {
  await cache.quit();
}

export async function fetchInvoice(id: string): Promise<Invoice | undefined> {
  const cached = await cache.get(`invoice:${id}`);
  if (cached) return JSON.parse(cached) as Invoice;
  try {
    const response: HttpResponse<Invoice> = await httpClient.get<Invoice>(`${ledgerUrl()}/invoices/${id}`);
    await cache.set(`invoice:${id}`, JSON.stringify(response.data), { EX: 60 });
    return response.data;
  } catch (error) {
    if (error instanceof HttpClientError && error.status === 404) return undefined;
    throw error;
  }
}

export const clients = { axios: httpClient };
