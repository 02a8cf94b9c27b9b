// The cluster client has no standardized replacement yet: this stays for a human.
import { Cluster } from 'ioredis';

export const cluster = new Cluster([{ host: 'redis-1', port: 6379 }]);
