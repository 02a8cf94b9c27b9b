import { ledgerUrl, notifyUrl } from './settings.js';
import { fetch } from '@maily/error-handling/http-client';

// Billing's health page: is each neighbour answering? Written with the global fetch, which bypasses the
// standardized client without a single import.
export async function neighbourStatus(): Promise<Record<string, 'up' | 'down'>> {
  const check = async (url: string) => {
    try {
      const response = await fetch(`${url}/health`);
      return response.ok ? 'up' : 'down';
    } catch {
      return 'down';
    }
  };
  const [ledger, notify] = await Promise.all([check(ledgerUrl()), check(notifyUrl())]);
  return { ledger, notify };
}
