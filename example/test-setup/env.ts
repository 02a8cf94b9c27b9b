// Runs in each test worker before its test file: services read their Redis from REDIS_URL.
import { inject } from 'vitest';

const redisUrl = inject('redisUrl');
if (redisUrl) process.env.REDIS_URL = redisUrl;
else delete process.env.REDIS_URL;
