/** The standardized clients; rules and settings refer to them by slot. Why to switch is the target's `advice`. */
export const STANDARD_CLIENTS = {
  http: { name: 'HttpClient' },
  redis: { name: 'RedisClient' },
} as const satisfies Record<string, { name: string }>;

export type ClientSlot = keyof typeof STANDARD_CLIENTS;

export const CLIENT_SLOTS = Object.keys(STANDARD_CLIENTS) as ClientSlot[];
