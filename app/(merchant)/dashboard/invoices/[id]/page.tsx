import { CreditNoteForm } from '@/components/merchant/credit-note-form';
import { creditableAmount } from '@/lib/services/credit-notes/creditable-amount';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { formatDate } from '@/components/dashboard/format-date';
import { StatusBadge } from '@/components/dashboard/status-badge';
import { Money } from '@/components/ui/money';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { requireMerchantPage } from '@/lib/auth/guards';
import { currencyExponent } from '@/lib/billing/money';
import { getMerchantInvoice, type MerchantInvoicePayment } from '@/lib/services/payments/get-merchant-invoice';
import { shopDate } from '@/lib/services/payments/payment-instant';
import { paymentsTestIds } from '../../payments/payments-test-ids';
import { RegisterPaymentForm } from './register-payment-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Invoice' };

// `guid`, not `uuid`: anything PostgreSQL's uuid type accepts, and nothing it would reject with an
// error (a 500) instead of finding no row.
const paramsSchema = z.object({ id: z.guid() });

const SOURCES: Record<MerchantInvoicePayment['source'], string> = {
  checkout: 'Checkout',
  autopay: 'Autopay',
  manual: 'Registered by hand',
  bank_file: 'Bank file',
  balance: 'Customer balance',
};
const METHODS: Record<MerchantInvoicePayment['method'], string> = {
  card: 'Card',
  ideal: 'iDEAL',
  bancontact: 'Bancontact',
  paypal: 'PayPal',
  sepa_debit: 'SEPA direct debit',
  bank_transfer: 'Bank transfer',
  balance: 'Credit balance',
};

/** Minor units as the merchant types them: 3200 EUR is "32.00". */
function typedAmount(minor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  return exponent === 0 ? String(minor) : (minor / 10 ** exponent).toFixed(exponent);
}

export default async function MerchantInvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireMerchantPage(`/dashboard/invoices/${encodeURIComponent(id)}`);
  const parsed = paramsSchema.safeParse({ id });
  if (!parsed.success) notFound();
  const [settings, found] = await Promise.all([getDashboardSettings(), getMerchantInvoice(parsed.data.id)]);
  if (!found) notFound();
  const { invoice, customer, lines, payments, openMinor } = found;
  const { timeZone } = settings;
  const payable = invoice.status === 'open' || invoice.status === 'uncollectible';

  return (
    <>
      <p>
        <Link href="/dashboard/invoices">← Invoices</Link>
      </p>
      <h1>
        Invoice {invoice.number ?? '(draft)'} <StatusBadge status={invoice.status} />
      </h1>
      <section className="panel" aria-label="Invoice">
        <table>
          <tbody>
            <tr>
              <th>Customer</th>
              <td>
                {customer.name} <span className="muted">{customer.email}</span>
                {customer.simulated ? <span className="muted"> (simulated)</span> : null}
              </td>
            </tr>
            <tr>
              <th>Issued</th>
              <td>{formatDate(invoice.issuedAt?.toISOString() ?? null, timeZone)}</td>
            </tr>
            <tr>
              <th>Due</th>
              <td>{formatDate(invoice.dueAt?.toISOString() ?? null, timeZone)}</td>
            </tr>
            {invoice.paidAt ? (
              <tr>
                <th>Paid</th>
                <td>{formatDate(invoice.paidAt.toISOString(), timeZone)}</td>
              </tr>
            ) : null}
            <tr>
              <th>Payment reference</th>
              <td>{invoice.paymentReference ?? '—'}</td>
            </tr>
          </tbody>
        </table>
        <table>
          <thead>
            <tr>
              <th>Description</th>
              <th className="num">Qty</th>
              <th className="num">Amount</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.id}>
                <td>{line.description}</td>
                <td className="num">{line.quantity}</td>
                <td className="num">
                  <Money minor={line.amountMinor} currency={invoice.currency} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={2}>Total (incl. VAT)</td>
              <td className="num">
                <Money minor={invoice.totalMinor} currency={invoice.currency} />
              </td>
            </tr>
            <tr>
              <td colSpan={2}>Paid</td>
              <td className="num">
                <Money minor={invoice.amountPaidMinor} currency={invoice.currency} />
              </td>
            </tr>
            {invoice.creditedMinor > 0 ? (
              <tr>
                <td colSpan={2}>Credited</td>
                <td className="num">
                  <Money minor={invoice.creditedMinor} currency={invoice.currency} />
                </td>
              </tr>
            ) : null}
            <tr>
              <td colSpan={2}>
                <strong>Balance due</strong>
              </td>
              <td className="num" data-testid={paymentsTestIds.invoiceOpenAmount}>
                <strong>
                  <Money minor={openMinor} currency={invoice.currency} />
                </strong>
              </td>
            </tr>
          </tfoot>
        </table>
        {customer.balanceMinor !== 0 ? (
          <p className="muted">
            The customer’s balance: <Money minor={customer.balanceMinor} currency={settings.defaultCurrency} />.
          </p>
        ) : null}
      </section>

      <section className="panel" aria-label="Payments">
        <h2>Payments</h2>
        {payments.length === 0 ? (
          <p className="muted">No payments yet.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Date</th>
                <th>Source</th>
                <th>Method</th>
                <th>Status</th>
                <th className="num">Amount</th>
                <th>Reference and note</th>
              </tr>
            </thead>
            <tbody>
              {payments.map((payment) => (
                <tr key={payment.id} data-testid={paymentsTestIds.invoicePaymentRow}>
                  <td>{formatDate(payment.date, timeZone)}</td>
                  <td>
                    {SOURCES[payment.source]}
                    {payment.recordedBy ? <div className="muted">by {payment.recordedBy}</div> : null}
                  </td>
                  <td>{METHODS[payment.method]}</td>
                  <td>
                    <StatusBadge status={payment.status} />
                    {payment.reversedAt ? <div className="muted">reversed {formatDate(payment.reversedAt, timeZone)}</div> : null}
                    {payment.failureReason ? <div className="muted">{payment.failureReason}</div> : null}
                  </td>
                  <td className="num">
                    <Money minor={payment.amountMinor} currency={payment.currency} />
                  </td>
                  <td>
                    {payment.reference ?? ''}
                    {payment.note ? <div className="muted">{payment.note}</div> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {payable ? (
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

      {creditableAmount(invoice) > 0 && (invoice.status === 'open' || invoice.status === 'paid') ? (
        <section className="panel" aria-label="Credit note">
          <CreditNoteForm
            invoiceId={invoice.id}
            invoiceNumber={invoice.number!}
            currency={invoice.currency}
            creditableMinor={creditableAmount(invoice)}
            status={invoice.status}
          />
        </section>
      ) : null}
    </>
  );
}
