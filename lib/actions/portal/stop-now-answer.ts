import { notFound } from 'next/navigation';
import { getCustomerLocale } from '@/db/queries/portal/get-customer-locale';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { answerOf } from '@/lib/actions/action-answers';
import type { ActionState } from '@/lib/actions/action-state';
import { createFormatter, type Formatter } from '@/lib/i18n/create-formatter';
import { getTranslator, type Translator } from '@/lib/i18n/translator';
import type { StopNowError } from '@/lib/services/subscriptions/stop-now-errors';

const CODES = ['not_allowed', 'not_running', 'in_commitment', 'preview_changed'] as const;
type Code = (typeof CODES)[number];

/** The customer's language and the shop's time zone, for a stop-at-once answer. */
export async function stopNowWords(customerId: string): Promise<{ t: Translator<'portal.subscriptionStopNow'>; f: Formatter }> {
  const [locale, settings] = await Promise.all([getCustomerLocale(customerId), getStorefrontSettings()]);
  return {
    t: getTranslator(locale, 'portal.subscriptionStopNow'),
    f: createFormatter(locale, settings.timeZone),
  };
}

/** A refused stop at once in the customer's language; another customer's subscription is a 404. */
export async function stopNowRefused(customerId: string, error: StopNowError): Promise<ActionState> {
  if (error.code === 'not_found') notFound();
  const { t, f } = await stopNowWords(customerId);
  if (!(CODES as readonly string[]).includes(error.code)) return answerOf(error);
  return {
    error: t(`errors.${error.code as Code}`, {
      date: error.date ? f.date(error.date.toISOString()) : '',
    }),
  };
}

/** "2 × €15.00 + 3 × €31.00": the terms left, equal amounts next to each other counted together. */
export function termAmounts(amounts: number[], money: (minor: number) => string): string {
  const runs: { minor: number; count: number }[] = [];
  for (const minor of amounts) {
    const last = runs.at(-1);
    if (last && last.minor === minor) last.count += 1;
    else runs.push({ minor, count: 1 });
  }
  return runs.map((run) => (run.count === 1 ? money(run.minor) : `${run.count} × ${money(run.minor)}`)).join(' + ');
}
