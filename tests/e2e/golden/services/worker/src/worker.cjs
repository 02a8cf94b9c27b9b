'use strict';

// Polls the job queue and reports results back to the API.
const { httpClient, isHttpClientError } = require('@maily/error-handling/http-client');
const { createClient } = require('redis');

const apiUrl = () => process.env.API_URL ?? 'https://api.internal';
const queue = createClient({ url: process.env.REDIS_URL ?? 'redis://localhost:6379' });

async function start() {
  await queue.connect();
}

async function stop() {
  await queue.quit();
}

/** Reports the next job done; a job the API turns down goes back on the queue. */
async function runOnce() {
  const job = await queue.get('jobs:next');
  if (!job) return false;
  await queue.del('jobs:next');
  try {
    await httpClient.post(`${apiUrl()}/jobs/done`, { job });
  } catch (error) {
    if (!isHttpClientError(error)) throw error;
    await queue.set('jobs:next', job);
    return false;
  }
  return true;
}

module.exports = { start, stop, runOnce, queue };
