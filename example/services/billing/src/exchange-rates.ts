import https from 'node:https';

// Exchange rates straight from the provider over node:https: no retries, no error mapping. No rule can
// rewrite this safely; it is reported for a human.
export function loadExchangeRates(url: string): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    https
      .get(url, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve(JSON.parse(body) as Record<string, number>));
      })
      .on('error', reject);
  });
}
