import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { invoiceLines, invoices, paymentMethods, payments, type Invoice } from '@/db/schema';
import { amountOwed } from '@/lib/billing/amount-owed';
import { reopenedDunning } from '@/lib/billing/dunning-round';
import type { ProviderPayment } from '@/lib/payments/types';
import { dunningStepsFor, loadEngineContext } from '@/lib/services/billing/engine-context';
import { lockSubscriptionWithPlan } from '@/lib/services/billing/lock-subscription';
import { queuePaymentReturned } from '@/lib/services/email/queue-payment-returned';
import { markPastDue } from './mark-past-due';

export type Reversal = { reversed: boolean; invoice: Invoice | null; reopened: boolean };

export type ReversalInput = {
  paymentId: string;
  /** When the money was taken back: dunning counts from here. */
  at: Date;
  reasonCode?: string | null;
  reason?: string | null;
  /** The provider's fee for the chargeback, charged to the merchant (kept for staff, never owed by the customer). */
  feeMinor?: number | null;
  /**
   * The payer disputed the payment (an unauthorised-debit return such as MD01/MD06, a card
   * dispute, a return with no reason): its mandate is no longer charged by autopay. Unsaid (a
   * bank file's return of a transfer): no mandate is touched.
   */
  disputed?: boolean;
  /** The mandate the payment was taken on, when the provider names it. */
  mandateRef?: string | null;
};

/**
 * A paid payment taken back: a SEPA direct debit that bounced days or weeks after it looked paid,
 * or a card chargeback. In the caller's transaction: the payment is marked charged back (with the
 * date, code and fee, which staff see on the payments list and the invoice, and the customer on
 * their invoice), the invoice owes the amount again and is reopened, its dunning starts a new
 * round counted from the reversal (not from the old due date, which would fire every step at
 * once), the subscription goes past due, and the customer is told, with the link to pay.
 * A disputed payment's mandate stops being the autopay method, so the next term is not debited
 * on it by itself: the customer pays by the link or sets up another method.
 * Idempotent: a payment already reversed (a webhook delivered twice, the same bank file line)
 * changes nothing.
 */
export async function reversePayment(tx: Tx, input: ReversalInput): Promise<Reversal> {
  const [payment] = await tx.select().from(payments).where(eq(payments.id, input.paymentId)).for('update');
  if (!payment) throw new Error(`Payment ${input.paymentId} does not exist`);
  if (payment.status !== 'paid') return { reversed: false, invoice: null, reopened: false };
  const reason = input.reason ?? (input.reasonCode ? `Returned by the bank (${input.reasonCode})` : 'Payment reversed');
  await tx
    .update(payments)
    .set({
      status: 'charged_back',
      reversedAt: input.at,
      failureReason: reason,
      // Only a return known to be no dispute (insufficient funds) leaves the method worth trying again.
      failureKind: input.disputed === false ? 'temporary' : 'permanent',
      reversalCode: input.reasonCode ?? null,
      chargebackFeeMinor: input.feeMinor ?? null,
    })
    .where(eq(payments.id, payment.id));
  const methodLabel = await autopayMethodLabel(tx, payment.customerId, input);
  if (input.disputed) await stopAutopayOn(tx, payment, input.mandateRef ?? null);
  if (!payment.invoiceId) return { reversed: true, invoice: null, reopened: false };

  const [invoice] = await tx.select().from(invoices).where(eq(invoices.id, payment.invoiceId)).for('update');
  if (!invoice) throw new Error(`Invoice ${payment.invoiceId} vanished`);
  const paidAfter = Math.max(0, invoice.amountPaidMinor - payment.amountMinor);
  const reopen = invoice.status === 'paid' && amountOwed({ ...invoice, amountPaidMinor: paidAfter }) > 0;
  const ctx = await loadEngineContext(tx);

  const rows = await lockInvoiceSubscriptions(tx, invoice);
  if (reopen) for (const row of rows) await markPastDue(tx, row.sub.id);
  // An order's invoice is followed up by its lead subscription's plan, as when it was issued open.
  const lead = rows.find((row) => row.plan.dunningPlanId) ?? rows[0];
  const steps = dunningStepsFor(ctx, lead?.plan.dunningPlanId ?? null);
  const [updated] = await tx
    .update(invoices)
    .set({
      amountPaidMinor: sql`greatest(0, ${invoices.amountPaidMinor} - ${payment.amountMinor})`,
      ...(reopen ? { status: 'open' as const, paidAt: null, ...reopenedDunning(invoice, input.at, steps, ctx.timeZone) } : {}),
    })
    .where(eq(invoices.id, invoice.id))
    .returning();
  if (reopen) await queuePaymentReturned(tx, { paymentId: payment.id, disputed: Boolean(input.disputed), methodLabel });
  return { reversed: true, invoice: updated!, reopened: reopen };
}

