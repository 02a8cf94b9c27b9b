// Just enough types of the legacy clients that are not installed here for the workspace to type-check before
// and after migration (axios and redis bring their own). Module declarations like these are not loads: the
// rules never report them.
declare module 'node-fetch' {
  export class FetchError extends Error {}
  export const Headers: typeof globalThis.Headers;
  export default function fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
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
