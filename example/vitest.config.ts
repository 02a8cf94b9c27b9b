// The workspace's own tests: services, client packages and the dashboard, against local servers and a
// throw-away Redis (see test-setup/).
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['{apps,packages,services}/*/test/**/*.test.{ts,mts}'],
    globalSetup: ['test-setup/redis-server.ts'],
    setupFiles: ['test-setup/env.ts'],
  },
});
