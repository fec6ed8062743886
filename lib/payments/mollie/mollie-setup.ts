import { MandateMethod, SequenceType, type Mandate, type MollieClient, type Payment } from '@mollie/api-client';
import { maskIban } from '../mask-iban';
import type { MethodDetails, ProviderSetup, SetupRequest } from '../types';
import { toMollieAmount } from './mollie-amount';
import { callMollie, isMollieNotFound } from './mollie-call';
import { formatMollieMandateRef } from './mollie-mandate-ref';
import { mollieCheckoutMethod } from './mollie-methods';
import { statusOf } from './mollie-payment-state';

/**
 * Saving a method at Mollie is a `first` payment for the customer: zero for a card or PayPal
 * (Mollie verifies the card without charging it), and the smallest amount, 0.01, for the bank
 * methods that leave a SEPA debit mandate (they cannot pay nothing).
 */
export function setupAmountMinor(method: string): number {
  return method === 'card' || method === 'paypal' ? 0 : 1;
}

export async function createMollieSetup(
  mollie: MollieClient,
  timeoutMs: number,
  request: SetupRequest & { customerId: string; profileId?: string },
): Promise<{ providerSetupId: string; redirectUrl: string }> {
  const { method } = mollieCheckoutMethod(request.method, true);
  const payment = await callMollie('setup payment creation', timeoutMs, () =>
    mollie.payments.create({
      amount: toMollieAmount(setupAmountMinor(request.method), request.currency),
      description: request.description,
      method,
      sequenceType: SequenceType.first,
      customerId: request.customerId,
      redirectUrl: request.returnUrl,
      webhookUrl: request.webhookUrl,
      metadata: { setup: request.reference },
      idempotencyKey: `setup-${request.reference}`,
      ...(request.profileId ? { profileId: request.profileId } : {}),
    }),
  );
  const redirectUrl = payment.getCheckoutUrl();
  if (!redirectUrl) throw new Error(`Mollie payment ${payment.id} has no checkout URL`);
  return { providerSetupId: payment.id, redirectUrl };
}

/** The setup's first payment and, once it is paid, the mandate it left (read for its details). */
export async function getMollieSetup(mollie: MollieClient, timeoutMs: number, providerSetupId: string): Promise<ProviderSetup | null> {
  const payment = await callMollie(`reading ${providerSetupId}`, timeoutMs, async () => {
    try {
      return await mollie.payments.get(providerSetupId);
    } catch (error) {
      if (isMollieNotFound(error)) return null;
      throw error;
    }
  });
  if (!payment) return null;
  const status = setupStatus(payment);
  if (status !== 'succeeded' || !payment.customerId || !payment.mandateId) {
    return { providerSetupId, status: status === 'succeeded' ? 'open' : status, mandateRef: null, providerCustomerId: payment.customerId ?? null, details: null };
  }
  const { customerId, mandateId } = payment;
  const mandate = await callMollie(`reading mandate ${mandateId}`, timeoutMs, () => mollie.customerMandates.get(mandateId, { customerId }));
  return {
    providerSetupId,
    status: 'succeeded',
    mandateRef: formatMollieMandateRef({ customerId, mandateId }),
    providerCustomerId: customerId,
    details: mandateDetails(mandate),
  };
}

/** A setup is its first payment: paid means the mandate exists; pending or authorized is not final yet. */
function setupStatus(payment: Payment): ProviderSetup['status'] {
  const status = statusOf(payment.status);
  if (status === 'paid') return 'succeeded';
  return status === 'failed' || status === 'canceled' ? status : 'open';
}

/** A Mollie mandate's details in our words: card brand, last four and expiry; a masked IBAN. */
export function mandateDetails(mandate: Mandate): MethodDetails {
  const none = { brand: null, last4: null, expiryMonth: null, expiryYear: null, ibanMasked: null };
  const details = mandate.details as unknown as Record<string, string | null | undefined>;
  if (mandate.method === MandateMethod.creditcard) {
    // cardExpiryDate is the last day of the expiry month: "2028-12-31".
    const [year, month] = (details.cardExpiryDate ?? '').split('-').map(Number);
    return {
      ...none,
      type: 'card',
      brand: details.cardLabel ?? null,
      last4: details.cardNumber ? details.cardNumber.slice(-4) : null,
      expiryMonth: month || null,
      expiryYear: year || null,
    };
  }
  if (mandate.method === MandateMethod.paypal) return { ...none, type: 'paypal' };
  const account = details.consumerAccount ?? null;
  return { ...none, type: 'sepa_debit', last4: account ? account.slice(-4) : null, ibanMasked: account ? maskIban(account) : null };
}
