import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { DateText } from '@/components/ui/date-text';
import { Money } from '@/components/ui/money';
import { db } from '@/db/client';
import { getCustomerInvoice } from '@/db/queries/portal/get-customer-invoice';
import { requireCustomerPage } from '@/lib/auth/guards';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Invoice' };

export default async function InvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireCustomerPage(`/account/invoices/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const found = await getCustomerInvoice(viewer.customerId, id);
  if (!found) notFound();
  const { invoice, lines } = found;
  const tz = (await getShopSettings(db)).timeZone;
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
    </div>
  );
}
