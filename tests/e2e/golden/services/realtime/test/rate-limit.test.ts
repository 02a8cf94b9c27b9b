import { afterAll, expect, it } from 'vitest';
import { describeWithRedis } from '../../../test-setup/servers.js';

describeWithRedis('the rate limit, on a real Redis', () => {
  // Loaded only with a Redis to talk to: the module makes its client when it loads.
  const limiter = import('../src/rate-limit.js');
  afterAll(async () => (await limiter).close());

  it('allows up to the limit, then refuses', async () => {
    const { allow } = await limiter;
    const user = `user-${Date.now()}`;
    expect([await allow(user, 2), await allow(user, 2), await allow(user, 2)]).toEqual([true, true, false]);
  });
});
