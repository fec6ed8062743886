import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { InvoiceDocument } from '@/components/invoices/invoice-document';
import { invoiceDocumentOf } from '@/components/invoices/invoice-document-data';
import { onlinePaymentMethods } from '@/components/portal/online-payment-methods';
import { PayInvoiceForm } from '@/components/portal/pay-invoice-form';
import { PastDueBanner } from '@/components/portal/past-due-banner';
import { Money } from '@/components/ui/money';
import { getCustomerLocale } from '@/db/queries/portal/get-customer-locale';
import { listUnpaidChargedInvoices } from '@/db/queries/portal/list-unpaid-charged-invoices';
import { getCustomerInvoice } from '@/db/queries/portal/get-customer-invoice';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { requireCustomerPage } from '@/lib/auth/guards';
import { getTranslator } from '@/lib/i18n/translator';
import { PAYMENT_METHOD_NAMES } from '@/lib/payments/payment-method-names';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Invoice' };

export default async function InvoicePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ payment?: string }>;
}) {
  const { id } = await params;
  const { payment: paymentResult } = await searchParams;
  const viewer = await requireCustomerPage(`/account/invoices/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const [found, settings, unpaid, locale] = await Promise.all([
    getCustomerInvoice(viewer.customerId, id),
    getStorefrontSettings(),
    listUnpaidChargedInvoices(viewer.customerId),
    getCustomerLocale(viewer.customerId),
  ]);
  if (!found) notFound();
  const banner = getTranslator(locale, 'portal.pastDueBanner');
  const { invoice, openMinor } = found;
  const document = invoiceDocumentOf({
    ...found,
    payments: found.payments.map((payment) => ({ ...payment, method: PAYMENT_METHOD_NAMES[payment.method] })),
    creditNotePdf: (creditNoteId) => `/account/credit-notes/${creditNoteId}/pdf`,
  });
  return (
    <div className="stack" style={{ maxWidth: 820 }}>
      <Link href="/account">← Min Side</Link>
      {unpaid.length > 0 && <PastDueBanner text={banner('text')} cta={banner('cta')} />}
      <InvoiceDocument
        invoice={document}
        timeZone={settings.timeZone}
        audience="customer"
        downloads={{ pdf: `/account/invoices/${invoice.id}/pdf`, einvoice: `/account/invoices/${invoice.id}/ehf` }}
      />
      {paymentResult === 'paid' && <p className="alert ok" data-testid="payment-result">Thank you: your payment was received.</p>}
      {(paymentResult === 'failed' || paymentResult === 'canceled') && (
        <p className="alert error" data-testid="payment-result">The payment did not go through ({paymentResult}). You can try again.</p>
      )}
      {paymentResult === 'pending' && <p className="alert" data-testid="payment-result">Your payment is being processed.</p>}
      {invoice.status === 'open' && openMinor > 0 && (
        <section className="panel stack">
          <h2>
            To pay: <Money minor={openMinor} currency={invoice.currency} />
          </h2>
          {invoice.paymentReference && (
            <p>Paying by bank transfer? Use the payment reference {invoice.paymentReference}.</p>
          )}
          <PayInvoiceForm invoiceId={invoice.id} methods={onlinePaymentMethods(settings.enabledPaymentMethods)} />
        </section>
      )}
    </div>
  );
}
