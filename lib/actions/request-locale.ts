import { answerLocale } from './answer-locale';
import { manageLocalizer, type ManageCode } from '@/lib/i18n/manage-messages';

/** The language an action answers in (the page's; English outside a request): answer-locale.ts. */
export { answerLocale as requestLocale } from './answer-locale';

/**
 * A message of dashboard.manage.messages with its arguments, in the request's language: for an
 * answer that carries values (a date, an amount), which a bare code cannot.
 */
export async function manageText(code: ManageCode, values?: Record<string, string | number>): Promise<string> {
  return manageLocalizer(await answerLocale()).text(code, values);
}
