import { fetch, Headers } from '@maily/error-handling/http-client';
import { notifyUrl } from './settings.js';

export async function notifyPaid(invoiceId: string): Promise<boolean> {
  const headers = new Headers({ 'content-type': 'application/json' });
  const response = await fetch(`${notifyUrl()}/paid`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ invoiceId }),
  });
  return response.ok;
}

export async function loadTemplates(): Promise<string[]> {
  const { isHttpClientError } = await import('@maily/error-handling/http-client');
  try {
    const response = await fetch(`${notifyUrl()}/templates`);
    return (await response.json()) as string[];
  } catch (error) {
    if (isHttpClientError(error)) return [];
    throw error;
  }
}
