// Types re-exported for the billing SDK.
export type { AxiosResponse as BillingResponse } from 'axios';
export { AxiosError as BillingHttpError } from 'axios';

export type RequestOptions = import('axios').AxiosRequestConfig;
export type Guard = typeof import('axios').isAxiosError;
