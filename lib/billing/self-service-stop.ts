import type { SubscriptionStatus } from './lifecycle';

/** Why a customer stops: a short list the merchant can count, plus an optional note. */
export const STOP_REASONS = ['too_expensive', 'not_using', 'missing_features', 'switching', 'temporary', 'other'] as const;
export type StopReason = (typeof STOP_REASONS)[number];

export type StopRefusal =
  | { code: 'not_allowed' }
  | { code: 'not_running' }
  | { code: 'already_scheduled' }
  | { code: 'in_commitment'; commitmentEndsAt: Date }
  | { code: 'next_term_invoiced'; periodEnd: Date };

export type SelfServiceStopState = {
  status: SubscriptionStatus;
  cancelAtPeriodEnd: boolean;
  currentPeriodEnd: Date;
  commitmentEndsAt: Date | null;
  /** The shop lets customers stop (shop_settings.customers_can_stop). */
  shopAllows: boolean;
  /** The merchant lets this customer stop (customers.can_cancel). */
  customerAllows: boolean;
  /** The term after the running one is already invoiced (the invoice step runs days before it). */
  nextTermInvoiced: boolean;
};

const RUNNING: readonly SubscriptionStatus[] = ['trialing', 'active', 'past_due'];

/**
 * Whether a customer may stop a subscription at the end of its running term: the merchant allows
 * it (for the shop and for this customer), it is running and not already stopping, the term ends
 * on or after the commitment, and the next term is not invoiced yet (a stop after that would end
 * the subscription with an invoice open for a term nobody serves). Null: allowed.
 */
export function stopRefusal(state: SelfServiceStopState): StopRefusal | null {
  if (!state.shopAllows || !state.customerAllows) return { code: 'not_allowed' };
  if (!RUNNING.includes(state.status)) return { code: 'not_running' };
  if (state.cancelAtPeriodEnd) return { code: 'already_scheduled' };
  if (state.commitmentEndsAt && state.currentPeriodEnd.getTime() < state.commitmentEndsAt.getTime()) {
    return { code: 'in_commitment', commitmentEndsAt: state.commitmentEndsAt };
  }
  if (state.nextTermInvoiced) return { code: 'next_term_invoiced', periodEnd: state.currentPeriodEnd };
  return null;
}

export type UndoRefusal = { code: 'not_allowed' } | { code: 'not_scheduled' };

/**
 * Whether a scheduled stop may be undone: only before it happened (the subscription still runs
 * and is marked to stop), and only when the merchant lets the customer manage it.
 */
export function undoStopRefusal(state: Pick<SelfServiceStopState, 'status' | 'cancelAtPeriodEnd' | 'shopAllows' | 'customerAllows'>): UndoRefusal | null {
  if (!state.shopAllows || !state.customerAllows) return { code: 'not_allowed' };
  if (!state.cancelAtPeriodEnd || !RUNNING.includes(state.status)) return { code: 'not_scheduled' };
  return null;
}

/**
 * What Min Side offers for one subscription: the stop (allowed now), its undoing (a stop is
 * scheduled), the date a commitment ends (a stop is allowed from then), or nothing (the merchant
 * does not allow it, or the subscription does not run). What it offers, the server allows.
 */
export type StopOffer = { kind: 'stop' } | { kind: 'undo' } | { kind: 'commitment'; until: Date } | { kind: 'none' };

export function stopOffer(state: SelfServiceStopState): StopOffer {
  const refusal = stopRefusal(state);
  if (refusal === null) return { kind: 'stop' };
  if (refusal.code === 'already_scheduled') return undoStopRefusal(state) === null ? { kind: 'undo' } : { kind: 'none' };
  if (refusal.code === 'in_commitment') return { kind: 'commitment', until: refusal.commitmentEndsAt };
  return { kind: 'none' };
}
