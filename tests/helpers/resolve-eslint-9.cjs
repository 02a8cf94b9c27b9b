// Preloaded into the ESLint 9 test workers: CommonJS dependencies such as the rule tester
// `require('eslint')` on their own, out of reach of Vite's aliases, so redirect them here.
const Module = require('node:module');

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const redirected = request === 'eslint' || request.startsWith('eslint/') ? `eslint-v9${request.slice(6)}` : request;
  return resolve.call(this, redirected, ...rest);
};
