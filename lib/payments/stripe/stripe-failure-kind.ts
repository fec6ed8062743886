import type { FailureKind } from '../types';

/**
 * Decline and error codes after which a new payment method is needed: the card is gone, wrong,
 * blocked or needs its holder present; the debited account is closed or the debit unauthorised.
 */
const PERMANENT_CODES = new Set([
  'expired_card',
  'lost_card',
  'stolen_card',
  'pickup_card',
  'restricted_card',
  'incorrect_number',
  'invalid_number',
  'invalid_account',
  'card_not_supported',
  'currency_not_supported',
  'authentication_required',
  'fraudulent',
  'do_not_try_again',
  'revocation_of_authorization',
  'revocation_of_all_authorizations',
  'stop_payment_order',
  'account_closed',
  'no_account',
  'bank_account_restricted',
  'bank_account_unusable',
  'debit_not_authorized',
  'payment_method_not_available',
]);

/** Codes after which the same method can pass later. */
const TEMPORARY_CODES = new Set([
  'insufficient_funds',
  'processing_error',
  'try_again_later',
  'issuer_not_available',
  'reenter_transaction',
  'approve_with_id',
  'card_velocity_exceeded',
  'withdrawal_count_limit_exceeded',
]);

export type StripeDecline = { declineCode?: string | null; code?: string | null; adviceCode?: string | null };

/**
 * The issuer's decline code is the most specific, then Stripe's error code, then the network's
 * advice; a code we do not know counts as temporary, as an unexplained decline often passes later.
 */
export function stripeFailureKind(decline: StripeDecline): FailureKind {
  for (const code of [decline.declineCode, decline.code]) {
    if (code && PERMANENT_CODES.has(code)) return 'permanent';
    if (code && TEMPORARY_CODES.has(code)) return 'temporary';
  }
  if (decline.adviceCode === 'do_not_try_again' || decline.adviceCode === 'confirm_card_data') return 'permanent';
  return 'temporary';
}
