'use strict';

// The worker's client for flaky partners: axios with axios-retry bolted on. HttpClient retries idempotent
// requests itself, so both go in the migration; axios.create() leaves this file for a human.
const axios = require('axios');
const axiosRetry = require('axios-retry');

const partners = axios.create({ timeout: 5000 });
axiosRetry.default(partners, { retries: 3, retryDelay: axiosRetry.exponentialDelay });

module.exports = { partners };
