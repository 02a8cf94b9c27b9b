import { mailySettings } from '../../src/configs.js';
import { type NotFixedMessageId, notFixedMessageId, type Reason } from '../../src/fixes/reasons.js';
import type { ExpectedReport } from '../helpers/rule-cases.js';

export const maily = { 'standard-clients': mailySettings };

/** The message id of a fix that rests on the mapping's word: it states no promises for a name the file uses. */
export const UNPROVEN = 'banned/unproven' as const;

export const HTTP = '@maily/error-handling/http-client';
export const REDIS = '@maily/database/redis';
export const httpAdvice = `use HttpClient from '${HTTP}' (standardized retries, pooling and error mapping).`;
export const redisAdvice = `use RedisClient from '${REDIS}' (modern async API and connection pooling).`;

type MessageId = 'banned' | NotFixedMessageId | 'useTarget';

/** The message id and data of a report that is not fixed for `why`. */
export const notFixed = (module: string, advice: string, why: Reason) => ({
  messageId: notFixedMessageId(why.key),
  data: { ...why.data, module, advice },
});

/** A report that stays for a human, under its reason's message id. */
export function manual(
  at: string,
  why: Reason,
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
    ...notFixed(module, advice, why),
    suggestions: suggestion
      ? [{ messageId: 'useTarget', data: { target: suggestion.target, module }, output: suggestion.output }]
      : [],
  };
}
