// The package's entry point; the client is in src/ (the target's own package: no rule reports it).
export * from './src/redis-client.js';
