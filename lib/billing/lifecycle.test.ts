import { describe, expect, test } from 'vitest';
import {
  allowedEvents,
  subscriptionEvents,
  subscriptionStatuses,
  transition,
  type SubscriptionEvent,
  type SubscriptionStatus,
} from './lifecycle';

const legal: [SubscriptionStatus, SubscriptionEvent, SubscriptionStatus][] = [
  ['trialing', 'trial_ended', 'active'],
  ['trialing', 'payment_succeeded', 'trialing'],
  ['trialing', 'cancel', 'canceled'],
  ['trialing', 'end', 'ended'],
  ['active', 'payment_succeeded', 'active'],
  ['active', 'payment_failed', 'past_due'],
  ['active', 'pause', 'paused'],
  ['active', 'cancel', 'canceled'],
  ['active', 'end', 'ended'],
  ['past_due', 'payment_succeeded', 'active'],
  ['past_due', 'payment_failed', 'past_due'],
  ['past_due', 'suspend', 'suspended'],
  ['past_due', 'cancel', 'canceled'],
  ['past_due', 'end', 'ended'],
  ['suspended', 'payment_succeeded', 'active'],
  ['suspended', 'payment_failed', 'suspended'],
  ['suspended', 'cancel', 'canceled'],
  ['suspended', 'end', 'ended'],
  ['paused', 'resume', 'active'],
  ['paused', 'payment_succeeded', 'paused'],
  ['paused', 'cancel', 'canceled'],
  ['paused', 'end', 'ended'],
  ['canceled', 'reactivate', 'active'],
  ['canceled', 'payment_succeeded', 'canceled'],
  ['canceled', 'payment_failed', 'canceled'],
  ['canceled', 'end', 'ended'],
  ['ended', 'payment_succeeded', 'ended'],
];

describe('transition', () => {
  test.each(legal)('%s + %s -> %s', (state, event, next) => {
    expect(transition(state, event)).toEqual({ ok: true, value: next });
  });

  // Every (state, event) pair not in the table above must be refused.
  const legalKeys = new Set(legal.map(([state, event]) => `${state}:${event}`));
  const illegal = subscriptionStatuses.flatMap((state) =>
    subscriptionEvents.filter((event) => !legalKeys.has(`${state}:${event}`)).map((event) => [state, event] as const),
  );

  test('the illegal pairs are the rest of the 7 x 9 grid', () => {
    expect(legal.length + illegal.length).toBe(63);
    expect(illegal.length).toBe(36);
  });

  test.each(illegal)('%s + %s is refused', (state, event) => {
    const result = transition(state, event);
    expect(result.ok).toBe(false);
  });

  test.each([
    ['paused', 'pause', 'A paused subscription cannot take the event "pause".'],
    ['past_due', 'pause', 'A past due subscription cannot take the event "pause".'],
    ['ended', 'reactivate', 'An ended subscription cannot take the event "reactivate".'],
    ['trialing', 'payment_failed', 'A trialing subscription cannot take the event "payment_failed".'],
    ['canceled', 'cancel', 'A canceled subscription cannot take the event "cancel".'],
    ['active', 'resume', 'An active subscription cannot take the event "resume".'],
    ['active', 'suspend', 'An active subscription cannot take the event "suspend".'],
  ] as const)('%s + %s says why', (state, event, error) => {
    expect(transition(state, event)).toEqual({ ok: false, error });
  });

  test('a payment at any point of dunning restores active', () => {
    for (const state of ['past_due', 'suspended'] as const) {
      expect(transition(state, 'payment_succeeded')).toEqual({ ok: true, value: 'active' });
    }
  });

  test('an unknown status is a bug', () => {
    expect(() => transition('frozen' as SubscriptionStatus, 'end')).toThrow(RangeError);
  });
});

describe('allowedEvents', () => {
  test.each([
    ['trialing', ['trial_ended', 'payment_succeeded', 'cancel', 'end']],
    ['active', ['payment_succeeded', 'payment_failed', 'pause', 'cancel', 'end']],
    ['paused', ['payment_succeeded', 'resume', 'cancel', 'end']],
    ['ended', ['payment_succeeded']],
  ] as const)('%s accepts %j', (state, events) => {
    expect(allowedEvents(state)).toEqual(events);
  });
});
