import type { z } from 'zod';

/** What a form action answers: a message a person can act on, per field where it belongs. */
export type ActionState = {
  error?: string;
  fieldErrors?: Record<string, string>;
  notice?: string;
};

export const initialActionState: ActionState = {};

/**
 * Each field's first problem. `message` renders an issue (the dashboard's forms carry message
 * codes: lib/i18n/manage-messages.ts); the summary is a code too, English where not rendered.
 */
export function fieldErrorsOf(error: z.ZodError, message: (issue: z.core.$ZodIssue) => string = (issue) => issue.message): ActionState {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form';
    fieldErrors[key] ??= message(issue);
  }
  return { error: 'Please correct the marked fields.', fieldErrors };
}

/** FormData as a plain object for zod (single values; empty strings kept for messages). */
export function formObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) out[key] = value;
  }
  return out;
}
