import type { Locale } from '@/lib/i18n/locales';
import { localizeMessage, type ErrorKey, type MessageParams } from '@/lib/i18n/localize-message';
import { waitUnit } from '@/lib/rate-limit/limit-answers';

/**
 * A customer route's refusal (a return link, a download), as a browser shows it: plain text in
 * the customer's language, never cached. The REST API (/api/v1) answers English JSON instead:
 * there a program reads the answer, here a person.
 */
export function customerAnswer(locale: Locale, code: ErrorKey, status: number, params?: MessageParams, headers: Record<string, string> = {}): Response {
  return new Response(localizeMessage(locale, code, params), {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store', 'content-language': locale, ...headers },
  });
}

/** A customer route's answer to a limited request: 429, "try again in …" in their language, and `Retry-After` in seconds. */
export function customerTooManyRequests(locale: Locale, retryAfterSeconds: number): Response {
  return customerAnswer(locale, 'too_many_attempts', 429, waitUnit(retryAfterSeconds), { 'retry-after': String(retryAfterSeconds) });
}
