import type { Metadata } from 'next';
import { creditNoteTexts } from '@/components/merchant/credit-note-texts';
import { getPageLocale } from '@/lib/auth/page-locale';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { InvoiceDocument } from '@/components/invoices/invoice-document';
import { invoiceDocumentOf } from '@/components/invoices/invoice-document-data';
import { PAYMENT_SOURCE_LABELS } from '@/components/invoices/payment-labels';
import { CreditNoteForm } from '@/components/merchant/credit-note-form';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { getOrderFollowUp } from '@/db/queries/invoices/get-order-follow-up';
import { listInvoiceCreditNotes } from '@/db/queries/invoices/list-invoice-credit-notes';
import { requireMerchantPage } from '@/lib/auth/guards';
import { permissionsOf } from '@/lib/auth/permissions';
import { currencyExponent, formatMoney } from '@/lib/billing/money';
import { intlLocales } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { PAYMENT_METHOD_NAMES } from '@/lib/payments/payment-method-names';
import { creditableAmount } from '@/lib/services/credit-notes/creditable-amount';
import { getMerchantInvoice } from '@/lib/services/payments/get-merchant-invoice';
import { shopDate } from '@/lib/services/payments/payment-instant';
import { invoiceVatNotes } from '@/lib/services/vat/vat-staff-notes';
import { staffNotes } from './payment-staff-notes';
import { RegisterPaymentForm } from './register-payment-form';
import { registerPaymentTexts } from './register-payment-texts';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.invoice')('title') };
}

// `guid`, not `uuid`: anything PostgreSQL's uuid type accepts, and nothing it would reject with an
// error (a 500) instead of finding no row.
const paramsSchema = z.object({ id: z.guid() });

/** Minor units as the merchant types them: 3200 EUR is "32.00". */
function typedAmount(minor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  return exponent === 0 ? String(minor) : (minor / 10 ** exponent).toFixed(exponent);
}

export default async function MerchantInvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireMerchantPage(`/dashboard/invoices/${encodeURIComponent(id)}`, 'read');
  const can = permissionsOf(viewer.role);
  const parsed = paramsSchema.safeParse({ id });
  if (!parsed.success) notFound();
  const [settings, found, creditNotes, followUp, locale] = await Promise.all([
    getDashboardSettings(),
    getMerchantInvoice(parsed.data.id),
    listInvoiceCreditNotes(parsed.data.id, { kind: 'merchant' }),
    getOrderFollowUp(parsed.data.id, { kind: 'merchant' }),
    getPageLocale(),
  ]);
  const t = getTranslator(locale, 'dashboard.manage.invoice');
  if (!found) notFound();
  const { invoice, customer, openMinor } = found;
  const vatNotes = await invoiceVatNotes(invoice, found.vatBuyer);
  const { timeZone } = settings;
  const payable = invoice.status === 'open' || invoice.status === 'uncollectible';
  const document = invoiceDocumentOf({
    invoice,
    openMinor,
    lines: found.lines,
    payments: found.payments.map((payment) => ({
      ...payment,
      source: PAYMENT_SOURCE_LABELS[payment.source],
      method: PAYMENT_METHOD_NAMES[payment.method],
      notes: staffNotes(payment, timeZone, locale),
    })),
    creditNotes,
    creditNotePdf: (creditNoteId) => `/dashboard/credit-notes/${creditNoteId}/pdf`,
    followUp,
  });

  return (
    <>
      <p>
        <Link href="/dashboard/invoices">{t('back')}</Link>
      </p>
      <InvoiceDocument
        invoice={document}
        timeZone={timeZone}
        audience="merchant"
        locale={locale}
        downloads={{ einvoice: `/dashboard/invoices/${invoice.id}/ehf` }}
        aside={
          <p>
            {invoice.customerSnapshot ? null : customer.name} <span className="muted">{customer.email}</span>
            {customer.simulated ? <span className="muted"> {t('simulated')}</span> : null}
            {customer.balanceMinor !== 0 ? (
              <>
                <br />
                <span className="muted">{t('balance', { amount: formatMoney(customer.balanceMinor, settings.defaultCurrency, intlLocales[locale]) })}</span>
              </>
            ) : null}
          </p>
        }
      />

      {vatNotes.length > 0 ? (
        <section className="panel" aria-label={t('vat')} data-testid="invoice-vat-notes">
          <h2>{t('vat')}</h2>
          {vatNotes.map((note) => (
            <p key={note} className="muted">
              {note}
            </p>
          ))}
        </section>
      ) : null}

      {payable && can.has('payments:write') ? (
        <section className="panel" aria-label={t('registerPayment')}>
          <h2>{t('registerPayment')}</h2>
          <p className="muted">{t('registerIntro')}</p>
          <RegisterPaymentForm
            invoiceId={invoice.id}
            currency={invoice.currency}
            defaultAmount={typedAmount(openMinor, invoice.currency)}
            today={shopDate(new Date(), timeZone)}
            texts={registerPaymentTexts(locale, invoice.currency)}
          />
        </section>
      ) : null}

      {can.has('credit-notes:write') && creditableAmount(invoice) > 0 && (invoice.status === 'open' || invoice.status === 'paid') ? (
        <section className="panel" aria-label={t('creditNote')}>
          <CreditNoteForm invoiceId={invoice.id} status={invoice.status} texts={creditNoteTexts(locale, { number: invoice.number, currency: invoice.currency, status: invoice.status, creditableMinor: creditableAmount(invoice) })} />
        </section>
      ) : null}
    </>
  );
}
