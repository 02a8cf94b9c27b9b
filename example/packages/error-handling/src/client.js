// The standardized HTTP client: axios underneath (the target's own package: the rules leave it alone), with
// bounded retries and one error type. Its instance methods match axios's, so code migrated from `axios.get(…)`
// to `httpClient.get(…)` keeps working; its errors do not: an HttpClientError carries the status, code and url of
// a failed request, not axios's `response`.
import axios from 'axios';

const IDEMPOTENT_METHODS = new Set(['get', 'head', 'options', 'put', 'delete']);
const NETWORK_ERROR_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'ERR_NETWORK']);
const MAX_RETRIES = 5;

export class HttpClientError extends Error {
  constructor(message, { status, code, url, cause } = {}) {
    super(message, { cause });
    this.name = 'HttpClientError';
    this.status = status;
    this.code = code;
    this.url = url;
  }
}

export const isHttpClientError = (error) => error instanceof HttpClientError;

function toHttpClientError(error) {
  if (!axios.isAxiosError(error)) return error;
  const { config = {}, response } = error;
  const url = axios.getUri(config);
  const status = response?.status;
  const message = status ? `${(config.method ?? 'get').toUpperCase()} ${url} failed with ${status}` : error.message;
  return new HttpClientError(message, { status, code: error.code, url, cause: error });
}

/** A request is retried only when repeating it is safe and the failure may be transient. */
function isRetryable(error) {
  const method = (error.config?.method ?? 'get').toLowerCase();
  if (!IDEMPOTENT_METHODS.has(method)) return false;
  const status = error.response?.status;
  return status === undefined ? NETWORK_ERROR_CODES.has(error.code) : status >= 500;
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** An axios instance with retries (`retries`, default 2, at most 5) and errors mapped to HttpClientError. */
export function createHttpClient(config = {}) {
  const { retries = 2, retryDelay = 50, ...axiosConfig } = config;
  const instance = axios.create({ timeout: 10_000, ...axiosConfig });
  instance.interceptors.response.use(undefined, async (error) => {
    const requestConfig = error.config;
    if (requestConfig && axios.isAxiosError(error) && isRetryable(error)) {
      const allowed = Math.min(requestConfig.retries ?? retries, MAX_RETRIES);
      const attempt = (requestConfig.retryAttempt ?? 0) + 1;
      if (attempt <= allowed) {
        await wait((requestConfig.retryDelay ?? retryDelay) * 2 ** (attempt - 1));
        return instance.request({ ...requestConfig, retryAttempt: attempt });
      }
    }
    throw toHttpClientError(error);
  });
  return Object.assign(instance, { create: createHttpClient });
}

export const httpClient = createHttpClient();

// The fetch family stays the platform's own: node-fetch and its cousins map here.
export const { fetch, Headers, Request, Response } = globalThis;
