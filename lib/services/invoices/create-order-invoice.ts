import type { Tx } from '@/db/client';
import { invoiceLines, invoices, type Customer, type CustomerSnapshot, type Order, type Subscription } from '@/db/schema';
import type { DunningCursor } from '@/lib/billing/dunning-round';
import type { PricedInvoice } from '@/lib/billing/pricing';
import { paymentReferenceFor } from '@/lib/services/payments/assign-payment-reference';
import { documentVatColumns, pricedLineColumns } from './priced-line-columns';
import { takeInvoiceNumber } from './take-invoice-number';

export function snapshotOf(customer: Pick<Customer, keyof CustomerSnapshot>): CustomerSnapshot {
  return {
    name: customer.name,
    email: customer.email,
    companyName: customer.companyName,
    vatId: customer.vatId,
    addressLine1: customer.addressLine1,
    addressLine2: customer.addressLine2,
    postalCode: customer.postalCode,
    city: customer.city,
    country: customer.country,
    customerType: customer.customerType,
    organisationNumber: customer.organisationNumber,
    peppolScheme: customer.peppolScheme,
    peppolId: customer.peppolId,
    phone: customer.phone,
  };
}

/** An order paid by invoice: its first invoice stays open until the transfer arrives. */
export type OpenOrderInvoice = {
  dueAt: Date;
  /**
   * Where its dunning starts, on the reminder process of its lead subscription's plan
   * (leadSubscriptionOf), or, with access on payment (nothing started yet), on the order's own
   * steps (orderDunningSteps); null: not dunned.
   */
  cursor: DunningCursor | null;
};

/**
 * The subscription an order's invoice is dunned for: that of its first line that names one. An
 * order with one subscription is its term 0; with several, the invoice is one debt for all of
 * them, reminded on the first's plan's process (the customer chose that plan first), and a
 * suspension or termination reaches every subscription on its lines (applyDunningBatch).
 * selectDueDunning finds the same subscription from the stored lines (by position).
 */
export function leadSubscriptionOf(priced: Pick<PricedInvoice, 'lines'>, subscriptionsByPosition: Map<number, Subscription>): Subscription | null {
  for (const line of priced.lines) {
    const subscription = line.ref === null ? undefined : subscriptionsByPosition.get(Number(line.ref));
    if (subscription) return subscription;
  }
  return null;
}

/**
 * The first invoice of an order: finalized with the next gapless number and paid in full (a
 * provider payment), or open until its due date (pay by invoice, `open`).
 * Its lines are the order's priced lines exactly as the customer saw them at checkout; the plan
 * lines carry their subscription's term 0, which is what keeps that term from being billed again.
 *
 * NOTE: an order with nothing to bill today (a free trial without a setup fee) gets no invoice:
 * a document without lines is no invoice (EN 16931 BR-16), no number is taken, and the trial's
 * first term is invoiced when the trial ends. Null then.
 */
export async function createOrderInvoice(
  tx: Tx,
  input: {
    order: Order;
    customer: Customer;
    priced: PricedInvoice;
    subscriptionsByPosition: Map<number, Subscription>;
    seriesId: string;
    now: Date;
    open?: OpenOrderInvoice;
    /**
     * The period of each plan line (by order line position) whose subscription does not exist
     * yet (access on payment): firstTermIfPaidNow. Printed at finalisation like the rest.
     */
    periodsByPosition?: Map<number, { start: Date; end: Date }>;
  },
): Promise<string | null> {
  const { order, priced, now, open } = input;
  if (priced.lines.length === 0) return null;
  // One subscription: the invoice is its term 0 (the key that keeps that term from being billed
  // again). Several: no one term is it; the lines name each subscription's term 0.
  const only = input.subscriptionsByPosition.size === 1 ? [...input.subscriptionsByPosition.values()][0]! : null;
  const number = await takeInvoiceNumber(tx, input.seriesId);
  const [invoice] = await tx
    .insert(invoices)
    .values({
      customerId: order.customerId,
      orderId: order.id,
      status: open ? 'open' : 'paid',
      seriesId: input.seriesId,
      sequenceNumber: number.sequenceNumber,
      number: number.number,
      currency: priced.currency,
      subtotalMinor: priced.subtotalMinor,
      taxMinor: priced.taxMinor,
      totalMinor: priced.totalMinor,
      amountPaidMinor: open ? 0 : priced.totalMinor,
      customerSnapshot: snapshotOf(input.customer),
      paymentReference: paymentReferenceFor({ currency: priced.currency, sequenceNumber: number.sequenceNumber, seriesId: input.seriesId }),
      issuedAt: now,
      dueAt: open ? open.dueAt : now,
      paidAt: open ? null : now,
      ...(open && only ? { subscriptionId: only.id, term: 0 } : {}),
      ...(open?.cursor ?? {}),
      ...documentVatColumns(priced),
    })
    .returning({ id: invoices.id });

  await tx.insert(invoiceLines).values(
    priced.lines.map((line, position) => {
      const subscription = line.ref === null ? undefined : input.subscriptionsByPosition.get(Number(line.ref));
      const isTerm = line.kind === 'plan' && subscription;
      const waiting = line.kind === 'plan' && !subscription && line.ref !== null ? input.periodsByPosition?.get(Number(line.ref)) : undefined;
      return {
        invoiceId: invoice!.id,
        position,
        ...pricedLineColumns(line),
        subscriptionId: subscription?.id ?? null,
        term: isTerm ? 0 : null,
        periodStart: isTerm ? subscription.currentPeriodStart : (waiting?.start ?? null),
        periodEnd: isTerm ? subscription.currentPeriodEnd : (waiting?.end ?? null),
      };
    }),
  );
  return invoice!.id;
}
