// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type LocalServer, sendJson, startHttpServer } from '../../../test-setup/servers.js';
import ApiStatus from '../src/ApiStatus.vue';

describe('ApiStatus, against a local API', () => {
  let api: LocalServer;
  let healthy = true;
  beforeAll(async () => {
    api = await startHttpServer((request, response) =>
      healthy ? sendJson(response, 200, { pong: true }) : sendJson(response, 503, { error: 'maintenance' }),
    );
  });
  afterAll(() => api.close());

  it('shows the API as up after a ping', async () => {
    healthy = true;
    const wrapper = mount(ApiStatus, { props: { apiUrl: api.url } });
    expect(wrapper.find('.status').text()).toBe('not checked');
    await wrapper.find('button').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('.status').text()).toBe('up (200)'));
    expect(api.requests.at(-1)).toMatchObject({ method: 'GET', url: '/ping' });
    expect(wrapper.find('.failure').exists()).toBe(false);
  });

  it('shows the status of a failed ping', async () => {
    healthy = false;
    const wrapper = mount(ApiStatus, { props: { apiUrl: api.url } });
    await wrapper.find('button').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('.status').text()).toBe('down'), { timeout: 3000 });
    expect(wrapper.find('.failure').text()).toBe('HTTP 503');
  });
});
