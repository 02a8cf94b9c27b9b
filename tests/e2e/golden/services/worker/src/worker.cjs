'use strict';

// Polls the job queue and reports results back to the API.
require('isomorphic-fetch');
const { httpClient, isHttpClientError } = require('@maily/error-handling/http-client');
const { RedisClient } = require('@maily/database/redis');

const queue = new RedisClient({ host: 'localhost', port: 6379 });

async function runOnce() {
  const job = await queue.get('jobs:next');
  if (!job) return false;
  try {
    await httpClient.post('https://api.internal/jobs/done', { job });
  } catch (error) {
    if (!isHttpClientError(error)) throw error;
  }
  return true;
}

module.exports = { runOnce, queue };
