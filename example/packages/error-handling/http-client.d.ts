export interface HttpRequestConfig {
  baseURL?: string;
  headers?: Record<string, string>;
  params?: Record<string, string | number>;
  timeout?: number;
  /** Retries for idempotent requests after a network error or a 5xx (default 2, at most 5). */
  retries?: number;
  /** Milliseconds before the first retry; doubled for each further one (default 50). */
  retryDelay?: number;
}

export interface HttpResponse<T = unknown> {
  data: T;
  status: number;
  headers: Record<string, string>;
}

export interface HttpClient {
  request<T = unknown>(
    config: HttpRequestConfig & { url: string; method?: string; data?: unknown },
  ): Promise<HttpResponse<T>>;
  get<T = unknown>(url: string, config?: HttpRequestConfig): Promise<HttpResponse<T>>;
  head<T = unknown>(url: string, config?: HttpRequestConfig): Promise<HttpResponse<T>>;
  options<T = unknown>(url: string, config?: HttpRequestConfig): Promise<HttpResponse<T>>;
  delete<T = unknown>(url: string, config?: HttpRequestConfig): Promise<HttpResponse<T>>;
  post<T = unknown>(url: string, body?: unknown, config?: HttpRequestConfig): Promise<HttpResponse<T>>;
  put<T = unknown>(url: string, body?: unknown, config?: HttpRequestConfig): Promise<HttpResponse<T>>;
  patch<T = unknown>(url: string, body?: unknown, config?: HttpRequestConfig): Promise<HttpResponse<T>>;
  create(config?: HttpRequestConfig): HttpClient;
}

export declare function createHttpClient(config?: HttpRequestConfig): HttpClient;
export declare const httpClient: HttpClient;

export declare class HttpClientError extends Error {
  /** The response status, or undefined when no response came (network error, timeout). */
  readonly status: number | undefined;
  /** axios's error code, e.g. ERR_BAD_RESPONSE or ECONNREFUSED. */
  readonly code: string | undefined;
  readonly url: string;
}

export declare function isHttpClientError(error: unknown): error is HttpClientError;

export declare function fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
export declare const Headers: typeof globalThis.Headers;
export type Headers = globalThis.Headers;
export declare const Request: typeof globalThis.Request;
export type Request = globalThis.Request;
export declare const Response: typeof globalThis.Response;
export type Response = globalThis.Response;
