import { Money } from '@/components/ui/money';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { InvoiceDate } from './invoice-date';
import type { InvoiceAudience, InvoiceDocumentData } from './invoice-document-types';
import { invoiceTestIds } from './test-ids';

type Props = { invoice: InvoiceDocumentData; timeZone: string; audience: InvoiceAudience; locale?: Locale };

function TotalRow({
  label,
  minor,
  currency,
  testId,
  strong,
  locale,
}: {
  label: string;
  minor: number;
  currency: string;
  testId?: string;
  strong?: boolean;
  locale: Locale;
}) {
  const amount = <Money minor={minor} currency={currency} locale={locale} />;
  return (
    <tr>
      <td colSpan={4}>{strong ? <strong>{label}</strong> : label}</td>
      <td className="num" data-testid={testId}>
        {strong ? <strong>{amount}</strong> : amount}
      </td>
    </tr>
  );
}

/** The invoice's lines with their VAT rate, then subtotal, VAT, total, what was paid and credited, and what is still due. */
export function InvoiceLinesTable({ invoice, timeZone, audience, locale = 'en' }: Props) {
  const { currency } = invoice;
  const t = getTranslator(locale, 'invoiceDocument');
  return (
    <table data-testid={invoiceTestIds.lines}>
      <thead>
        <tr>
          <th>{t('columns.description')}</th>
          <th className="num">{t('columns.quantity')}</th>
          <th className="num">{t('columns.unit')}</th>
          <th className="num">{t('columns.vat')}</th>
          <th className="num">{t('columns.amount')}</th>
        </tr>
      </thead>
      <tbody>
        {invoice.lines.map((line) => (
          <tr key={line.id} data-testid={`${invoiceTestIds.linePrefix}${line.kind}`}>
            <td>
              {line.description}
              {line.periodStart && line.periodEnd && (
                <div className="muted">
                  <InvoiceDate value={line.periodStart} timeZone={timeZone} audience={audience} locale={locale} /> –{' '}
                  <InvoiceDate value={line.periodEnd} timeZone={timeZone} audience={audience} locale={locale} />
                </div>
              )}
            </td>
            <td className="num">{line.quantity}</td>
            <td className="num">
              <Money minor={line.unitAmountMinor} currency={currency} locale={locale} />
            </td>
            <td className="num">{line.taxRateBp / 100}%</td>
            <td className="num">
              <Money minor={line.amountMinor} currency={currency} locale={locale} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <TotalRow label={t('subtotal')} minor={invoice.subtotalMinor} currency={currency} locale={locale} />
        <TotalRow label={t('vat')} minor={invoice.taxMinor} currency={currency} locale={locale} />
        <TotalRow label={t('total')} minor={invoice.totalMinor} currency={currency} testId={invoiceTestIds.total} locale={locale} />
        <TotalRow label={t('amountPaid')} minor={invoice.amountPaidMinor} currency={currency} locale={locale} />
        {invoice.creditedMinor > 0 && <TotalRow label={t('credited')} minor={invoice.creditedMinor} currency={currency} locale={locale} />}
        <TotalRow label={t('balanceDue')} minor={invoice.openMinor} currency={currency} testId={invoiceTestIds.openAmount} strong locale={locale} />
      </tfoot>
    </table>
  );
}
