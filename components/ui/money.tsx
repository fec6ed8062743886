import { formatMoney } from '@/lib/billing/money';
import { intlLocales, type Locale } from '@/lib/i18n/locales';

/** An amount in its own currency, written the way the reader's language writes it. */
export function Money({ minor, currency, locale = 'en' }: { minor: number; currency: string; locale?: Locale }) {
  return <>{formatMoney(minor, currency, intlLocales[locale])}</>;
}
