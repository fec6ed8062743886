import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { ListQueryProblem } from '@/lib/validations/list-query';

/**
 * Why a list shows its defaults, in the staff member's language: a bad sort or filter in the
 * address bar (`parseListQuery`'s problem) or a stale page link (the page's `cursorError`).
 */
export function listNoticeTexts(locale: Locale, problem: ListQueryProblem | null, cursorError: string | null): string[] {
  const t = getTranslator(locale, 'dashboard.table');
  const out: string[] = [];
  if (problem?.kind === 'sort') out.push(t('sortProblem', { id: problem.id, allowed: problem.allowed }));
  if (problem?.kind === 'filter') out.push(t('filterProblem', { name: problem.name, allowed: problem.allowed }));
  if (cursorError) out.push(t('staleCursor'));
  return out;
}