/**
 * What a provider's `charged_back` state says, as reversePayment takes it. The chargeback's own
 * date when the provider tells it (never later than `now`: a clock ahead of ours moves nothing
 * into the future), else `now`. A permanent kind is a dispute (mollie-payment-state.ts: an
 * unauthorised-debit code, or no code at all).
 */
export function chargebackReversal(paymentId: string, state: ProviderPayment, now: Date): ReversalInput {
  const chargeback = state.chargeback ?? null;
  return {
    paymentId,
    at: chargeback && chargeback.at.getTime() < now.getTime() ? chargeback.at : now,
    reason: state.failureReason ?? 'Charged back',
    reasonCode: chargeback?.reasonCode ?? null,
    feeMinor: chargeback?.feeMinor ?? null,
    disputed: state.failureKind !== 'temporary',
    mandateRef: state.mandateRef,
  };
}

/** The method the payment was taken from, for the customer's notice (read before it stops being the autopay one). */
async function autopayMethodLabel(tx: Tx, customerId: string, input: ReversalInput): Promise<string | null> {
  const [method] = await tx
    .select({ label: paymentMethods.label })
    .from(paymentMethods)
    .where(and(eq(paymentMethods.customerId, customerId), input.mandateRef ? eq(paymentMethods.mandateRef, input.mandateRef) : eq(paymentMethods.isDefault, true)))
    .orderBy(desc(paymentMethods.createdAt))
    .limit(1);
  return method?.label ?? null;
}

/**
 * A disputed payment's mandate is no longer charged by itself: it stops being the autopay method
 * (the customer still sees it, and may choose it again, or another). Where the provider does not
 * name the mandate, the customer's autopay method of that provider is the one that was charged.
 */
async function stopAutopayOn(tx: Tx, payment: { customerId: string; provider: string }, mandateRef: string | null) {
  await tx
    .update(paymentMethods)
    .set({ isDefault: false })
    .where(
      and(
        eq(paymentMethods.customerId, payment.customerId),
        eq(paymentMethods.provider, payment.provider),
        mandateRef ? eq(paymentMethods.mandateRef, mandateRef) : eq(paymentMethods.isDefault, true),
      ),
    );
}

/**
 * The subscriptions an invoice pays for, locked with their plans: a term invoice's own, or every
 * one an order's first invoice started (its lines name them), in id order so that two reversals
 * never lock them crosswise.
 */
async function lockInvoiceSubscriptions(tx: Tx, invoice: Invoice) {
  const ids = invoice.subscriptionId
    ? [invoice.subscriptionId]
    : (
        await tx
          .selectDistinct({ id: invoiceLines.subscriptionId })
          .from(invoiceLines)
          .where(and(eq(invoiceLines.invoiceId, invoice.id), isNotNull(invoiceLines.subscriptionId)))
          .orderBy(asc(invoiceLines.subscriptionId))
      ).map((line) => line.id!);
  const rows = [];
  for (const id of ids) {
    const row = await lockSubscriptionWithPlan(tx, id);
    if (row) rows.push(row);
  }
  return rows;
}
