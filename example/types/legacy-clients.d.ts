// Just enough types of the legacy clients that are not installed here for the workspace to type-check before
// and after migration (axios, redis and ioredis bring their own). Module declarations like these are not loads: the
// rules never report them.
declare module 'node-fetch' {
  export class FetchError extends Error {}
  export const Headers: typeof globalThis.Headers;
  export default function fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
}

declare module 'isomorphic-fetch';
