export interface HttpRequestConfig {
  baseURL?: string;
  headers?: Record<string, string>;
  params?: Record<string, string | number>;
  timeout?: number;
  retries?: number;
}

export interface HttpResponse<T = unknown> {
  data: T;
  status: number;
  headers: Record<string, string>;
}

export interface HttpClient {
  get<T = unknown>(url: string, config?: HttpRequestConfig): Promise<HttpResponse<T>>;
  post<T = unknown>(url: string, body?: unknown, config?: HttpRequestConfig): Promise<HttpResponse<T>>;
  put<T = unknown>(url: string, body?: unknown, config?: HttpRequestConfig): Promise<HttpResponse<T>>;
  delete<T = unknown>(url: string, config?: HttpRequestConfig): Promise<HttpResponse<T>>;
}

export declare const httpClient: HttpClient;

export declare class HttpClientError extends Error {
  readonly status: number | undefined;
  readonly response: HttpResponse | undefined;
}

export declare function isHttpClientError(error: unknown): error is HttpClientError;

export declare function fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
export declare const Headers: typeof globalThis.Headers;
export type Headers = globalThis.Headers;
export declare const Request: typeof globalThis.Request;
export type Request = globalThis.Request;
export declare const Response: typeof globalThis.Response;
export type Response = globalThis.Response;
