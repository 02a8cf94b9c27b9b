'use strict';

// The last service on node-redis 3, whose client takes callbacks. The standardized RedisClient returns promises:
// renamed, these callbacks would never be called, so the mapping holds only for redis 4 and up, and this load
// stays for a person (moving to promises is a code change, not a rename).
const { promisify } = require('node:util');
const redis = require('redis');

let client;
/** The connection, made on first use. */
function connection() {
  client ??= redis.createClient({ url: process.env.REDIS_URL });
  return client;
}

function remember(key, value, done) {
  connection().set(key, value, 'EX', 60, done);
}

function recall(key, done) {
  connection().get(key, done);
}

module.exports = {
  remember: promisify(remember),
  recall: promisify(recall),
  close: () => new Promise((resolve) => (client ? client.quit(() => resolve()) : resolve())),
};
