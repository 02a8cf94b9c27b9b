// Just enough of the legacy clients' types for the workspace to type-check before and after migration.
// Module augmentations like these are not loads: the rules never report them.
declare module 'axios' {
  export interface AxiosRequestConfig {
    baseURL?: string;
    headers?: Record<string, string>;
    params?: Record<string, string | number>;
    timeout?: number;
  }
  export interface AxiosResponse<T = unknown> {
    data: T;
    status: number;
    headers: Record<string, string>;
  }
  export interface AxiosInstance {
    get<T = unknown>(url: string, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
    post<T = unknown>(url: string, body?: unknown, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
  }
  export class AxiosError extends Error {
    status: number | undefined;
    response: AxiosResponse | undefined;
  }
  export function isAxiosError(error: unknown): error is AxiosError;
  export const CancelToken: { source(): { token: unknown; cancel(): void } };
  const axios: AxiosInstance;
  export default axios;
}

declare module 'node-fetch' {
  export class FetchError extends Error {}
  export const Headers: typeof globalThis.Headers;
  export default function fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
}

declare module 'redis' {
  export interface RedisClientOptions {
    url?: string;
  }
  export interface RedisClientType {
    connect(): Promise<void>;
    get(key: string): Promise<string | null>;
    set(key: string, value: string, options?: { EX?: number }): Promise<unknown>;
  }
  export function createClient(options?: RedisClientOptions): RedisClientType;
}

declare module 'ioredis' {
  export interface RedisOptions {
    host?: string;
    port?: number;
  }
  export class Redis {
    constructor(options?: RedisOptions | string);
    get(key: string): Promise<string | null>;
    publish(channel: string, message: string): Promise<number>;
    quit(): Promise<void>;
  }
  export class Cluster extends Redis {
    constructor(nodes: { host: string; port: number }[]);
  }
  export default Redis;
}

declare module 'isomorphic-fetch';

declare const vi: { mock(path: string, factory?: () => unknown): void; fn(): () => unknown };
declare const describe: (name: string, body: () => void) => void;
declare const it: (name: string, body: () => unknown) => void;
