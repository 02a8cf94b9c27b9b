import { isAxiosError } from 'axios';

export const isRetryable = (error: unknown): boolean => isAxiosError(error) && (error.response?.status ?? 500) >= 500;
