import type { Tx } from '@/db/client';
import { invoiceLines, invoices } from '@/db/schema';
import type { PricedInvoice } from '@/lib/billing/pricing';
import { snapshotOf } from '@/lib/services/invoices/create-order-invoice';
import { collectOpenInvoice, openInvoiceTerms } from '@/lib/services/invoices/open-invoice-collection';
import { seriesFor } from '@/lib/services/invoices/series-for';
import { documentVatColumns, pricedLineColumns } from '@/lib/services/invoices/priced-line-columns';
import { takeInvoiceNumber } from '@/lib/services/invoices/take-invoice-number';
import { paymentReferenceFor } from '@/lib/services/payments/assign-payment-reference';
import type { OwnSubscription } from './lock-own-subscription';

/**
 * The invoice of an upgrade's proration, finalized at once like a term's `issue`: charged on the
 * customer's autopay method (an attempt to run after the commit), else e-mailed with its PDF and
 * pay link; dunned from its due date on the plan's reminder process.
 *
 * NOTE: it has no term: (subscription, term) is the key of the term's own invoice, and this is
 * not a second one. Its key is its plan_changes row (one invoice per change). The number is taken
 * last, so the series counter is locked for as little as possible.
 */
export async function createProrationInvoice(
  tx: Tx,
  own: OwnSubscription,
  input: { priced: PricedInvoice; now: Date },
): Promise<{ invoiceId: string; paymentId: string | null }> {
  const { sub, plan, customer, settings, timeZone } = own;
  const { priced, now } = input;
  const terms = await openInvoiceTerms(tx, { customer, plan, timeZone, now });
  const seriesId = seriesFor(customer, settings);
  const number = await takeInvoiceNumber(tx, seriesId);
  const [invoice] = await tx
    .insert(invoices)
    .values({
      customerId: customer.id,
      subscriptionId: sub.id,
      status: 'open',
      seriesId,
      sequenceNumber: number.sequenceNumber,
      number: number.number,
      currency: priced.currency,
      subtotalMinor: priced.subtotalMinor,
      taxMinor: priced.taxMinor,
      totalMinor: priced.totalMinor,
      customerSnapshot: snapshotOf(customer),
      ...documentVatColumns(priced),
      paymentReference: paymentReferenceFor({ currency: priced.currency, sequenceNumber: number.sequenceNumber, seriesId }),
      issuedAt: now,
      ...terms,
    })
    .returning({ id: invoices.id });
  const invoiceId = invoice!.id;
  await tx.insert(invoiceLines).values(
    priced.lines.map((line, position) => ({
      invoiceId,
      position,
      ...pricedLineColumns(line),
      subscriptionId: sub.id,
      periodStart: line.kind === 'proration' ? now : null,
      periodEnd: line.kind === 'proration' ? sub.currentPeriodEnd : null,
    })),
  );
  const paymentId = await collectOpenInvoice(tx, { invoiceId, customerId: customer.id, amountMinor: priced.totalMinor, currency: priced.currency, now });
  return { invoiceId, paymentId };
}
