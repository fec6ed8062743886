import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { InvoiceDocument } from '@/components/invoices/invoice-document';
import { invoiceDocumentOf } from '@/components/invoices/invoice-document-data';
import { onlinePaymentMethods } from '@/components/portal/online-payment-methods';
import { PayInvoiceForm } from '@/components/portal/pay-invoice-form';
import { payInvoiceFormProps } from '@/components/portal/pay-invoice-texts';
import { PastDueBanner } from '@/components/portal/past-due-banner';
import { listUnpaidChargedInvoices } from '@/db/queries/portal/list-unpaid-charged-invoices';
import { getCustomerInvoice } from '@/db/queries/portal/get-customer-invoice';
import { getOrderFollowUp } from '@/db/queries/invoices/get-order-follow-up';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { requireCustomerPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { createFormatter } from '@/lib/i18n/create-formatter';
import { getTranslator } from '@/lib/i18n/translator';
import { PAYMENT_METHOD_NAMES } from '@/lib/payments/payment-method-names';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'portal.invoice')('pageTitle') };
}

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
  const [found, settings, unpaid, locale, followUp] = await Promise.all([
    getCustomerInvoice(viewer.customerId, id),
    getStorefrontSettings(),
    listUnpaidChargedInvoices(viewer.customerId),
    getPageLocale(),
    getOrderFollowUp(id, { kind: 'customer', customerId: viewer.customerId }),
  ]);
  if (!found) notFound();
  const banner = getTranslator(locale, 'portal.pastDueBanner');
  const t = getTranslator(locale, 'portal.invoice');
  const results = getTranslator(locale, 'shop.paymentResult');
  const format = createFormatter(locale, settings.timeZone);
  const { invoice, openMinor } = found;
  const document = invoiceDocumentOf({
    ...found,
    payments: found.payments.map((payment) => ({ ...payment, method: PAYMENT_METHOD_NAMES[payment.method] })),
    creditNotePdf: (creditNoteId) => `/account/credit-notes/${creditNoteId}/pdf`,
    followUp,
  });
  return (
    <div className="stack" style={{ maxWidth: 820 }}>
      <Link href="/account">{getTranslator(locale, 'portal.account')('back')}</Link>
      {unpaid.length > 0 && <PastDueBanner text={banner('text')} cta={banner('cta')} />}
      <InvoiceDocument
        invoice={document}
        timeZone={settings.timeZone}
        audience="customer"
        locale={locale}
        downloads={{ pdf: `/account/invoices/${invoice.id}/pdf`, einvoice: `/account/invoices/${invoice.id}/ehf` }}
      />
      {paymentResult === 'paid' && (
        <p className="alert ok" data-testid="payment-result">
          {results('paid')}
        </p>
      )}
      {(paymentResult === 'failed' || paymentResult === 'canceled') && (
        <p className="alert error" data-testid="payment-result">
          {results('failed')}
        </p>
      )}
      {paymentResult === 'pending' && (
        <p className="alert" data-testid="payment-result">
          {results('pending')}
        </p>
      )}
      {invoice.status === 'open' && openMinor > 0 && (
        <section className="panel stack">
          <h2>{t('toPay', { amount: format.money(openMinor, invoice.currency) })}</h2>
          {invoice.paymentReference && <p>{t('bankTransfer', { reference: invoice.paymentReference })}</p>}
          <PayInvoiceForm invoiceId={invoice.id} {...payInvoiceFormProps(onlinePaymentMethods(settings.enabledPaymentMethods), locale)} />
        </section>
      )}
    </div>
  );
}
