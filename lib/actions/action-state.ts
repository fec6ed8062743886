import type { z } from 'zod';
import type { Locale } from '@/lib/i18n/locales';
import type { DomainErrorShape } from '@/lib/errors/domain-error';
import { isMessageCode, localizeIssue, localizeMessage, type MessageParams } from '@/lib/i18n/localize-message';

/** What a form action answers: a message a person can act on, per field where it belongs. */
export type ActionState = {
  error?: string;
  fieldErrors?: Record<string, string>;
  notice?: string;
  /**
   * Only from an action to its wrapper: the values of a coded `error` or `notice` (a code of the
   * catalog's `errors` namespace), which the wrapper turns into text in the page's language.
   */
  messageParams?: MessageParams;
};

export const initialActionState: ActionState = {};

/**
 * Each field's first problem, and a summary. `render` is the page's language (customer forms: the
 * issue's code from the `errors` namespace) or a function rendering an issue (the dashboard's
 * forms carry their own codes: lib/i18n/manage-messages.ts).
 */
export function fieldErrorsOf(error: z.ZodError, render: Locale | ((issue: z.core.$ZodIssue) => string) = 'en'): ActionState {
  const locale: Locale = typeof render === 'string' ? render : 'en';
  const message = typeof render === 'string' ? (issue: z.core.$ZodIssue) => localizeIssue(render, issue) : render;
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form';
    fieldErrors[key] ??= message(issue);
  }
  return {
    error: localizeMessage(locale, 'correct_marked_fields'),
    fieldErrors,
  };
}

/** A domain error as an answer: its catalogued code (and params) when it has one, else its message. */
export function answerOf(error: DomainErrorShape): ActionState {
  if (!isMessageCode(error.code)) return { error: error.message };
  return error.params ? { error: error.code, messageParams: error.params } : { error: error.code };
}

/** An action's answer with its coded messages (and their params) written out in `locale`. */
export function localizeState<S extends ActionState>(locale: Locale, state: S): S {
  const { messageParams: params, ...rest } = state;
  const out: ActionState = rest;
  if (rest.error !== undefined) out.error = localizeMessage(locale, rest.error, params);
  if (rest.notice !== undefined) out.notice = localizeMessage(locale, rest.notice, params);
  if (rest.fieldErrors)
    out.fieldErrors = Object.fromEntries(Object.entries(rest.fieldErrors).map(([key, message]) => [key, localizeMessage(locale, message, params)]));
  return out as S;
}

/** FormData as a plain object for zod (single values; empty strings kept for messages). */
export function formObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) out[key] = value;
  }
  return out;
}
