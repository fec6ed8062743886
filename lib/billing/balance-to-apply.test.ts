import { describe, expect, test } from 'vitest';
import { balanceToApply } from './balance-to-apply';

describe('balanceToApply', () => {
  test.each([
    ['no balance', 0, 4200, 0],
    ['a balance below the invoice pays part of it', 1500, 4200, 1500],
    ['a balance above the invoice pays all of it', 9000, 4200, 4200],
    ['exactly the invoice', 4200, 4200, 4200],
    ['a negative balance pays nothing', -300, 4200, 0],
    ['an invoice of 0 takes nothing', 500, 0, 0],
  ])('%s', (_, balance, owed, applied) => {
    expect(balanceToApply(balance, owed)).toBe(applied);
  });

  test('amounts must be whole minor units', () => {
    expect(() => balanceToApply(10.5, 100)).toThrow();
  });
});
