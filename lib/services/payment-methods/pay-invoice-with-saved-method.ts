import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { invoices, payments } from '@/db/schema';
import { getAutopayMethod } from '@/db/queries/payments/get-autopay-method';
import { amountOwed } from '@/lib/billing/amount-owed';
import { err, ok, type Result } from '@/lib/billing/result';
import { ProviderUnavailableError } from '@/lib/payments/types';
import type { DomainErrorShape } from '@/lib/errors/domain-error';
import { runCharge, type ChargeOutcome } from '@/lib/services/billing/run-charge';
import { nextAttempt } from '@/lib/services/payments/apply-payment';
import { methodErrors } from './method-errors';

/**
 * "Pay the open invoice with this method": after a failed charge and a newly saved method, the
 * customer confirms the amount they were shown and the invoice is charged on the method autopay
 * now uses, through the engine's own charge (runCharge), at once.
 *
 * One charge per invoice at a time: the invoice is locked, an autopay attempt still waiting (a
 * scheduled retry) is brought forward and moved to the new method instead of adding another, and
 * a second confirmation finds the invoice paid, or the same attempt, whose id is the provider's
 * idempotency key.
 */
export async function payInvoiceWithSavedMethod(input: {
  customerId: string;
  invoiceId: string;
  /** What the customer saw and confirmed; refused when the invoice now owes something else. */
  amountMinor: number;
  now: Date;
}): Promise<Result<ChargeOutcome, DomainErrorShape>> {
  const prepared = await db.transaction(async (tx) => {
    const [invoice] = await tx
      .select()
      .from(invoices)
      .where(and(eq(invoices.id, input.invoiceId), eq(invoices.customerId, input.customerId)))
      .for('update');
    if (!invoice) return err(methodErrors.invoiceNotFound());
    const owed = amountOwed(invoice);
    if (invoice.status !== 'open' || owed <= 0) return err(methodErrors.nothingToPay());
    if (owed !== input.amountMinor) return err(methodErrors.amountChanged());
    const method = await getAutopayMethod(tx, input.customerId);
    if (!method) return err(methodErrors.noMethod());

    const pending = await tx
      .select()
      .from(payments)
      .where(and(eq(payments.invoiceId, invoice.id), eq(payments.source, 'autopay'), eq(payments.status, 'pending')));
    if (pending.some((payment) => payment.providerPaymentId)) return err(methodErrors.chargeInProgress());
    const charge = { provider: method.provider, method: method.type, amountMinor: owed, currency: invoice.currency, chargeAt: input.now };
    const waiting = pending[0];
    if (waiting) {
      await tx.update(payments).set(charge).where(eq(payments.id, waiting.id));
      return ok(waiting.id);
    }
    const [created] = await tx
      .insert(payments)
      .values({
        customerId: invoice.customerId,
        invoiceId: invoice.id,
        attempt: await nextAttempt(tx, invoice.id),
        status: 'pending',
        source: 'autopay',
        ...charge,
      })
      .returning({ id: payments.id });
    return ok(created!.id);
  });
  if (!prepared.ok) return prepared;
  try {
    return ok(await runCharge(prepared.value, input.now));
  } catch (error) {
    // Unknown whether the provider took it: the attempt stays pending and the billing sweep asks
    // again with the same key, so the customer is told it is being processed.
    if (error instanceof ProviderUnavailableError) return ok({ status: 'pending', reason: null, retry: null });
    throw error;
  }
}
