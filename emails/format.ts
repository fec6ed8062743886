import { formatMoney } from '@/lib/billing/money';
import { intlLocales, type Locale } from './i18n';

/** Money, dates and rates written the way the customer's language writes them. */
export function emailFormatter(locale: Locale, timeZone = 'UTC') {
  const tag = intlLocales[locale] ?? intlLocales.en;
  const dates = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone });
  const rates = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 2 });
  return {
    money: (amountMinor: number, currency: string) => formatMoney(amountMinor, currency, tag),
    /** Dates travel as ISO strings: props are stored as JSON in the outbox. */
    date: (iso: string) => dates.format(new Date(iso)),
    /**
     * The last day of a period whose end is exclusive (the next period's start): a term from
     * 1 April 00:00 to 1 May 00:00 reads "1 April – 30 April".
     */
    lastDay: (isoEnd: string) => dates.format(new Date(new Date(isoEnd).getTime() - 1)),
    /** A VAT rate in basis points (900 = 9 %). */
    rate: (basisPoints: number) => rates.format(basisPoints / 10_000),
  };
}

export type EmailFormatter = ReturnType<typeof emailFormatter>;
