import type { z } from 'zod';
import { catalog } from './catalog';
import type { Locale } from './locales';
import { getTranslator } from './translator';

/** The values a coded message fills in: `{ code: 'coupon_expired', params: { date } }`. */
export type MessageParams = Record<string, string | number>;

export type ErrorKey = keyof (typeof catalog)['en']['errors'];

/**
 * Whether `code` names a message of the `errors` namespace. Server answers to customers carry
 * such codes (never English sentences): the wrapper of the actions looks each one up in the
 * language of the page, so a Dutch page answers in Dutch.
 */
export function isMessageCode(code: string): code is ErrorKey {
  return Object.hasOwn(catalog.en.errors, code);
}

/**
 * A coded message in `locale`; any other text is returned as it is: it was written in the
 * customer's language already (an answer built with getTranslator), or it is the merchant's own
 * words. lib/actions/customer-messages.test.ts fails when a customer-facing action can answer an
 * English sentence instead of a code.
 */
export function localizeMessage(locale: Locale, message: string, params?: MessageParams): string {
  return isMessageCode(message) ? getTranslator(locale, 'errors')(message as never, params as never) : message;
}

/** A coded refusal (a domain error) in `locale`: its code's message where the catalog has one, else its own text. */
export function localizeError(locale: Locale, error: { code?: string; message: string; params?: MessageParams }): string {
  return error.code && isMessageCode(error.code) ? localizeMessage(locale, error.code, error.params) : error.message;
}

/** The numbers a zod issue names, for messages like "At most {maximum} characters.", and a custom check's `params`. */
function issueParams(issue: z.core.$ZodIssue): MessageParams {
  const params: MessageParams = {};
  if (issue.code === 'custom' && issue.params) {
    for (const [key, value] of Object.entries(issue.params)) if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  }
  if ('maximum' in issue && (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint')) params.maximum = Number(issue.maximum);
  if ('minimum' in issue && (typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint')) params.minimum = Number(issue.minimum);
  return params;
}

/** The catalog's message for a check that named none, by the kind of problem. */
function messageByKind(issue: z.core.$ZodIssue, params: MessageParams): ErrorKey {
  // A custom check that keeps its detailed English message names the general one in `params.code`.
  if (issue.code === 'custom' && typeof params.code === 'string' && isMessageCode(params.code)) return params.code;
  const text = 'origin' in issue && issue.origin === 'string';
  if (issue.code === 'too_big' && params.maximum !== undefined) return text ? 'field_too_long' : 'number_too_large';
  if (issue.code === 'too_small' && params.minimum !== undefined) return text ? 'field_too_short' : 'number_too_small';
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'field_required';
  return 'field_invalid';
}

/**
 * What zod found wrong with one field, in `locale`: the schema's coded message, or, for a check
 * that names none (zod's own English), a message by the kind of problem. English keeps zod's or
 * the check's own words.
 */
export function localizeIssue(locale: Locale, issue: z.core.$ZodIssue): string {
  const params = issueParams(issue);
  if (isMessageCode(issue.message)) return localizeMessage(locale, issue.message, params);
  return locale === 'en' ? issue.message : localizeMessage(locale, messageByKind(issue, params), params);
}
