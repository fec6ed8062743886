import type { FailureKind } from '../types';

/**
 * Card failures (`details.failureReason`) after which a new card is needed.
 * NOTE: Mollie has no separate lost or stolen code: such cards are declined as `card_declined`,
 * so that counts as permanent too. Everything not listed here (insufficient_funds,
 * refused_by_issuer, authentication_abandoned, unknown_reason, codes Mollie adds later) is
 * temporary: a later attempt on the same card can pass.
 */
const PERMANENT_CARD_REASONS = new Set([
  'card_declined',
  'card_expired',
  'inactive_card',
  'invalid_card_number',
  'invalid_card_type',
  'invalid_card_holder_name',
  'invalid_cvv',
  'authentication_failed',
  'authentication_required',
  'possible_fraud',
]);

/**
 * SEPA reason codes (`details.bankReasonCode`, a chargeback's `reason.code`) after which the
 * mandate cannot be debited again: wrong or closed account, account blocked for debits, no valid
 * mandate, the payer reversed or refused the debit, the holder died. AM04 (insufficient funds),
 * MS03 (no reason given) and unknown codes are temporary.
 */
const PERMANENT_BANK_CODES = new Set(['AC01', 'AC04', 'AC06', 'MD01', 'MD06', 'MD07', 'MS02']);

export function cardFailureKind(failureReason: string | null): FailureKind {
  return failureReason && PERMANENT_CARD_REASONS.has(failureReason) ? 'permanent' : 'temporary';
}

export function bankFailureKind(reasonCode: string | null): FailureKind {
  return reasonCode && PERMANENT_BANK_CODES.has(reasonCode.toUpperCase()) ? 'permanent' : 'temporary';
}
