import type { Tx } from '@/db/client';
import { payments, type Customer, type Plan } from '@/db/schema';
import { getAutopayMethod } from '@/db/queries/payments/get-autopay-method';
import { dunningCursor, type DunningCursor } from '@/lib/billing/dunning-round';
import { addDaysInZone } from '@/lib/billing/periods';
import { REAL_TIME } from '@/lib/services/billing/clock-scope';
import { dunningStepsFor, loadEngineContext } from '@/lib/services/billing/engine-context';
import { queueInvoiceEmail } from '@/lib/services/email/send-invoice-email';

/**
 * When an invoice finalized outside the renewal run (an upgrade's proration, a subscription a
 * merchant starts) falls due, and where its dunning begins: the plan's payment terms and
 * reminder process, as for a term's own invoice.
 */
export async function openInvoiceTerms(
  tx: Tx,
  input: { customer: Customer; plan: Plan; timeZone: string; now: Date },
): Promise<{ dueAt: Date } & DunningCursor> {
  const ctx = await loadEngineContext(tx, input.customer.testClockId ? { kind: 'test-clock', clockId: input.customer.testClockId } : REAL_TIME);
  const dueAt = addDaysInZone(input.now, input.plan.paymentTermsDays, input.timeZone);
  return { dueAt, ...dunningCursor(dueAt, dunningStepsFor(ctx, input.plan.dunningPlanId), 0, ctx.timeZone) };
}

/**
 * Collects an open invoice like a term's `issue`: an attempt on the customer's autopay method (to
 * charge with runCharge after the commit), else the invoice is e-mailed with its PDF and pay link.
 * Returns the attempt's id, or null when the invoice was e-mailed.
 */
export async function collectOpenInvoice(
  tx: Tx,
  input: {
    invoiceId: string;
    customerId: string;
    amountMinor: number;
    currency: string;
    now: Date;
    sendOnly?: boolean;
    /** The attempt's number: 2 when the customer's balance already paid part as attempt 1. */
    attempt?: number;
  },
): Promise<string | null> {
  // `sendOnly`: the merchant chose to send this invoice even to a customer with autopay.
  const mandate = input.sendOnly ? null : await getAutopayMethod(tx, input.customerId);
  if (!mandate) {
    await queueInvoiceEmail(tx, input.invoiceId);
    return null;
  }
  const [payment] = await tx
    .insert(payments)
    .values({
      customerId: input.customerId,
      invoiceId: input.invoiceId,
      attempt: input.attempt ?? 1,
      status: 'pending',
      source: 'autopay',
      provider: mandate.provider,
      method: mandate.type,
      amountMinor: input.amountMinor,
      currency: input.currency,
      chargeAt: input.now,
    })
    .returning({ id: payments.id });
  return payment!.id;
}
