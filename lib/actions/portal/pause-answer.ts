import { notFound } from 'next/navigation';
import { getCustomerLocale } from '@/db/queries/portal/get-customer-locale';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { answerOf } from '@/lib/actions/action-answers';
import type { ActionState } from '@/lib/actions/action-state';
import type { Result } from '@/lib/billing/result';
import { createFormatter } from '@/lib/i18n/create-formatter';
import { getTranslator } from '@/lib/i18n/translator';
import type { PauseError } from '@/lib/services/subscriptions/pause/pause-errors';

const CODES = [
  'not_allowed',
  'not_running',
  'past_due',
  'already_paused',
  'stopping',
  'bad_terms',
  'next_term_invoiced',
  'not_paused',
  'no_offer',
] as const;
type Code = (typeof CODES)[number];

/**
 * A customer's pause, resume or retention answer in their language: the confirmation (`done`,
 * naming `date` when it has one), or the refusal its code picks; another customer's subscription
 * is a 404.
 */
export async function pauseAnswer(
  customerId: string,
  result: Result<Date | null, PauseError>,
  done: 'paused' | 'resumed' | 'couponAccepted',
): Promise<ActionState> {
  if (!result.ok && result.error.code === 'not_found') notFound();
  const [locale, settings] = await Promise.all([getCustomerLocale(customerId), getStorefrontSettings()]);
  const t = getTranslator(locale, 'portal.subscriptionPause');
  const f = createFormatter(locale, settings.timeZone);
  if (result.ok) {
    if (done === 'couponAccepted') return { notice: t('couponAccepted') };
    return {
      notice: t(done, {
        date: f.date((result.value ?? new Date()).toISOString()),
      }),
    };
  }
  const { code, date, max } = result.error;
  if (!(CODES as readonly string[]).includes(code)) return answerOf(result.error);
  return {
    error: t(`errors.${code as Code}`, {
      date: date ? f.date(date.toISOString()) : '',
      max: String(max ?? ''),
    }),
  };
}
