import { db } from '@/db/client';
import { err, ok, type Result } from '@/lib/billing/result';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { checkoutProvider } from '@/lib/payments/providers';
import { ProviderUnavailableError, type ProviderPayment } from '@/lib/payments/types';
import { resolveInDoubtCheckout } from '@/lib/services/payments/checkout-attempt';
import { failSepaIntent } from '@/lib/services/payments/fail-sepa-intent';
import { failCheckoutAttempt, storeProviderCheckout } from '@/lib/services/payments/open-provider-checkout';
import { writeSepaDebitAttempt, type SepaDebitStarted } from './sepa-debit-attempt';
import { settlePayment } from './settle-payment';
import { sepaMandateReference } from '@/lib/payments/sepa/mandate-reference';
import { queueSepaDebitNotice } from '@/lib/services/email/queue-sepa-debit-notice';

export type { SepaDebitStarted } from './sepa-debit-attempt';

export { sepaMandateReference } from '@/lib/payments/sepa/mandate-reference';

/**
 * Pays an order by SEPA direct debit from the account holder and IBAN the customer entered and
 * the mandate they confirmed on our page: the provider records the mandate, the order's amount is
 * debited on it, and the outcome is settled as any checkout's (paid: the order is fulfilled and
 * the mandate kept for renewals; pending: the bank has not settled yet, the webhook or the sweep
 * finish it). An order with nothing to pay today (a free trial) only leaves the mandate: the
 * order is fulfilled on it, and the first renewal after the trial is debited on it.
 *
 * NOTE: as in startOrderPayment, the provider is called with no lock held: (1) under the order's
 * lock our intent is written and committed (writeSepaDebitAttempt); (2) the mandate and (3) the
 * debit are made at the provider, keyed by the intent's id so a retry never debits twice; (4) the
 * outcome is stored and settled, each step taking its own short lock. A process that dies between
 * (3) and (4) leaves an intent with no provider id, which the stale-payments sweep (or the next
 * submit, once the call cannot still be running) looks up at the provider by that id. One that
 * dies between (2) and (3) leaves a mandate and no debit: the same lookup finds no debit, and the
 * mandate, found by the same id, is revoked as the intent fails (failSepaIntent), before the next
 * submit makes another.
 */
export async function startSepaDebitOrder(input: {
  orderId: string;
  customerId: string;
  accountHolder: string;
  /** Checked already (parseSepaIban): compact, upper case. */
  iban: string;
  baseUrl: string;
  now: Date;
}): Promise<Result<SepaDebitStarted, DomainErrorShape>> {
  const provider = checkoutProvider();
  const { createDebitMandate } = provider;
  if (!createDebitMandate) return err(domainError('sepa_on_provider_page', 'SEPA direct debit is taken on the payment provider’s own page here. Please go back and press Pay again.'));
  let chosen = await writeSepaDebitAttempt(input, provider);
  if (chosen.ok && 'inDoubt' in chosen.value) {
    // Asked long ago and never answered: attached to what the provider made, or failed; then decided anew.
    await resolveInDoubtCheckout(chosen.value.inDoubt, input.now);
    chosen = await writeSepaDebitAttempt(input, provider);
  }
  if (!chosen.ok) return chosen;
  if ('inDoubt' in chosen.value) return err(domainError('sepa_being_set_up', 'Your direct debit is being set up. Please wait a moment and reload the page.'));
  if ('settled' in chosen.value) return ok(chosen.value.settled);
  const payment = chosen.value.payment;

  let mandate;
  try {
    mandate = await createDebitMandate.call(provider, {
      reference: payment.id,
      accountHolder: input.accountHolder,
      iban: input.iban,
      signedAt: input.now,
      mandateReference: sepaMandateReference(payment.id),
    });
  } catch (error) {
    // No debit was asked for: the attempt ends here and the customer can try again. A timed-out
    // call may have made the mandate all the same: it is looked up and revoked with the attempt.
    const timedOut = error instanceof ProviderUnavailableError;
    if (!timedOut) await failCheckoutAttempt(payment.id, 'The payment provider refused the mandate', input.now);
    else if (!(await endedWithItsMandate(payment.id, 'The payment provider did not answer in time', input.now))) return err(beingConfirmed);
    return err(
      timedOut
        ? domainError('provider_timeout', 'The payment provider did not answer in time. Nothing was debited: please try again.')
        : domainError('sepa_refused', 'The payment provider did not accept this account for a direct debit. Check the IBAN and the account holder, or choose another payment method.'),
    );
  }

  if (payment.amountMinor === 0) {
    // Nothing to debit today (a free trial): the order starts on the mandate alone.
    const settled = await settlePayment({ paymentId: payment.id, now: input.now, mandateOnly: { mandateRef: mandate.mandateRef } });
    if (settled.status === 'paid') await queueSepaDebitNotice(db, { paymentId: payment.id, kind: 'mandate', at: input.now });
    return ok({ status: settled.status, orderId: input.orderId, paymentId: payment.id });
  }

  const charge = { idempotencyKey: payment.id, mandateRef: mandate.mandateRef, providerCustomerId: mandate.providerCustomerId };
  let debit: ProviderPayment | null;
  try {
    debit = await provider.chargeMandate({
      ...charge,
      reference: payment.id,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      description: `Order ${input.orderId.slice(0, 8)}`,
      webhookUrl: `${input.baseUrl}/api/webhooks/${provider.id}`,
    });
  } catch (error) {
    if (!(error instanceof ProviderUnavailableError)) throw error;
    // The provider may have taken the debit before the answer was lost: asked once by its key.
    // NOTE: only a lookup that answered "none" ends the intent; one that failed too leaves it in
    // doubt for the sweep, as the debit may well exist.
    const lookup = await provider.findPayment({ kind: 'charge', ...charge, since: payment.createdAt }).then(
      (found) => ({ answered: true as const, found }),
      () => ({ answered: false as const, found: null }),
    );
    if (!lookup.answered) return err(beingConfirmed);
    debit = lookup.found;
    if (!debit) {
      // No debit: the mandate made for it is revoked with the attempt (the next try makes a new one).
      if (!(await endedWithItsMandate(payment.id, 'The payment provider did not answer in time', input.now, mandate.mandateRef))) return err(beingConfirmed);
      return err(domainError('provider_timeout', 'The payment provider did not answer in time. Nothing was debited: please try again.'));
    }
  }
  await storeProviderCheckout(payment.id, { providerPaymentId: debit.providerPaymentId, checkoutUrl: null });
  // The saved method names the masked account the intent kept (saveMandate), whenever it settles.
  const settled = await settlePayment({ paymentId: payment.id, now: input.now });
  // The pre-notification the mandate promises: what is debited, from which account, by whom.
  if (settled.status === 'pending' || settled.status === 'paid') await queueSepaDebitNotice(db, { paymentId: payment.id, kind: 'announced', at: input.now });
  return ok({ status: settled.status, orderId: input.orderId, paymentId: payment.id });
}

const beingConfirmed = domainError('sepa_being_confirmed', 'Your direct debit is being confirmed with the bank’s payment provider. Please reload this page in a few minutes; nothing will be debited twice.');

/**
 * Fails an intent with no debit together with its mandate (failSepaIntent). `false` when the
 * provider could not be asked for the mandate: the intent then stays in doubt for the sweep.
 */
async function endedWithItsMandate(paymentId: string, reason: string, now: Date, mandateRef?: string): Promise<boolean> {
  try {
    await failSepaIntent(paymentId, { reason, now, mandateRef });
    return true;
  } catch (error) {
    if (error instanceof ProviderUnavailableError) return false;
    throw error;
  }
}
