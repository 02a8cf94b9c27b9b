// Where billing's neighbours live; read on use, so tests can point them at local servers.
export const ledgerUrl = () => process.env.LEDGER_URL ?? 'https://ledger.internal';
export const notifyUrl = () => process.env.NOTIFY_URL ?? 'https://notify.internal';
export const redisUrl = () => process.env.REDIS_URL ?? 'redis://localhost:6379';
