import { describe, expect, test } from 'vitest';
import { oneOffChargeLine, oneOffChargeRefusal, oneOffShopRateBp } from './one-off-charge';

describe('oneOffShopRateBp', () => {
  const plan = { taxClass: 'standard' as const, taxRateBp: 2500 };
  test.each([
    ['the plan’s own class: the plan’s rate wins', 'standard', 'NO', 2500],
    ['reduced in Norway: the table’s reduced rate', 'reduced', 'NO', 1500],
    ['reduced where there is none (Denmark)', 'reduced', 'DK', 0],
    ['zero-rated', 'zero', 'NO', 0],
    ['exempt', 'exempt', 'NO', 0],
    ['a seller country the table does not know', 'reduced', null, 0],
  ] as const)('%s', (_what, taxClass, country, rate) => {
    expect(oneOffShopRateBp(taxClass, plan, country)).toBe(rate);
  });
});

test('a one-off line is one unit, VAT included and rounded once', () => {
  expect(oneOffChargeLine({ description: 'Replacement box', amountMinor: 12_345, rateBp: 2500, category: 'S' })).toEqual({
    kind: 'one_off',
    ref: null,
    description: 'Replacement box',
    quantity: 1,
    unitAmountMinor: 12_345,
    amountMinor: 12_345,
    taxRateBp: 2500,
    taxMinor: 2469,
    vatCategory: 'S',
  });
});

test('only an ended subscription refuses a charge', () => {
  expect(oneOffChargeRefusal('ended')).toEqual({ code: 'ended' });
  for (const status of ['active', 'trialing', 'past_due', 'paused', 'suspended', 'canceled']) expect(oneOffChargeRefusal(status)).toBeNull();
});
