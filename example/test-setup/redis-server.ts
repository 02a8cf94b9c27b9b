// Vitest globalSetup: one throw-away Redis for the whole run (Debian's redis-server on a free loopback port,
// nothing written to disk), stopped afterwards. Without redis-server the Redis tests are skipped, and said so.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** redis://127.0.0.1:port of the test Redis, or '' when redis-server is missing. */
    redisUrl: string;
  }
}

const REDIS_SERVER = process.env.REDIS_SERVER ?? 'redis-server';
const MISSING_REDIS_REASON = `${REDIS_SERVER} not found: the tests that need Redis are skipped (Debian: apt-get install redis-server).`;

async function freeLoopbackPort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, 'close');
  return port;
}

export default async function startRedis(project: TestProject) {
  if (spawnSync(REDIS_SERVER, ['--version']).error) {
    console.warn(`\n${MISSING_REDIS_REASON}\n`);
    project.provide('redisUrl', '');
    return;
  }
  const port = await freeLoopbackPort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  const server = spawn(REDIS_SERVER, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => {
      log += chunk;
      if (log.includes('Ready to accept connections')) resolve();
    });
    server.stderr.on('data', (chunk: Buffer) => (log += chunk));
    server.once('exit', (code) => reject(new Error(`redis-server exited with ${code} before it was ready:\n${log}`)));
  });
  project.provide('redisUrl', `redis://127.0.0.1:${port}`);
  return async () => {
    server.kill();
    if (server.exitCode === null) await once(server, 'exit');
  };
}
