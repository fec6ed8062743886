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
import { Money } from '@/components/ui/money';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { getOrderFollowUp } from '@/db/queries/invoices/get-order-follow-up';
import { listInvoiceCreditNotes } from '@/db/queries/invoices/list-invoice-credit-notes';
import { requireMerchantPage } from '@/lib/auth/guards';
import { permissionsOf } from '@/lib/auth/permissions';
import { currencyExponent } from '@/lib/billing/money';
import { PAYMENT_METHOD_NAMES } from '@/lib/payments/payment-method-names';
import { creditableAmount } from '@/lib/services/credit-notes/creditable-amount';
import { getMerchantInvoice, type MerchantInvoicePayment } from '@/lib/services/payments/get-merchant-invoice';
import { shopDate } from '@/lib/services/payments/payment-instant';
import { invoiceVatNotes } from '@/lib/services/vat/vat-staff-notes';
import { formatDate } from '@/components/dashboard/format-date';
import { RegisterPaymentForm } from './register-payment-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Invoice' };

// `guid`, not `uuid`: anything PostgreSQL's uuid type accepts, and nothing it would reject with an
// error (a 500) instead of finding no row.
const paramsSchema = z.object({ id: z.guid() });

/** Minor units as the merchant types them: 3200 EUR is "32.00". */
function typedAmount(minor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  return exponent === 0 ? String(minor) : (minor / 10 ** exponent).toFixed(exponent);
}

/** What staff see of a payment beyond its amount: who registered it, when it was reversed, why it failed, their note. */
function staffNotes(payment: MerchantInvoicePayment, timeZone: string): string[] {
  return [
    payment.recordedBy ? `by ${payment.recordedBy}` : null,
    payment.reversedAt ? `reversed ${formatDate(payment.reversedAt, timeZone)}${payment.reversalCode ? ` (${payment.reversalCode})` : ''}` : null,
    // The provider's fee is the merchant's cost: shown here, never added to what the customer owes.
    payment.chargebackFeeMinor ? `chargeback fee ${typedAmount(payment.chargebackFeeMinor, payment.currency)} ${payment.currency}` : null,
    payment.failureReason,
    payment.note,
  ].filter((note): note is string => Boolean(note));
}

export default async function MerchantInvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireMerchantPage(`/dashboard/invoices/${encodeURIComponent(id)}`, 'read');
  const can = permissionsOf(viewer.role);
  const parsed = paramsSchema.safeParse({ id });
  if (!parsed.success) notFound();
  const [settings, found, creditNotes, followUp] = await Promise.all([
    getDashboardSettings(),
    getMerchantInvoice(parsed.data.id),
    listInvoiceCreditNotes(parsed.data.id, { kind: 'merchant' }),
    getOrderFollowUp(parsed.data.id, { kind: 'merchant' }),
  ]);
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
      notes: staffNotes(payment, timeZone),
    })),
    creditNotes,
    creditNotePdf: (creditNoteId) => `/dashboard/credit-notes/${creditNoteId}/pdf`,
    followUp,
  });

  return (
    <>
      <p>
        <Link href="/dashboard/invoices">← Invoices</Link>
      </p>
      <InvoiceDocument
        invoice={document}
        timeZone={timeZone}
        audience="merchant"
        downloads={{ einvoice: `/dashboard/invoices/${invoice.id}/ehf` }}
        aside={
          <p>
            {invoice.customerSnapshot ? null : customer.name} <span className="muted">{customer.email}</span>
            {customer.simulated ? <span className="muted"> (simulated)</span> : null}
            {customer.balanceMinor !== 0 ? (
              <>
                <br />
                <span className="muted">
                  The customer’s balance: <Money minor={customer.balanceMinor} currency={settings.defaultCurrency} />.
                </span>
              </>
            ) : null}
          </p>
        }
      />

      {vatNotes.length > 0 ? (
        <section className="panel" aria-label="VAT" data-testid="invoice-vat-notes">
          <h2>VAT</h2>
          {vatNotes.map((note) => (
            <p key={note} className="muted">
              {note}
            </p>
          ))}
        </section>
      ) : null}

      {payable && can.has('payments:write') ? (
        <section className="panel" aria-label="Register payment">
          <h2>Register payment</h2>
          <p className="muted">Money received outside the shop, for example a bank transfer you saw on your account.</p>
          <RegisterPaymentForm
            invoiceId={invoice.id}
            currency={invoice.currency}
            defaultAmount={typedAmount(openMinor, invoice.currency)}
            today={shopDate(new Date(), timeZone)}
          />
        </section>
      ) : null}

      {can.has('credit-notes:write') && creditableAmount(invoice) > 0 && (invoice.status === 'open' || invoice.status === 'paid') ? (
        <section className="panel" aria-label="Credit note">
          <CreditNoteForm invoiceId={invoice.id} status={invoice.status} texts={creditNoteTexts(await getPageLocale(), { number: invoice.number, currency: invoice.currency, status: invoice.status, creditableMinor: creditableAmount(invoice) })} />
        </section>
      ) : null}
    </>
  );
}
