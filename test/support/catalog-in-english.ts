import { manageLocalizer } from '@/lib/i18n/manage-messages';

type Refusable = { ok: boolean; error?: unknown };
const english = manageLocalizer('en').text;

/**
 * A catalog service's result with its refusal worded as a staff member reading English sees it:
 * the services answer message codes, and the tests of their rules read the sentences.
 */
export function catalogResultInEnglish<R extends Refusable>(result: R): R {
  if (result.ok) return result;
  const { message, fieldErrors } = result.error as { message: string; fieldErrors: Record<string, string> };
  const error = { message: english(message), fieldErrors: Object.fromEntries(Object.entries(fieldErrors).map(([key, text]) => [key, english(text)])) };
  return { ...result, error };
}

/** The service, answering in English (see above). */
export function inEnglish<A extends unknown[], R extends Refusable>(service: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => catalogResultInEnglish(await service(...args));
}
