import { describe, expect, test } from 'vitest';
import { decidePlanChange, type ChangePlan, type PlanChangeState } from './plan-change';

const MONTHLY: ChangePlan = { id: 'basic', productId: 'p', currency: 'EUR', intervalUnit: 'month', intervalCount: 1, priceMinor: 1000 };
const PLUS: ChangePlan = { ...MONTHLY, id: 'plus', priceMinor: 2000 };
const CHEAP: ChangePlan = { ...MONTHLY, id: 'cheap', priceMinor: 500 };
const YEARLY: ChangePlan = { ...MONTHLY, id: 'yearly', intervalUnit: 'year', priceMinor: 10_000 };

const state = (overrides: Partial<PlanChangeState> = {}): PlanChangeState => ({
  status: 'active',
  cancelAtPeriodEnd: false,
  currentPeriodEnd: new Date('3100-02-01T00:00:00Z'),
  shopAllows: true,
  customerAllows: true,
  nextTermInvoiced: false,
  current: { ...MONTHLY, quantity: 2, unitPriceMinor: 1000 },
  ...overrides,
});

describe('decidePlanChange', () => {
  test.each([
    ['a dearer plan, same interval: at once', state(), PLUS, 2, { ok: true, timing: 'now' }],
    ['more of the same plan: at once', state(), MONTHLY, 3, { ok: true, timing: 'now' }],
    ['fewer: at the renewal', state(), MONTHLY, 1, { ok: true, timing: 'renewal' }],
    ['a cheaper plan: at the renewal', state(), CHEAP, 2, { ok: true, timing: 'renewal' }],
    ['the same value on another plan: at the renewal', state(), PLUS, 1, { ok: true, timing: 'renewal' }],
    ['another interval, even dearer: at the renewal', state(), YEARLY, 2, { ok: true, timing: 'renewal' }],
    ['an upgrade on a trial: at the renewal (nothing charged to prorate)', state({ status: 'trialing' }), PLUS, 2, { ok: true, timing: 'renewal' }],
    ['a downgrade while past due is fine', state({ status: 'past_due' }), CHEAP, 2, { ok: true, timing: 'renewal' }],
  ])('%s', (_name, s, target, quantity, expected) => {
    expect(decidePlanChange(s, target, quantity)).toEqual(expected);
  });

  test.each([
    ['the shop forbids it', state({ shopAllows: false }), PLUS, 2, 'not_allowed'],
    ['the merchant forbids it for this customer', state({ customerAllows: false }), PLUS, 2, 'not_allowed'],
    ['ended', state({ status: 'ended' }), PLUS, 2, 'not_running'],
    ['paused', state({ status: 'paused' }), PLUS, 2, 'not_running'],
    ['a stop is scheduled', state({ cancelAtPeriodEnd: true }), PLUS, 2, 'stop_scheduled'],
    ['the next term is invoiced', state({ nextTermInvoiced: true }), CHEAP, 2, 'next_term_invoiced'],
    ['quantity 0', state(), MONTHLY, 0, 'bad_quantity'],
    ['quantity 10⁶', state(), MONTHLY, 1_000_000, 'bad_quantity'],
    ['quantity 1.5', state(), MONTHLY, 1.5, 'bad_quantity'],
    ['the plan and quantity it already has', state(), MONTHLY, 2, 'no_change'],
    ['another currency', state(), { ...PLUS, currency: 'NOK' }, 2, 'other_currency'],
    ['another product', state(), { ...PLUS, productId: 'q' }, 2, 'other_product'],
    ['an upgrade while past due', state({ status: 'past_due' }), PLUS, 2, 'past_due'],
  ])('refused: %s', (_name, s, target, quantity, code) => {
    const decided = decidePlanChange(s, target, quantity);
    expect(decided.ok ? null : decided.refusal.code).toBe(code);
  });
});
