import { PaymentMethod, PaymentStatus, type Payment } from '@mollie/api-client';
import type { FailureKind, ProviderChargeback, ProviderPayment, ProviderPaymentStatus } from '../types';
import { fromMollieAmount } from './mollie-amount';
import { cardCountryOf } from '../card-country';
import { bankFailureKind, cardFailureKind } from './mollie-failure-kind';
import { formatMollieMandateRef } from './mollie-mandate-ref';

type Failure = { reason: string | null; kind: FailureKind; chargeback?: ProviderChargeback };

/**
 * What a Mollie payment (read with `embed=chargebacks`) means for us. A chargeback leaves the
 * payment `paid` at Mollie, with the reversed money in `amountChargedBack` and the chargebacks
 * listed; one that Mollie later reversed (`reversedAt`) no longer counts.
 */
export function toProviderPayment(payment: Payment): ProviderPayment {
  const chargeback = payment.status === PaymentStatus.paid ? activeChargeback(payment) : null;
  const status: ProviderPaymentStatus = chargeback ? 'charged_back' : statusOf(payment.status);
  const failure = chargeback ?? (status === 'failed' ? failureOf(payment) : null);
  // A charged-back payment names its mandate too: the one a disputed debit must not be charged on again.
  const mandateRef =
    (status === 'paid' || status === 'charged_back') && payment.customerId && payment.mandateId
      ? formatMollieMandateRef({ customerId: payment.customerId, mandateId: payment.mandateId })
      : null;
  return {
    providerPaymentId: payment.id,
    status,
    failureReason: failure?.reason ?? null,
    failureKind: failure?.kind ?? null,
    mandateRef,
    method: payment.method ?? null,
    // Only a card payment's details have it (creditcard; Apple Pay's card too).
    cardCountry: cardCountryOf((payment.details as Record<string, unknown> | null | undefined)?.cardCountryCode),
    ...(chargeback ? { chargeback: chargeback.chargeback ?? null } : {}),
  };
}

export function statusOf(status: PaymentStatus): ProviderPaymentStatus {
  switch (status) {
    case PaymentStatus.open:
      return 'open';
    // Authorized (captured later) and pending (a debit or transfer on its way) are not money yet.
    case PaymentStatus.pending:
    case PaymentStatus.authorized:
      return 'pending';
    case PaymentStatus.paid:
      return 'paid';
    case PaymentStatus.failed:
      return 'failed';
    // The payer walked away or let the checkout lapse: no money, nothing to classify.
    case PaymentStatus.canceled:
    case PaymentStatus.expired:
      return 'canceled';
    default:
      throw new Error(`Unknown Mollie payment status "${String(status)}"`);
  }
}

function failureOf(payment: Payment): Failure {
  const details = readDetails(payment.details);
  if (payment.method === PaymentMethod.directdebit) {
    const code = details.bankReasonCode ?? payment.statusReason?.code ?? null;
    return { reason: details.bankReason ?? payment.statusReason?.message ?? code, kind: bankFailureKind(code) };
  }
  const code = details.failureReason ?? payment.statusReason?.code ?? null;
  return { reason: details.failureMessage ?? payment.statusReason?.message ?? code, kind: cardFailureKind(code) };
}

function activeChargeback(payment: Payment): Failure | null {
  const listed = payment._embedded?.chargebacks;
  if (listed) {
    const active = listed.filter((chargeback) => !chargeback.reversedAt).at(-1);
    if (!active) return null;
    const code = active.reason?.code ?? null;
    return {
      reason: active.reason?.description ?? code ?? 'Charged back',
      // A bounced debit says why in its SEPA code; a disputed card payment is never charged again.
      // NOTE: a debit returned with no code counts as disputed by the payer: permanent.
      kind: payment.method === PaymentMethod.directdebit && code ? bankFailureKind(code) : 'permanent',
      chargeback: { at: new Date(active.createdAt), reasonCode: code, feeMinor: chargebackFee(active.amount, active.settlementAmount) },
    };
  }
  const chargedBack = /[1-9]/.test(payment.amountChargedBack?.value ?? '') || Boolean(payment._links.chargebacks);
  return chargedBack ? { reason: 'Charged back', kind: 'permanent' } : null;
}

type MollieAmount = { currency: string; value: string };

/**
 * The fee of a chargeback where Mollie reports one: its settlement amount (negative, what leaves
 * the merchant's balance) taking more than the amount charged back, in the same currency. Mollie
 * states no fee of its own on the chargeback; a settlement in another currency tells none.
 */
function chargebackFee(amount: MollieAmount | undefined, settlement: MollieAmount | null | undefined): number | null {
  if (!amount || !settlement || settlement.currency !== amount.currency) return null;
  const fee = -fromMollieAmount(settlement) - fromMollieAmount(amount);
  return fee > 0 ? fee : null;
}

type FailureDetails = { failureReason?: string; failureMessage?: string; bankReasonCode?: string; bankReason?: string };

/** The failure fields of the method-specific `details`, whichever method it is. */
function readDetails(details: Payment['details']): FailureDetails {
  if (!details) return {};
  const text = (key: string) => {
    const value = (details as Record<string, unknown>)[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  return {
    failureReason: text('failureReason'),
    failureMessage: text('failureMessage'),
    bankReasonCode: text('bankReasonCode'),
    bankReason: text('bankReason'),
  };
}
