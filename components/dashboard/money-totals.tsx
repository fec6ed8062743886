import { formatMoney } from '@/lib/billing/money';
import type { Locale } from '@/lib/i18n/locales';
import { dashboardIntlTag } from './format-date';

/**
 * Amounts in one or more currencies, one line each; none shows zero in the shop's currency.
 * Never added across currencies: there is no honest exchange rate here.
 */
export function MoneyTotals({
  totals,
  defaultCurrency,
  testId,
  locale = 'en',
}: {
  totals: { currency: string; amountMinor: number }[];
  defaultCurrency: string;
  testId: string;
  locale?: Locale;
}) {
  const shown = totals.length > 0 ? totals : [{ currency: defaultCurrency, amountMinor: 0 }];
  return (
    <div data-testid={testId}>
      {shown.map((t) => (
        <div key={t.currency} className="kpi">
          {formatMoney(t.amountMinor, t.currency, dashboardIntlTag(locale))}
        </div>
      ))}
    </div>
  );
}
