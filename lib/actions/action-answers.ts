import type { z } from 'zod';
import type { DomainErrorShape } from '@/lib/errors/domain-error';
import type { Locale } from '@/lib/i18n/locales';
import { isMessageCode, localizeIssue, localizeMessage } from '@/lib/i18n/localize-message';
import type { ActionState } from './action-state';

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
