import { mayHaveEscapes, specifierFilter } from './text-prefilter.js';

/** Node's own HTTP modules: loading them is fine (servers, agents, types); making requests with them is not. */
export const NODE_HTTP_MODULES = ['http', 'https', 'node:http', 'node:https'] as const;

export type NodeHttpModule = (typeof NODE_HTTP_MODULES)[number];

/** The exports of `http` and `https` that send a request. */
export const REQUEST_FUNCTIONS: ReadonlySet<string> = new Set(['request', 'get']);

const RAW_REQUEST_PREFIX = 'rawRequest/';

/**
 * One message id per module (`rawRequest/node:https`): the report points at the request function, not at the
 * specifier, so tools such as the migration report read the module from the id, never from the text.
 */
export const rawRequestMessages = Object.fromEntries(
  NODE_HTTP_MODULES.map((module) => [
    `${RAW_REQUEST_PREFIX}${module}`,
    "'{{name}}' of '{{module}}' sends a raw HTTP request: {{advice}}",
  ]),
) as Record<`${typeof RAW_REQUEST_PREFIX}${NodeHttpModule}`, string>;

export type RawRequestMessageId = keyof typeof rawRequestMessages;

export const rawRequestMessageId = (module: NodeHttpModule): RawRequestMessageId => `${RAW_REQUEST_PREFIX}${module}`;

/** The module a `no-node-http-requests` message id names; undefined for any other id. */
export function rawRequestModule(messageId: string | undefined): NodeHttpModule | undefined {
  const module = messageId?.startsWith(RAW_REQUEST_PREFIX) ? messageId.slice(RAW_REQUEST_PREFIX.length) : undefined;
  return NODE_HTTP_MODULES.find((known) => known === module);
}

// A quoted `http`, `https`, `node:http` or `node:https`.
const mayQuoteNodeHttp = specifierFilter(NODE_HTTP_MODULES);

/**
 * Whether the text can load one of the modules: the specifier is a quoted `http`/`https`. Nearly every file
 * mentions "http" (URLs), far fewer quote the bare name; escapes could spell it without writing it.
 */
export function mayLoadNodeHttp(text: string): boolean {
  return mayQuoteNodeHttp(text) || mayHaveEscapes(text);
}
