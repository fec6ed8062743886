import { describe, expect, test } from 'vitest';
import type { DunningStep } from './dunning';
import { orderDunningCursor, orderDunningLogAction, orderDunningSteps, orderReminderNumber } from './order-dunning';

const step = (daysAfterDue: number, action: DunningStep['action'], fees: Record<string, number> = {}): DunningStep => ({ daysAfterDue, action, fees });

describe('orderDunningSteps', () => {
  test.each([
    ['no process: no follow-up at all', [], []],
    [
      'the standard process: every notice a reminder, the termination the lapse',
      [step(1, 'remind'), step(14, 'remind', { EUR: 250 }), step(21, 'suspend'), step(28, 'warn'), step(42, 'terminate')],
      [
        { action: 'remind', daysAfterDue: 1 },
        { action: 'remind', daysAfterDue: 14 },
        { action: 'remind', daysAfterDue: 21 },
        { action: 'remind', daysAfterDue: 28 },
        { action: 'lapse', daysAfterDue: 42 },
      ],
    ],
    [
      'no termination: the order lapses a week after the last reminder',
      [step(3, 'remind'), step(10, 'suspend')],
      [
        { action: 'remind', daysAfterDue: 3 },
        { action: 'remind', daysAfterDue: 10 },
        { action: 'lapse', daysAfterDue: 17 },
      ],
    ],
    ['termination only: it lapses on that day, unreminded', [step(30, 'terminate')], [{ action: 'lapse', daysAfterDue: 30 }]],
  ])('%s', (_name, steps, expected) => {
    expect(orderDunningSteps(steps)).toEqual(expected);
  });
});

describe('orderDunningCursor and the log', () => {
  const steps = orderDunningSteps([step(1, 'remind'), step(14, 'remind'), step(42, 'terminate')]);
  const due = new Date('3890-03-15T09:00:00Z');
  test('each step dated from the due date in the shop zone; past the lapse, none', () => {
    expect(orderDunningCursor(due, steps, 0, 'Europe/Oslo')).toEqual({ nextDunningStep: 0, nextDunningAt: new Date('3890-03-16T09:00:00Z') });
    // Across the change to summer time (last Sunday of March): the same wall-clock hour.
    expect(orderDunningCursor(due, steps, 2, 'Europe/Oslo')).toEqual({ nextDunningStep: 2, nextDunningAt: new Date('3890-04-26T08:00:00Z') });
    expect(orderDunningCursor(due, steps, 3, 'Europe/Oslo')).toEqual({ nextDunningStep: null, nextDunningAt: null });
  });
  test('reminders are numbered, and each step has its own log action', () => {
    expect([0, 1].map((p) => orderReminderNumber(steps, p))).toEqual([1, 2]);
    expect([0, 1, 2].map((p) => orderDunningLogAction(steps, p))).toEqual(['order:remind:0', 'order:remind:1', 'order:lapse']);
  });
});
