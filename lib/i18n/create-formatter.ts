import { formatMoney } from '@/lib/billing/money';
import { defaultLocale, intlLocales, type Locale } from './locales';

const formatterCache = new Map<string, Formatter>();

/**
 * Money, dates and rates written the way the customer's language writes them, for the messages'
 * arguments: the catalog's messages take them already formatted (`{amount}`, `{date}`), since an
 * amount's currency and a date's time zone belong to the invoice and the shop, not the language.
 *
 * NOTE: one formatter per language and time zone, kept: building the Intl formats cost more than
 * rendering the rest of a message, and a batch of e-mails asks for the same few again and again.
 */
export function createFormatter(locale: Locale, timeZone = 'UTC'): Formatter {
  const key = `${locale}|${timeZone}`;
  let formatter = formatterCache.get(key);
  if (!formatter) formatterCache.set(key, (formatter = buildFormatter(locale, timeZone)));
  return formatter;
}

function buildFormatter(locale: Locale, timeZone: string) {
  const tag = intlLocales[locale] ?? intlLocales[defaultLocale];
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

export type Formatter = ReturnType<typeof buildFormatter>;
