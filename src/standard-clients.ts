/** The company's standardized clients; rules and settings refer to them by slot. */
export const STANDARD_CLIENTS = {
  http: { name: 'HttpClient', benefits: 'standardized retries, pooling and error mapping' },
  redis: { name: 'RedisClient', benefits: 'modern async API and connection pooling' },
} as const satisfies Record<string, { name: string; benefits: string }>;

export type ClientSlot = keyof typeof STANDARD_CLIENTS;

export const CLIENT_SLOTS = Object.keys(STANDARD_CLIENTS) as ClientSlot[];
