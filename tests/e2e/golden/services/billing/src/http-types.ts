// Types re-exported for the billing SDK.
export type { HttpResponse as BillingResponse } from '@maily/error-handling/http-client';
export { HttpClientError as BillingHttpError } from '@maily/error-handling/http-client';

export type RequestOptions = import('@maily/error-handling/http-client').HttpRequestConfig;
export type Guard = typeof import('@maily/error-handling/http-client').isHttpClientError;
