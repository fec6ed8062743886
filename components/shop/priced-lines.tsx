import { Money } from '@/components/ui/money';
import type { PricedInvoice } from '@/lib/billing/pricing';
import { createFormatter } from '@/lib/i18n/create-formatter';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';

/** The lines and totals exactly as the first invoice will carry them. */
export function PricedLines({ priced, testId = 'priced-lines', locale = 'en' }: { priced: PricedInvoice; testId?: string; locale?: Locale }) {
  const t = getTranslator(locale, 'shop.lines');
  const format = createFormatter(locale);
  const vat = priced.lines.reduce((acc, l) => acc.set(l.taxRateBp, (acc.get(l.taxRateBp) ?? 0) + l.taxMinor), new Map<number, number>());
  return (
    <table data-testid={testId}>
      <thead>
        <tr>
          <th>{t('item')}</th>
          <th className="num">{t('quantity')}</th>
          <th className="num">{t('amount')}</th>
        </tr>
      </thead>
      <tbody>
        {priced.lines.map((line, i) => (
          <tr key={i} data-testid={`line-${line.kind}`}>
            <td>{line.description}</td>
            <td className="num">{line.quantity}</td>
            <td className="num">
              <Money minor={line.amountMinor} currency={priced.currency} locale={locale} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        {[...vat.entries()]
          .filter(([, tax]) => tax !== 0)
          .map(([rate, tax]) => (
            <tr key={rate}>
              <td className="muted">{t('vat', { rate: format.rate(rate) })}</td>
              <td />
              <td className="num muted">
                <Money minor={tax} currency={priced.currency} locale={locale} />
              </td>
            </tr>
          ))}
        <tr>
          <td>{t('total')}</td>
          <td />
          <td className="num" data-testid="total">
            <Money minor={priced.totalMinor} currency={priced.currency} locale={locale} />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
