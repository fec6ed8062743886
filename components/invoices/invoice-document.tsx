import type { ReactNode } from 'react';
import { StatusBadge } from '@/components/dashboard/status-badge';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { PostalAddressText } from '@/components/ui/postal-address';
import { CreditNotesTable } from './credit-notes-table';
import { InvoiceDate } from './invoice-date';
import type { InvoiceAudience, InvoiceDocumentData } from './invoice-document-types';
import { InvoiceLinesTable } from './invoice-lines-table';
import { InvoicePaymentsTable } from './invoice-payments-table';
import { invoiceTestIds } from './test-ids';

type Props = {
  invoice: InvoiceDocumentData;
  timeZone: string;
  audience: InvoiceAudience;
  /** What the page adds under the bill-to block (the merchant's view of the customer). */
  aside?: ReactNode;
  /** Where the issued invoice can be downloaded: its PDF, its e-invoice (EHF / Peppol BIS 3.0 XML). */
  downloads?: { pdf?: string; einvoice?: string };
  /** The reader's language (Min Side); the dashboard reads English. */
  locale?: Locale;
};

/**
 * One invoice as a document, the same on the merchant's dashboard and in Min Side: who it is to,
 * its dates and payment reference, the lines with VAT and the totals, the payments on it and the
 * credit notes against it. Each page puts its own actions around it (pay, register, credit).
 */
export function InvoiceDocument({ invoice, timeZone, audience, aside, downloads, locale = 'en' }: Props) {
  const t = getTranslator(locale, 'invoiceDocument');
  const date = (value: Date | null) => <InvoiceDate value={value} timeZone={timeZone} audience={audience} locale={locale} />;
  return (
    <>
      <h1>
        {t('title')} <span data-testid={invoiceTestIds.number}>{invoice.number ?? t('draft')}</span>{' '}
        <StatusBadge status={invoice.status} testId={invoiceTestIds.status} label={audience === 'customer' ? statusLabel(locale, invoice.status) : undefined} />
      </h1>
      <section className="panel stack" aria-label={t('title')}>
        <div className="grid">
          <div>
            {invoice.billTo && <PostalAddressText address={invoice.billTo} locale={locale} />}
            {aside}
          </div>
          <table>
            <tbody>
              <tr>
                <th>{t('issued')}</th>
                <td>{date(invoice.issuedAt)}</td>
              </tr>
              <tr>
                <th>{t('due')}</th>
                <td>{date(invoice.dueAt)}</td>
              </tr>
              {invoice.paidAt && (
                <tr>
                  <th>{t('paid')}</th>
                  <td>{date(invoice.paidAt)}</td>
                </tr>
              )}
              {invoice.followUp && invoice.followUp.reminders > 0 && (
                <tr>
                  <th>{t('reminders')}</th>
                  <td data-testid={invoiceTestIds.reminders}>
                    {t('remindersSent', { count: String(invoice.followUp.reminders) })} {date(invoice.followUp.lastReminderAt)}
                  </td>
                </tr>
              )}
              {invoice.followUp?.cancelledAt && (
                <tr>
                  <th>{t('orderCancelled')}</th>
                  <td data-testid={invoiceTestIds.orderCancelled}>
                    {date(invoice.followUp.cancelledAt)} <span className="muted">{t('orderCancelledNote')}</span>
                  </td>
                </tr>
              )}
              <tr>
                <th>{t('paymentReference')}</th>
                <td data-testid={invoiceTestIds.paymentReference}>{invoice.paymentReference ?? '—'}</td>
              </tr>
              {invoice.number && (downloads?.pdf || downloads?.einvoice) && (
                <tr>
                  <th>{t('download')}</th>
                  <td className="row" style={{ gap: '0.75rem' }}>
                    {downloads.pdf && <a href={downloads.pdf}>PDF</a>}
                    {downloads.einvoice && (
                      <a href={downloads.einvoice} data-testid={invoiceTestIds.einvoice}>
                        {t('einvoice')}
                      </a>
                    )}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
        <InvoiceLinesTable invoice={invoice} timeZone={timeZone} audience={audience} locale={locale} />
      </section>
      <section className="panel" aria-label={t('payments')}>
        <h2>{t('payments')}</h2>
        <InvoicePaymentsTable payments={invoice.payments} timeZone={timeZone} audience={audience} locale={locale} />
      </section>
      {invoice.creditNotes.length > 0 && (
        <section className="panel" aria-label={t('creditNotes')}>
          <h2>{t('creditNotes')}</h2>
          <CreditNotesTable
            creditNotes={invoice.creditNotes}
            timeZone={timeZone}
            audience={audience}
            locale={locale}
            testIds={{ row: invoiceTestIds.creditNoteRow }}
          />
        </section>
      )}
    </>
  );
}

/** A status as the customer reads it, in their language. */
export function statusLabel(locale: Locale, status: string): string {
  return getTranslator(locale, 'statuses')('label', { status });
}
