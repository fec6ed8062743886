import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { DateText } from '@/components/ui/date-text';
import { Money } from '@/components/ui/money';
import { db } from '@/db/client';
import { getCustomerInvoice } from '@/db/queries/portal/get-customer-invoice';
import { requireCustomerPage } from '@/lib/auth/guards';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { PAYMENT_METHODS, type PaymentMethodChoice } from '@/lib/validations/cart';
import { PayInvoiceForm } from '@/components/portal/pay-invoice-form';

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
  const found = await getCustomerInvoice(viewer.customerId, id);
  if (!found) notFound();
  const { invoice, lines } = found;
  const settings = await getShopSettings(db);
  const tz = settings.timeZone;
  const owed = invoice.totalMinor - invoice.amountPaidMinor - invoice.creditedMinor;
  const onlineMethods = settings.enabledPaymentMethods.filter((m): m is PaymentMethodChoice => m !== 'bank_transfer' && (PAYMENT_METHODS as readonly string[]).includes(m));
  const to = invoice.customerSnapshot;
  return (
    <div className="panel stack" style={{ maxWidth: 820 }}>
      <Link href="/account">← Min Side</Link>
      <h1>
        Invoice <span data-testid="invoice-number">{invoice.number}</span>{' '}
        <span className={`badge ${invoice.status}`} data-testid="invoice-status">
          {invoice.status}
        </span>
      </h1>
      <div className="grid">
        {to && (
          <p>
            {to.name}
            <br />
            {to.companyName && (
              <>
                {to.companyName}
                <br />
              </>
            )}
            {to.addressLine1}
            <br />
            {to.postalCode} {to.city}, {to.country}
            {to.vatId && (
              <>
                <br />
                VAT {to.vatId}
              </>
            )}
          </p>
        )}
        <p>
          Issued <DateText value={invoice.issuedAt} timeZone={tz} />
          <br />
          Due <DateText value={invoice.dueAt} timeZone={tz} />
          {invoice.paidAt && (
            <>
              <br />
              Paid <DateText value={invoice.paidAt} timeZone={tz} />
            </>
          )}
        </p>
      </div>
      <table data-testid="invoice-lines">
        <thead>
          <tr>
            <th>Description</th>
            <th className="num">Qty</th>
            <th className="num">Unit</th>
            <th className="num">VAT</th>
            <th className="num">Amount</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id} data-testid={`invoice-line-${line.kind}`}>
              <td>
                {line.description}
                {line.periodStart && line.periodEnd && (
                  <div className="muted">
                    <DateText value={line.periodStart} timeZone={tz} /> – <DateText value={line.periodEnd} timeZone={tz} />
                  </div>
                )}
              </td>
              <td className="num">{line.quantity}</td>
              <td className="num">
                <Money minor={line.unitAmountMinor} currency={invoice.currency} />
              </td>
              <td className="num">{line.taxRateBp / 100}%</td>
              <td className="num">
                <Money minor={line.amountMinor} currency={invoice.currency} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={4}>Subtotal excl. VAT</td>
            <td className="num">
              <Money minor={invoice.subtotalMinor} currency={invoice.currency} />
            </td>
          </tr>
          <tr>
            <td colSpan={4}>VAT</td>
            <td className="num">
              <Money minor={invoice.taxMinor} currency={invoice.currency} />
            </td>
          </tr>
          <tr>
            <td colSpan={4}>Total</td>
            <td className="num" data-testid="invoice-total">
              <Money minor={invoice.totalMinor} currency={invoice.currency} />
            </td>
          </tr>
        </tfoot>
      </table>
      {invoice.paymentReference && invoice.status === 'open' && (
        <p>
          Paying by bank transfer? Use the payment reference <strong data-testid="payment-reference">{invoice.paymentReference}</strong>.
        </p>
      )}
      {paymentResult === 'paid' && <p className="alert ok" data-testid="payment-result">Thank you: your payment was received.</p>}
      {(paymentResult === 'failed' || paymentResult === 'canceled') && (
        <p className="alert error" data-testid="payment-result">The payment did not go through ({paymentResult}). You can try again.</p>
      )}
      {paymentResult === 'pending' && <p className="alert" data-testid="payment-result">Your payment is being processed.</p>}
      {invoice.status === 'open' && owed > 0 && (
        <section className="stack">
          <h2>
            To pay: <Money minor={owed} currency={invoice.currency} />
          </h2>
          <PayInvoiceForm invoiceId={invoice.id} methods={onlineMethods} />
        </section>
      )}
    </div>
  );
}
