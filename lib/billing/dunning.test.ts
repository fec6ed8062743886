import { describe, expect, test } from 'vitest';
import {
  dunningEndDate,
  dunningStepDates,
  effectiveDunningSteps,
  statusAfterDunningStep,
  validateDunningPlan,
  type DunningAction,
  type DunningPlan,
  type DunningStep,
} from './dunning';
import type { SubscriptionStatus } from './lifecycle';

const step = (daysAfterDue: number, action: DunningAction, fees: Record<string, number> = {}): DunningStep => ({
  daysAfterDue,
  action,
  fees,
});
const plan = (steps: DunningStep[], overrides: Partial<DunningPlan> = {}): DunningPlan => ({
  steps,
  suspendInsteadOfRemind: false,
  endAfterDays: 30,
  ...overrides,
});

/** The default Norwegian-style process: remind twice with a fee, suspend, warn, terminate. */
const standard = plan([
  step(3, 'remind', { EUR: 500 }),
  step(10, 'remind', { EUR: 750 }),
  step(14, 'suspend'),
  step(21, 'warn'),
  step(30, 'terminate'),
]);

describe('validateDunningPlan', () => {
  test.each<[string, DunningPlan, string[]]>([
    ['no steps (no dunning)', plan([]), ['EUR']],
    ['the standard process', standard, ['EUR']],
    ['day 0 and day 365, end at once', plan([step(0, 'remind'), step(365, 'terminate')], { endAfterDays: 0 }), ['EUR']],
    ['end after 3650 days', plan([step(1, 'terminate')], { endAfterDays: 3650 }), ['EUR']],
    ['fees in two plan currencies, one of them 0', plan([step(7, 'remind', { EUR: 0, NOK: 7000 })]), ['NOK', 'EUR']],
    ['a JPY fee (no decimals)', plan([step(7, 'remind', { JPY: 300 })]), ['JPY']],
    ['a warn with no terminate', plan([step(7, 'warn')]), ['EUR']],
    ['no plan uses it yet: any known currency', plan([step(7, 'remind', { SEK: 6000 })]), []],
  ])('%s is valid', (_name, input, currencies) => {
    expect(validateDunningPlan(input, currencies)).toEqual({ ok: true, value: input });
  });

  test.each<[string, DunningPlan, string[], string]>([
    [
      'a negative day',
      plan([step(-1, 'remind')]),
      ['EUR'],
      'Step 1 must be a whole number of days from 0 to 365 after the due date.',
    ],
    [
      'a day past 365',
      plan([step(7, 'remind'), step(366, 'terminate')]),
      ['EUR'],
      'Step 2 must be a whole number of days from 0 to 365 after the due date.',
    ],
    [
      'a fractional day',
      plan([step(1.5, 'remind')]),
      ['EUR'],
      'Step 1 must be a whole number of days from 0 to 365 after the due date.',
    ],
    [
      'steps going back in time',
      plan([step(3, 'remind'), step(14, 'remind'), step(10, 'suspend')]),
      ['EUR'],
      'Step 3 (day 10) comes before step 2 (day 14): steps must go forward in time.',
    ],
    [
      'two steps on one day',
      plan([step(7, 'remind'), step(7, 'suspend')]),
      ['EUR'],
      'Step 2 is on the same day as step 1 (day 7): steps must go forward in time.',
    ],
    [
      'a terminate that is not the last step',
      plan([step(7, 'terminate'), step(14, 'remind')]),
      ['EUR'],
      'Step 1 terminates the subscription, so it must be the last step.',
    ],
    [
      'two terminates',
      plan([step(7, 'remind'), step(14, 'terminate'), step(21, 'terminate')]),
      ['EUR'],
      'Only one step can terminate the subscription: steps 2 and 3 both do.',
    ],
    [
      'a warn after terminate',
      plan([step(14, 'terminate'), step(21, 'warn')]),
      ['EUR'],
      'Step 2 warns of termination, but step 1 has already terminated the subscription.',
    ],
    ['a negative fee', plan([step(7, 'remind', { EUR: -500 })]), ['EUR'], 'Step 1: the fee in EUR cannot be negative.'],
    [
      'a fractional fee',
      plan([step(7, 'remind', { EUR: 4.5 })]),
      ['EUR'],
      'Step 1: the fee in EUR must be a whole number of minor units, got 4.5.',
    ],
    [
      'an unsafe fee',
      plan([step(7, 'remind'), step(14, 'remind', { EUR: 2 ** 53 })]),
      ['EUR'],
      'Step 2: the fee in EUR is too large.',
    ],
    [
      'a fee in a currency no plan uses',
      plan([step(7, 'remind', { NOK: 7000 })]),
      ['EUR'],
      'Step 1 has a fee in NOK, but the plans using this reminder process are priced in EUR.',
    ],
    [
      'a fee in a currency no plan uses, several plan currencies',
      plan([step(7, 'remind', { EUR: 500 }), step(14, 'suspend', { USD: 500 })]),
      ['SEK', 'EUR', 'NOK', 'EUR'],
      'Step 2 has a fee in USD, but the plans using this reminder process are priced in EUR, NOK and SEK.',
    ],
    [
      'an unknown currency code',
      plan([step(7, 'remind', { XYZ: 500 })]),
      ['EUR'],
      'Step 1 has a fee in "XYZ", which is not a currency code we know (use an ISO code such as EUR).',
    ],
    [
      'a lower-case currency code',
      plan([step(7, 'remind', { eur: 500 })]),
      ['EUR'],
      'Step 1 has a fee in "eur", which is not a currency code we know (use an ISO code such as EUR).',
    ],
    ['an unknown action', plan([step(7, 'shout' as DunningAction)]), ['EUR'], 'Step 1 has an unknown action "shout".'],
    [
      'endAfterDays negative',
      plan([], { endAfterDays: -1 }),
      ['EUR'],
      'The subscription must end a whole number of days from 0 to 3650 after termination.',
    ],
    [
      'endAfterDays past 3650',
      plan([step(7, 'terminate')], { endAfterDays: 3651 }),
      ['EUR'],
      'The subscription must end a whole number of days from 0 to 3650 after termination.',
    ],
  ])('%s', (_name, input, currencies, error) => {
    expect(validateDunningPlan(input, currencies)).toEqual({ ok: false, error });
  });
});

