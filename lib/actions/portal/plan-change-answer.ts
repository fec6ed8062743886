import { notFound } from 'next/navigation';
import { getCustomerLocale } from '@/db/queries/portal/get-customer-locale';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { answerOf } from '@/lib/actions/action-answers';
import type { ActionState } from '@/lib/actions/action-state';
import { createFormatter, type Formatter } from '@/lib/i18n/create-formatter';
import { getTranslator, type Translator } from '@/lib/i18n/translator';
import type { PlanChangeError } from '@/lib/services/subscriptions/plan-change-errors';

const CODES = [
  'not_allowed',
  'not_running',
  'stop_scheduled',
  'bad_quantity',
  'no_change',
  'other_product',
  'other_currency',
  'past_due',
  'next_term_invoiced',
  'plan_not_offered',
  'preview_changed',
  'nothing_scheduled',
] as const;
type Code = (typeof CODES)[number];

type PlanChangeTexts = Translator<'portal.planChange'>;

/** The customer's language and the shop's time zone, for a plan-change answer. */
export async function planChangeWords(customerId: string): Promise<{ t: PlanChangeTexts; f: Formatter }> {
  const [locale, settings] = await Promise.all([getCustomerLocale(customerId), getStorefrontSettings()]);
  return {
    t: getTranslator(locale, 'portal.planChange'),
    f: createFormatter(locale, settings.timeZone),
  };
}

/**
 * A refused plan change in the customer's language (the field it belongs beside, where there is
 * one); another customer's subscription is a 404.
 */
export async function planChangeRefused(customerId: string, error: PlanChangeError): Promise<ActionState> {
  if (error.code === 'not_found') notFound();
  const { t, f } = await planChangeWords(customerId);
  if (!(CODES as readonly string[]).includes(error.code)) return answerOf(error);
  const message = t(`errors.${error.code as Code}`, {
    date: error.date ? f.date(error.date.toISOString()) : '',
    max: String(error.max ?? ''),
  });
  return error.field ? { error: message, fieldErrors: { [error.field]: message } } : { error: message };
}
