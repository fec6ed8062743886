import { StatusBadge } from '@/components/dashboard/status-badge';
import { Money } from '@/components/ui/money';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { InvoiceDate } from './invoice-date';
import type { InvoiceAudience, InvoiceDocumentPayment } from './invoice-document-types';
import { invoiceTestIds } from './test-ids';

type Props = { payments: InvoiceDocumentPayment[]; timeZone: string; audience: InvoiceAudience; locale?: Locale };

/** Every payment attempt on the invoice, oldest first; staff also see where it came from and their notes. */
export function InvoicePaymentsTable({ payments, timeZone, audience, locale = 'en' }: Props) {
  const staff = audience === 'merchant';
  const t = getTranslator(locale, 'invoiceDocument');
  const statuses = getTranslator(locale, 'statuses');
  if (payments.length === 0) return <p className="muted">{t('noPayments')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>{t('columns.date')}</th>
          {staff && <th>{t('columns.source')}</th>}
          <th>{t('columns.method')}</th>
          <th>{t('columns.status')}</th>
          <th className="num">{t('columns.amount')}</th>
          {staff && <th>{t('columns.reference')}</th>}
        </tr>
      </thead>
      <tbody>
        {payments.map((payment) => (
          <tr key={payment.id} data-testid={invoiceTestIds.paymentRow}>
            <td>
              <InvoiceDate value={payment.date} timeZone={timeZone} audience={audience} locale={locale} />
            </td>
            {staff && <td>{payment.source}</td>}
            <td>{payment.method}</td>
            <td>
              <StatusBadge status={payment.status} label={staff ? undefined : statuses('label', { status: payment.status })} />
            </td>
            <td className="num">
              <Money minor={payment.amountMinor} currency={payment.currency} locale={locale} />
            </td>
            {staff && (
              <td>
                {payment.reference ?? ''}
                {payment.notes?.map((note) => (
                  <div key={note} className="muted">
                    {note}
                  </div>
                ))}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
