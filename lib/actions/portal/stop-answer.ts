import { notFound } from 'next/navigation';
import { getCustomerLocale } from '@/db/queries/portal/get-customer-locale';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { answerOf } from '@/lib/actions/action-answers';
import type { ActionState } from '@/lib/actions/action-state';
import type { Result } from '@/lib/billing/result';
import { createFormatter } from '@/lib/i18n/create-formatter';
import { getTranslator } from '@/lib/i18n/translator';
import type { StopError } from '@/lib/services/subscriptions/stop-errors';

const CODES = ['not_allowed', 'not_running', 'already_scheduled', 'in_commitment', 'next_term_invoiced', 'not_scheduled'] as const;
type Code = (typeof CODES)[number];

/**
 * A customer's stop or undo answered in their language: the confirmation (`done`, naming the
 * date), or the refusal its code picks; another customer's subscription is a 404.
 */
export async function stopAnswer(
  customerId: string,
  result: Result<Date, StopError>,
  done: 'stopped' | 'undone',
): Promise<ActionState> {
  if (!result.ok && result.error.code === 'not_found') notFound();
  const [locale, settings] = await Promise.all([getCustomerLocale(customerId), getStorefrontSettings()]);
  const t = getTranslator(locale, 'portal.subscriptionStop');
  const f = createFormatter(locale, settings.timeZone);
  if (result.ok) return { notice: t(done, { date: f.date(result.value.toISOString()) }) };
  const { code, date } = result.error;
  if (!(CODES as readonly string[]).includes(code)) return answerOf(result.error);
  return {
    error: t(`errors.${code as Code}`, {
      date: date ? f.date(date.toISOString()) : '',
    }),
  };
}
