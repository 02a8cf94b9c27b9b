import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { describeWithRedis } from '../../../test-setup/servers.js';
import { broadcast, listen, start, stop } from '../src/pubsub.js';

describeWithRedis('realtime pub/sub over a real Redis', () => {
  beforeAll(start);
  afterAll(stop);

  it('delivers a broadcast to every listener of the channel, and only of that channel', async () => {
    const room: string[] = [];
    const elsewhere: string[] = [];
    await listen('room:1', (message) => room.push(message));
    await listen('room:2', (message) => elsewhere.push(message));
    expect(await broadcast('room:1', 'hello')).toBe(1);
    await vi.waitFor(() => expect(room).toEqual(['hello']));
    expect(elsewhere).toEqual([]);
  });
});
