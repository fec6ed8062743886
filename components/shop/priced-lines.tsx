import { Money } from '@/components/ui/money';
import type { PricedInvoice } from '@/lib/billing/pricing';
import { createFormatter } from '@/lib/i18n/create-formatter';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';

/**
 * The lines and totals exactly as the first invoice will carry them. A shop whose prices are
 * entered excluding VAT shows its lines net, then the subtotal, the VAT added per rate and the
 * total including VAT; a VAT-inclusive shop shows what each line costs and the VAT it includes.
 */
export function PricedLines({ priced, testId = 'priced-lines', locale = 'en' }: { priced: PricedInvoice; testId?: string; locale?: Locale }) {
  const t = getTranslator(locale, 'shop.lines');
  const format = createFormatter(locale);
  const net = priced.pricesIncludeVat === false;
  const vat = priced.lines.reduce((acc, l) => acc.set(l.taxRateBp, (acc.get(l.taxRateBp) ?? 0) + l.taxMinor), new Map<number, number>());
  const money = (minor: number) => <Money minor={minor} currency={priced.currency} locale={locale} />;
  return (
    <table data-testid={testId} data-prices={net ? 'excl-vat' : 'incl-vat'}>
      <thead>
        <tr>
          <th>{t('item')}</th>
          <th className="num">{t('quantity')}</th>
          <th className="num">{net ? t('amountExclVat') : t('amount')}</th>
        </tr>
      </thead>
      <tbody>
        {priced.lines.map((line, i) => (
          <tr key={i} data-testid={`line-${line.kind}`}>
            <td>{line.description}</td>
            <td className="num">{line.quantity}</td>
            <td className="num">{money(net ? line.amountMinor - line.taxMinor : line.amountMinor)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        {net && (
          <tr data-testid="subtotal-excl-vat">
            <td>{t('subtotalExclVat')}</td>
            <td />
            <td className="num">{money(priced.totalMinor - priced.taxMinor)}</td>
          </tr>
        )}
        {[...vat.entries()]
          .filter(([, tax]) => tax !== 0)
          .map(([rate, tax]) => (
            <tr key={rate} data-testid="vat-line">
              <td className="muted">{net ? t('vatAdded', { rate: format.rate(rate) }) : t('vat', { rate: format.rate(rate) })}</td>
              <td />
              <td className="num muted">{money(tax)}</td>
            </tr>
          ))}
        <tr>
          <td>{net ? t('totalInclVat') : t('total')}</td>
          <td />
          <td className="num" data-testid="total">
            {money(priced.totalMinor)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
