// The team's HTTP client wraps axios. It is the target file, so neither it nor its package needs an `allow`.
import axios, { AxiosError } from 'axios';

export const httpClient = axios.create({ timeout: 10_000 });
export { AxiosError as HttpClientError };
