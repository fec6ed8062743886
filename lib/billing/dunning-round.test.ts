import { describe, expect, test } from 'vitest';
import type { DunningStep } from './dunning';
import { dunningBase, dunningCursor, dunningLogAction, dunningLogKey, dunningStepFee, reminderNumber, reopenedDunning } from './dunning-round';

const steps: DunningStep[] = [
  { daysAfterDue: 3, action: 'remind', fees: { EUR: 500 } },
  { daysAfterDue: 10, action: 'remind', fees: { EUR: 750 } },
  { daysAfterDue: 14, action: 'suspend', fees: {} },
  { daysAfterDue: 21, action: 'warn', fees: { EUR: 900 } },
];
const tz = 'Europe/Oslo';
const due = new Date('2026-03-15T09:00:00Z');

describe('dunningLogAction', () => {
  test.each([
    [0, 0, 'dunning:0'],
    [0, 2, 'dunning:2'],
    [1, 0, 'dunning:1.0'],
    [2, 3, 'dunning:2.3'],
  ])('round %i, step %i: %s', (round, position, action) => {
    expect(dunningLogAction(round, position)).toBe(action);
  });
});

describe('dunningLogKey', () => {
  const a = '0190f2a0-0000-7000-8000-000000000001';
  const b = '0190f2a0-0000-7000-8000-000000000002';
  test.each([
    ['a term invoice', { id: a, term: 3, dunningRound: 0 }, 1, { term: 3, action: 'dunning:1' }],
    ['a term invoice, reopened', { id: a, term: 3, dunningRound: 2 }, 0, { term: 3, action: 'dunning:2.0' }],
    ['a proration invoice', { id: a, term: null, dunningRound: 0 }, 1, { term: -1, action: `dunning:1@${a}` }],
    ['a proration invoice, reopened', { id: b, term: null, dunningRound: 1 }, 0, { term: -1, action: `dunning:1.0@${b}` }],
  ])('%s', (_, invoice, position, key) => {
    expect(dunningLogKey(invoice, position)).toEqual(key);
  });

  test('two proration invoices of one subscription never share a step key', () => {
    const first = dunningLogKey({ id: a, term: null, dunningRound: 0 }, 0);
    const second = dunningLogKey({ id: b, term: null, dunningRound: 0 }, 0);
    expect(first).not.toEqual(second);
  });
});

describe('dunningBase', () => {
  test('the due date, or the reopening when there was one', () => {
    const reopened = new Date('2026-04-02T10:00:00Z');
    expect(dunningBase({ dueAt: due, dunningFrom: null })).toEqual(due);
    expect(dunningBase({ dueAt: due, dunningFrom: reopened })).toEqual(reopened);
    expect(() => dunningBase({ dueAt: null, dunningFrom: null })).toThrow(RangeError);
  });
});

describe('dunningCursor', () => {
  test.each([
    [0, 0, '2026-03-18T09:00:00.000Z'],
    [2, 2, '2026-03-29T08:00:00.000Z'], // the same local time after the change to summer time
    [4, null, null],
  ])('at step %i', (position, step, at) => {
    expect(dunningCursor(due, steps, position, tz)).toEqual({ nextDunningStep: step, nextDunningAt: at === null ? null : new Date(at) });
  });

  test('a plan without steps has no cursor', () => {
    expect(dunningCursor(due, [], 0, tz)).toEqual({ nextDunningStep: null, nextDunningAt: null });
  });
});

describe('reopenedDunning', () => {
  test('the next round counts from the reopening, from its first step', () => {
    const at = new Date('2026-04-02T10:00:00Z');
    expect(reopenedDunning({ dunningRound: 1 }, at, steps, tz)).toEqual({
      dunningRound: 2,
      dunningFrom: at,
      nextDunningStep: 0,
      nextDunningAt: new Date('2026-04-05T10:00:00.000Z'),
    });
  });
});

describe('dunningStepFee', () => {
  test.each([
    [0, 'EUR', 500],
    [0, 'NOK', 0],
    [2, 'EUR', 0],
    [3, 'EUR', 0], // a warning never carries a fee, whatever the step says
  ])('step %i in %s: %i', (position, currency, fee) => {
    expect(dunningStepFee(steps[position]!, currency)).toBe(fee);
  });
});

describe('reminderNumber', () => {
  test.each([
    [0, 1],
    [1, 2],
    [3, 2],
  ])('step %i is reminder %i', (position, number) => {
    expect(reminderNumber(steps, position)).toBe(number);
  });
});
