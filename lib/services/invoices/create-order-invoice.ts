import type { Tx } from '@/db/client';
import { invoiceLines, invoices, type Customer, type CustomerSnapshot, type Order, type Subscription } from '@/db/schema';
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

/**
 * The first invoice of a paid order: finalized with the next gapless number and paid in full.
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
    /**
     * Collected later instead of paid now (a subscription a merchant starts by API): the invoice
     * is open, due and dunned on these terms, and belongs to its one subscription.
     */
    open?: { dueAt: Date; nextDunningStep: number | null; nextDunningAt: Date | null } | null;
  },
): Promise<string | null> {
  const { order, priced, now } = input;
  if (priced.lines.length === 0) return null;
  const number = await takeInvoiceNumber(tx, input.seriesId);
  const [invoice] = await tx
    .insert(invoices)
    .values({
      customerId: order.customerId,
      orderId: order.id,
      ...(input.open
        ? { status: 'open' as const, amountPaidMinor: 0, paidAt: null, subscriptionId: onlySubscriptionOf(input.subscriptionsByPosition), ...input.open }
        : { status: 'paid' as const, amountPaidMinor: priced.totalMinor, paidAt: now, dueAt: now }),
      seriesId: input.seriesId,
      sequenceNumber: number.sequenceNumber,
      number: number.number,
      currency: priced.currency,
      subtotalMinor: priced.subtotalMinor,
      taxMinor: priced.taxMinor,
      totalMinor: priced.totalMinor,
      customerSnapshot: snapshotOf(input.customer),
      paymentReference: paymentReferenceFor({ currency: priced.currency, sequenceNumber: number.sequenceNumber, seriesId: input.seriesId }),
      issuedAt: now,
      ...documentVatColumns(priced),
    })
    .returning({ id: invoices.id });

  await tx.insert(invoiceLines).values(
    priced.lines.map((line, position) => {
      const subscription = line.ref === null ? undefined : input.subscriptionsByPosition.get(Number(line.ref));
      const isTerm = line.kind === 'plan' && subscription;
      return {
        invoiceId: invoice!.id,
        position,
        ...pricedLineColumns(line),
        subscriptionId: subscription?.id ?? null,
        term: isTerm ? 0 : null,
        periodStart: isTerm ? subscription.currentPeriodStart : null,
        periodEnd: isTerm ? subscription.currentPeriodEnd : null,
      };
    }),
  );
  return invoice!.id;
}

/** The subscription an open order invoice is for, when there is exactly one (so its dunning reaches it). */
function onlySubscriptionOf(byPosition: Map<number, Subscription>): string | null {
  return byPosition.size === 1 ? [...byPosition.values()][0]!.id : null;
}
