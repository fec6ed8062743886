import { err, ok, type Result } from './result';

export const subscriptionStatuses = [
  'trialing',
  'active',
  'past_due',
  'suspended',
  'paused',
  'canceled',
  'ended',
] as const;
export type SubscriptionStatus = (typeof subscriptionStatuses)[number];

export const subscriptionEvents = [
  'trial_ended',
  'payment_succeeded',
  'payment_failed',
  'suspend',
  'pause',
  'resume',
  'cancel',
  'reactivate',
  'end',
] as const;
export type SubscriptionEvent = (typeof subscriptionEvents)[number];

/**
 * Every legal transition. Anything missing is illegal and `transition` says so.
 *
 * NOTE: some events keep the state on purpose, and are listed so they are legal:
 * - a payment on a trialing subscription is the checkout's setup fee: the trial goes on;
 * - another failed retry during dunning keeps the dunning state (the schedule moves on);
 * - renewals are paid every term on an active subscription;
 * - a canceled subscription runs to the end of its period and its invoices are still paid or
 *   dunned; a paused or ended one can still receive a late payment for an older invoice.
 * Any payment during dunning (past_due or suspended) restores `active`.
 * `canceled` means "ends at period end"; `end` is the actual end, from any live state.
 */
const TRANSITIONS: Readonly<Record<SubscriptionStatus, Partial<Record<SubscriptionEvent, SubscriptionStatus>>>> = {
  trialing: { trial_ended: 'active', payment_succeeded: 'trialing', cancel: 'canceled', end: 'ended' },
  active: {
    payment_succeeded: 'active',
    payment_failed: 'past_due',
    pause: 'paused',
    cancel: 'canceled',
    end: 'ended',
  },
  past_due: {
    payment_succeeded: 'active',
    payment_failed: 'past_due',
    suspend: 'suspended',
    cancel: 'canceled',
    end: 'ended',
  },
  suspended: { payment_succeeded: 'active', payment_failed: 'suspended', cancel: 'canceled', end: 'ended' },
  paused: { resume: 'active', payment_succeeded: 'paused', cancel: 'canceled', end: 'ended' },
  canceled: { reactivate: 'active', payment_succeeded: 'canceled', payment_failed: 'canceled', end: 'ended' },
  ended: { payment_succeeded: 'ended' },
};

export function transition(state: SubscriptionStatus, event: SubscriptionEvent): Result<SubscriptionStatus> {
  const transitions = TRANSITIONS[state];
  if (transitions === undefined) throw new RangeError(`Unknown subscription status "${state}"`);
  const next = Object.hasOwn(transitions, event) ? transitions[event] : undefined;
  if (next === undefined) {
    const name = state.replace('_', ' ');
    return err(`${/^[aeiou]/.test(name) ? 'An' : 'A'} ${name} subscription cannot take the event "${event}".`);
  }
  return ok(next);
}

/** The events a subscription in `state` accepts, for showing only the actions that can work. */
export function allowedEvents(state: SubscriptionStatus): SubscriptionEvent[] {
  return subscriptionEvents.filter((event) => Object.hasOwn(TRANSITIONS[state], event));
}
