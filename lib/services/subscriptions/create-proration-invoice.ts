import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { customerBalances, invoiceLines, invoices } from '@/db/schema';
import { balanceToApply } from '@/lib/billing/balance-to-apply';
import { NO_DUNNING } from '@/lib/billing/dunning-round';
import type { PricedInvoice } from '@/lib/billing/pricing';
import { snapshotOf } from '@/lib/services/invoices/create-order-invoice';
import { collectOpenInvoice, openInvoiceTerms } from '@/lib/services/invoices/open-invoice-collection';
import { seriesFor } from '@/lib/services/invoices/series-for';
import { documentVatColumns, pricedLineColumns } from '@/lib/services/invoices/priced-line-columns';
import { takeInvoiceNumber } from '@/lib/services/invoices/take-invoice-number';
import { useCustomerBalance } from '@/lib/services/payments/use-customer-balance';
import { paymentReferenceFor } from '@/lib/services/payments/assign-payment-reference';
import type { OwnSubscription } from './lock-own-subscription';

/**
 * The invoice of an upgrade's proration, finalized at once like a term's `issue`: the customer's
 * credit balance pays what it can first (as on a renewal), the rest is charged on the customer's
 * autopay method (an attempt to run after the commit), else e-mailed with its PDF and pay link;
 * dunned from its due date on the plan's reminder process.
 *
 * The early-exit fee of a customer's stop at once inside a commitment is issued the same way
 * (`earlyExit`: keyed by its subscription instead).
 *
 * NOTE: it has no term: (subscription, term) is the key of the term's own invoice, and this is
 * not a second one. Its key is its plan_changes row (one invoice per change). The number is taken
 * last, so the series counter is locked for as little as possible.
 */
export async function createProrationInvoice(
  tx: Tx,
  own: OwnSubscription,
  input: {
    priced: PricedInvoice;
    now: Date;
    earlyExit?: boolean;
    /**
     * false: neither charged nor e-mailed yet. A stop's early-exit fee waits for the stop's credit
     * notes, whose credit pays it first (stopNowByCustomer collects only what is left).
     */
    collect?: boolean;
  },
): Promise<{ invoiceId: string; paymentId: string | null }> {
  const { sub, plan, customer, settings, timeZone } = own;
  const { priced, now } = input;
  const terms = await openInvoiceTerms(tx, { customer, plan, timeZone, now });
  // The customer's credit in this currency pays first, as on a renewal (locked: two changes at
  // once never spend the same credit twice).
  const [balance] = await tx
    .select({ balanceMinor: customerBalances.balanceMinor })
    .from(customerBalances)
    .where(and(eq(customerBalances.customerId, customer.id), eq(customerBalances.currency, priced.currency)))
    .for('update');
  const fromBalance = balanceToApply(balance?.balanceMinor ?? 0, priced.totalMinor);
  const paidByBalance = fromBalance > 0 && fromBalance === priced.totalMinor;
  const seriesId = seriesFor(customer, settings);
  const number = await takeInvoiceNumber(tx, seriesId);
  const [invoice] = await tx
    .insert(invoices)
    .values({
      customerId: customer.id,
      subscriptionId: sub.id,
      // The early-exit fee of a stop at once: one per subscription (its key), issued the same way.
      earlyExitOf: input.earlyExit ? sub.id : null,
      status: paidByBalance ? 'paid' : 'open',
      paidAt: paidByBalance ? now : null,
      amountPaidMinor: fromBalance,
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
      ...(paidByBalance ? NO_DUNNING : {}),
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
  await useCustomerBalance(tx, { customerId: customer.id, invoiceId, amountMinor: fromBalance, currency: priced.currency, at: now });
  // Paid by the balance: nothing to charge or chase, as a renewal paid so is not sent.
  if (paidByBalance || input.collect === false) return { invoiceId, paymentId: null };
  const paymentId = await collectOpenInvoice(tx, {
    invoiceId,
    customerId: customer.id,
    amountMinor: priced.totalMinor - fromBalance,
    currency: priced.currency,
    now,
    sendOnly: sub.collection === 'send_invoice',
    // After the balance's payment, when there was one (attempt 1).
    attempt: fromBalance > 0 ? 2 : 1,
  });
  return { invoiceId, paymentId };
}