describe('effectiveDunningSteps', () => {
  test.each<[string, DunningPlan, DunningStep[]]>([
    ['remind first: steps as given', standard, standard.steps],
    [
      'suspend instead: reminders dropped, the existing suspension kept',
      { ...standard, suspendInsteadOfRemind: true },
      [step(14, 'suspend'), step(21, 'warn'), step(30, 'terminate')],
    ],
    [
      'suspend instead, no suspension step: one on the first reminder day with its fee',
      plan(
        [step(3, 'remind', { EUR: 500 }), step(10, 'remind', { EUR: 750 }), step(21, 'warn'), step(30, 'terminate')],
        {
          suspendInsteadOfRemind: true,
        },
      ),
      [step(3, 'suspend', { EUR: 500 }), step(21, 'warn'), step(30, 'terminate')],
    ],
    [
      'suspend instead, the first reminder after a warn: the suspension keeps the day order',
      plan([step(2, 'warn'), step(5, 'remind', { NOK: 7000 }), step(40, 'terminate')], {
        suspendInsteadOfRemind: true,
      }),
      [step(2, 'warn'), step(5, 'suspend', { NOK: 7000 }), step(40, 'terminate')],
    ],
    [
      'suspend instead, only reminders: one suspension',
      plan([step(7, 'remind'), step(14, 'remind')], { suspendInsteadOfRemind: true }),
      [step(7, 'suspend')],
    ],
    [
      'suspend instead, no reminders: nothing added',
      plan([step(21, 'warn'), step(30, 'terminate')], { suspendInsteadOfRemind: true }),
      [step(21, 'warn'), step(30, 'terminate')],
    ],
    ['suspend instead, no steps', plan([], { suspendInsteadOfRemind: true }), []],
  ])('%s', (_name, input, expected) => {
    expect(effectiveDunningSteps(input)).toEqual(expected);
  });

  test('returns copies: changing a result does not change the plan', () => {
    const input = plan([step(3, 'remind', { EUR: 500 })], { suspendInsteadOfRemind: true });
    const [suspend] = effectiveDunningSteps(input);
    suspend.fees.EUR = 0;
    expect(input.steps[0]).toEqual(step(3, 'remind', { EUR: 500 }));
  });
});

describe('dunningStepDates', () => {
  test('calendar days in the zone, keeping the local time across the autumn DST change (Europe/Oslo)', () => {
    // Due 2026-10-20 10:00 CEST (+02:00); the clocks go back on 2026-10-25.
    const dueAt = new Date('2026-10-20T08:00:00.000Z');
    const dates = dunningStepDates(dueAt, standard.steps, 'Europe/Oslo');
    expect(dates.map((d) => d.toISOString())).toEqual([
      '2026-10-23T08:00:00.000Z', // +3, still CEST
      '2026-10-30T09:00:00.000Z', // +10, CET: 10:00 local
      '2026-11-03T09:00:00.000Z',
      '2026-11-10T09:00:00.000Z',
      '2026-11-19T09:00:00.000Z',
    ]);
  });

  test('no steps, no dates', () => {
    expect(dunningStepDates(new Date('2026-01-01T00:00:00Z'), [], 'UTC')).toEqual([]);
  });

  test('dunningEndDate: endAfterDays after termination, local time kept', () => {
    const terminatedAt = new Date('2026-03-20T09:00:00.000Z'); // 10:00 CET
    expect(dunningEndDate(terminatedAt, { endAfterDays: 30 }, 'Europe/Amsterdam').toISOString()).toBe(
      '2026-04-19T08:00:00.000Z', // 10:00 CEST
    );
  });
});

describe('statusAfterDunningStep', () => {
  test.each<[DunningAction, SubscriptionStatus | null]>([
    ['remind', 'past_due'],
    ['suspend', 'suspended'],
    ['warn', null],
    ['terminate', 'canceled'],
  ])('%s -> %s', (action, status) => {
    expect(statusAfterDunningStep(action)).toBe(status);
  });
});
