import type { MessageParams } from '@/lib/i18n/localize-message';

// NOTE: every client form imports this file (initialActionState), so it imports nothing but
// types: the message catalog and zod stay on the server (action-answers.ts writes the answers).

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

/** FormData as a plain object for zod (single values; empty strings kept for messages). */
export function formObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) out[key] = value;
  }
  return out;
}
