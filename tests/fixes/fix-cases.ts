import { mailySettings } from '../../src/configs.js';
import type { ExpectedReport } from '../helpers/rule-cases.js';

export const maily = { 'standard-clients': mailySettings };

export const HTTP = '@maily/error-handling/http-client';
export const REDIS = '@maily/database/redis';
export const httpAdvice = `use HttpClient from '${HTTP}' (standardized retries, pooling and error mapping).`;
export const redisAdvice = `use RedisClient from '${REDIS}' (modern async API and connection pooling).`;

type MessageId = 'banned' | 'bannedManual' | 'useTarget';

/** A report that stays for a human, with the reason the message gives. */
export function manual(
  at: string,
  reason: string,
  {
    advice = httpAdvice,
    nth,
    suggestion,
  }: { advice?: string; nth?: number; suggestion?: { target: string; output: string } } = {},
): ExpectedReport<MessageId> {
  const module = at.slice(1, -1);
  return {
    at,
    nth,
    messageId: 'bannedManual',
    data: { module, advice, reason },
    suggestions: suggestion
      ? [{ messageId: 'useTarget', data: { target: suggestion.target, module }, output: suggestion.output }]
      : [],
  };
}
