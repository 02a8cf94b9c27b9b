// The standardized client wraps axios: this package is exempt through the rules' `allow` option.
import axios, { isAxiosError } from 'axios';

export class HttpClientError extends Error {
  constructor(message, status, response) {
    super(message);
    this.status = status;
    this.response = response;
  }
}

export const isHttpClientError = (error) => error instanceof HttpClientError || isAxiosError(error);
export const httpClient = axios.create({ timeout: 10_000 });
export const { fetch, Headers, Request, Response } = globalThis;
