import { and, eq, isNull, sql } from 'drizzle-orm';
import { builtOnceQuery, valueFor } from '@/db/built-once';
import { db } from '@/db/client';
import { invoices, paymentMethods, payments, type Invoice, type Payment, type PaymentMethod } from '@/db/schema';
import { providerById } from '@/lib/payments/providers';
import { ProviderUnavailableError, type PaymentProvider } from '@/lib/payments/types';
import { recordChargeOutcome, type ChargeOutcome } from '@/lib/services/payments/record-charge-outcome';

export type { ChargeOutcome } from '@/lib/services/payments/record-charge-outcome';

const PAYMENT_ID = 'paymentId';
/** Built once: the engine runs a charge per autopay attempt, thousands in the demo history (db/built-once.ts). */
const chargeStatement = builtOnceQuery<{ payment: Payment; invoice: Invoice }>(() =>
  db
    .select({ payment: payments, invoice: invoices })
    .from(payments)
    .innerJoin(invoices, eq(payments.invoiceId, invoices.id))
    .where(eq(payments.id, valueFor(payments.id, PAYMENT_ID))),
);
const mandateStatement = builtOnceQuery<PaymentMethod>(() =>
  db
    .select()
    .from(paymentMethods)
    .where(and(eq(paymentMethods.customerId, valueFor(paymentMethods.customerId, 'customerId')), eq(paymentMethods.isDefault, true)))
    .limit(1),
);
const requestedStatement = builtOnceQuery<never>(() =>
  db
    .update(payments)
    .set({ providerRequestedAt: sql`coalesce(${payments.providerRequestedAt}, ${sql.placeholder('requestedAt')}::timestamptz)` })
    .where(and(eq(payments.id, valueFor(payments.id, PAYMENT_ID)), eq(payments.status, 'pending'), isNull(payments.providerPaymentId))),
);

/**
 * Charges one prepared autopay attempt through its provider, then records the outcome.
 *
 * NOTE: the payment row's id is the provider's idempotency key, and no lock or transaction is
 * held during the provider call. Before the call the row gets its providerRequestedAt. An attempt
 * that has one was asked before and never answered (a timeout, a crash): the provider is asked
 * for that charge first (findPayment by the key), and what it took is recorded, before the
 * attempt is charged again or canceled. A provider's own idempotency keys expire (Mollie after an
 * hour, Stripe after a day), so a plain retry alone could charge twice.
 */
export async function runCharge(paymentId: string, now: Date): Promise<ChargeOutcome> {
  const [row] = await chargeStatement(db, { [PAYMENT_ID]: paymentId });
  if (!row) throw new Error(`Charge ${paymentId} does not exist`);
  if (row.payment.status !== 'pending' || row.payment.providerPaymentId) return { status: 'skipped', reason: null, retry: null };
  if (row.payment.chargeAt && row.payment.chargeAt > now) return { status: 'skipped', reason: 'Not due yet', retry: null };
  // Dated on the attempt's own date (its issue step, or its retry), like every engine step: both
  // drivers write the same rows however late they run.
  const at = row.payment.chargeAt ?? now;
  const [mandate] = await mandateStatement(db, { customerId: row.payment.customerId });
  const provider = providerById(row.payment.provider);

  if (row.payment.providerRequestedAt && mandate?.mandateRef) {
    const taken = await findCharge(provider, paymentId, mandate, row.payment.providerRequestedAt);
    if (taken) return recordChargeOutcome({ paymentId, state: taken, now: at });
  }
  if (row.invoice.status !== 'open') {
    // Paid meanwhile (bank transfer, the pay link) or voided: nothing left to charge.
    await db.update(payments).set({ status: 'canceled', failureReason: `Invoice is ${row.invoice.status}` }).where(eq(payments.id, paymentId));
    return { status: 'skipped', reason: `Invoice is ${row.invoice.status}`, retry: null };
  }
  if (!mandate?.mandateRef) return { status: 'skipped', reason: 'No payment method on file', retry: null };

  // Wall-clock: when the first real call started (a lookup searches from there).
  const requestedAt = row.payment.providerRequestedAt ?? new Date();
  await requestedStatement(db, { [PAYMENT_ID]: paymentId, requestedAt: requestedAt.toISOString() });
  let result;
  try {
    result = await provider.chargeMandate({
      idempotencyKey: row.payment.id,
      mandateRef: mandate.mandateRef,
      amountMinor: row.payment.amountMinor,
      currency: row.payment.currency,
      description: `Invoice ${row.invoice.number}`,
      providerCustomerId: mandate.providerCustomerId,
    });
  } catch (error) {
    // NOTE: unknown whether the provider took the charge. Asked once now; if it still cannot say,
    // the error propagates and the attempt stays pending, to be asked again first (the sweep's
    // next round, or Inngest's retry of this step).
    if (!(error instanceof ProviderUnavailableError)) throw error;
    const taken = await findCharge(provider, paymentId, mandate, requestedAt).catch(() => null);
    if (!taken) throw error;
    result = taken;
  }
  return recordChargeOutcome({ paymentId, state: result, now: at });
}

/** The charge an earlier call made under this attempt's key, if the provider took it. */
async function findCharge(provider: PaymentProvider, paymentId: string, mandate: PaymentMethod, since: Date) {
  return provider.findPayment({
    kind: 'charge',
    idempotencyKey: paymentId,
    mandateRef: mandate.mandateRef!,
    providerCustomerId: mandate.providerCustomerId,
    since,
  });
}
