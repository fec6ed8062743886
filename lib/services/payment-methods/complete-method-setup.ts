import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { paymentMethodSetups, type PaymentMethodSetup } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import type { DomainErrorShape } from '@/lib/errors/domain-error';
import { providerById } from '@/lib/payments/providers';
import { methodErrors } from './method-errors';
import { storeSavedMethod } from './store-saved-method';

export type CompletedSetup = {
  status: PaymentMethodSetup['status'];
  /** The open invoice the customer came to pay, when the setup started from a failed charge. */
  invoiceId: string | null;
  paymentMethodId: string | null;
};

const answer = (setup: PaymentMethodSetup): CompletedSetup => ({
  status: setup.status,
  invoiceId: setup.invoiceId,
  paymentMethodId: setup.paymentMethodId,
});

/**
 * The return from the provider's setup flow: asks the provider what happened (never trusts the
 * URL) and, once it says the method is saved, stores it as the one autopay charges. Only the
 * setup's own customer gets anywhere (anyone else: not found). Replaying it, or two returns at
 * once, stores the method once: the setup row is locked and only moves from `open`.
 */
export async function completeMethodSetup(input: { customerId: string; setupId: string; now: Date }): Promise<Result<CompletedSetup, DomainErrorShape>> {
  const [setup] = await db
    .select()
    .from(paymentMethodSetups)
    .where(and(eq(paymentMethodSetups.id, input.setupId), eq(paymentMethodSetups.customerId, input.customerId)));
  if (!setup) return err(methodErrors.setupNotFound());
  return ok(await settleSetup(setup, input.now));
}

/**
 * A provider's webhook naming a setup (Mollie's first payment): the same as the customer's return,
 * for a customer who closed the window before coming back. Null when no setup has that id.
 */
export async function completeProviderSetup(input: { provider: string; providerSetupId: string; now: Date }): Promise<CompletedSetup | null> {
  const [setup] = await db
    .select()
    .from(paymentMethodSetups)
    .where(and(eq(paymentMethodSetups.provider, input.provider), eq(paymentMethodSetups.providerSetupId, input.providerSetupId)));
  return setup ? settleSetup(setup, input.now) : null;
}

async function settleSetup(setup: PaymentMethodSetup, now: Date): Promise<CompletedSetup> {
  if (setup.status !== 'open' || !setup.providerSetupId) return answer(setup);

  const state = await providerById(setup.provider).getSetup(setup.providerSetupId);
  if (state?.status === 'open') return answer(setup);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(paymentMethodSetups).where(eq(paymentMethodSetups.id, setup.id)).for('update');
    if (!current || current.status !== 'open') return answer(current ?? setup);
    if (!state || state.status !== 'succeeded' || !state.mandateRef || !state.details) {
      const status = state?.status === 'canceled' ? 'canceled' : 'failed';
      const [closed] = await tx
        .update(paymentMethodSetups)
        .set({ status, completedAt: now })
        .where(eq(paymentMethodSetups.id, setup.id))
        .returning();
      return answer(closed!);
    }
    const paymentMethodId = await storeSavedMethod(tx, {
      customerId: setup.customerId,
      provider: setup.provider,
      mandateRef: state.mandateRef,
      providerCustomerId: state.providerCustomerId,
      details: state.details,
    });
    const [completed] = await tx
      .update(paymentMethodSetups)
      .set({ status: paymentMethodId ? 'completed' : 'failed', completedAt: now, paymentMethodId })
      .where(eq(paymentMethodSetups.id, setup.id))
      .returning();
    return answer(completed!);
  });
}
