import { describe, expect, test } from 'vitest';
import { validateDunningPlan, type DunningPlan } from '@/lib/billing/dunning';
import { parseMoney } from '@/lib/billing/money';
import { validatePlanTerms, type PlanTermsInput } from '@/lib/billing/plan-terms';
import { isManageCode, manageLocalizer } from '@/lib/i18n/manage-messages';
import { amountProblemCode, billingProblemCode } from './catalog-problem-codes';

const terms = (overrides: Partial<PlanTermsInput>): PlanTermsInput => ({
  interval: { unit: 'month', count: 1 },
  priceMinor: 3200,
  currency: 'EUR',
  setupFeeMinor: 0,
  trialDays: 0,
  commitmentMonths: null,
  maxInstalments: null,
  announceDaysBefore: 14,
  invoiceDaysBefore: 7,
  paymentTermsDays: 14,
  offerPriceMinor: null,
  offerTerms: null,
  ...overrides,
});
const process = (steps: DunningPlan['steps'], endAfterDays = 30): DunningPlan => ({ steps, endAfterDays, suspendInsteadOfRemind: false });
const refusal = (result: { ok: boolean; error?: string }) => {
  expect(result.ok).toBe(false);
  return result.error!;
};
const dutch = manageLocalizer('nl').text;

// Every rule of the billing core a plan or a reminder process can break, once.
const PLAN_RULES: Partial<PlanTermsInput>[] = [
  { interval: { unit: 'fortnight' as 'day', count: 1 } },
  { interval: { unit: 'week', count: 0 } },
  { priceMinor: 1.5 },
  { priceMinor: -1 },
  { priceMinor: Number.MAX_SAFE_INTEGER + 2 },
  { currency: 'XXX' },
  { setupFeeMinor: -5 },
  { trialDays: 366 },
  { commitmentMonths: 0 },
  { maxInstalments: 0 },
  { announceDaysBefore: 91 },
  { invoiceDaysBefore: -1 },
  { announceDaysBefore: 3, invoiceDaysBefore: 7 },
  { paymentTermsDays: 121 },
  { offerPriceMinor: 900 },
  { offerPriceMinor: -1, offerTerms: 2 },
  { offerPriceMinor: 900, offerTerms: 0 },
  { offerPriceMinor: 9900, offerTerms: 2 },
];
const DUNNING_RULES: [DunningPlan, string[]][] = [
  [process([], -1), []],
  [process([{ daysAfterDue: 3, action: 'nag' as 'remind', fees: {} }]), []],
  [process([{ daysAfterDue: 400, action: 'remind', fees: {} }]), []],
  [process([{ daysAfterDue: 10, action: 'remind', fees: {} }, { daysAfterDue: 5, action: 'suspend', fees: {} }]), []],
  [process([{ daysAfterDue: 10, action: 'remind', fees: {} }, { daysAfterDue: 10, action: 'suspend', fees: {} }]), []],
  [process([{ daysAfterDue: 10, action: 'terminate', fees: {} }, { daysAfterDue: 20, action: 'terminate', fees: {} }]), []],
  [process([{ daysAfterDue: 10, action: 'terminate', fees: {} }, { daysAfterDue: 20, action: 'warn', fees: {} }]), []],
  [process([{ daysAfterDue: 10, action: 'terminate', fees: {} }, { daysAfterDue: 20, action: 'remind', fees: {} }]), []],
  [process([{ daysAfterDue: 10, action: 'remind', fees: { XXX: 100 } }]), []],
  [process([{ daysAfterDue: 10, action: 'remind', fees: { NOK: 100 } }]), ['EUR', 'SEK']],
  [process([{ daysAfterDue: 10, action: 'remind', fees: { EUR: 1.5 } }]), ['EUR']],
  [process([{ daysAfterDue: 10, action: 'remind', fees: { EUR: -1 } }]), ['EUR']],
  [process([{ daysAfterDue: 10, action: 'remind', fees: { EUR: Number.MAX_SAFE_INTEGER + 2 } }]), ['EUR']],
];

describe('the billing core’s refusals of plans and reminder processes reach staff as codes', () => {
  test.each(PLAN_RULES)('plan terms %o', (overrides) => {
    const code = billingProblemCode(refusal(validatePlanTerms(terms(overrides))));
    expect(isManageCode(code), code).toBe(true);
    expect(dutch(code)).not.toBe(code);
  });

  test.each(DUNNING_RULES)('reminder process %o', (plan, currencies) => {
    const code = billingProblemCode(refusal(validateDunningPlan(plan, currencies)));
    expect(isManageCode(code), code).toBe(true);
  });

  test.each(['', '-3', '3.2.1', '3.125', 'x'.repeat(2) + '9'.repeat(20)].map((text) => [text]))('an amount %j', (text) => {
    const parsed = parseMoney(text, 'EUR');
    const code = amountProblemCode(refusal(parsed as { ok: boolean; error?: string }), 'setupFee');
    expect(isManageCode(code), code).toBe(true);
  });

  test('worded in Dutch with their arguments', () => {
    expect(dutch(billingProblemCode(refusal(validatePlanTerms(terms({ interval: { unit: 'week', count: 0 } })))))).toMatch(/^Het factuurinterval moet een geheel aantal weken zijn van 1 tot \d+\.$/);
    expect(dutch(billingProblemCode(refusal(validatePlanTerms(terms({ announceDaysBefore: 3, invoiceDaysBefore: 7 })))))).toBe(
      'De aankondiging (3 dagen voor de termijn) mag niet na de factuur komen (7 dagen ervoor).',
    );
    expect(dutch(billingProblemCode(refusal(validateDunningPlan(DUNNING_RULES[9]![0], ['EUR', 'SEK']))))).toBe(
      'Stap 1 heeft een vergoeding in NOK, maar de abonnementen die dit herinneringsproces gebruiken zijn geprijsd in EUR, SEK.',
    );
    expect(dutch(amountProblemCode('EUR amounts have at most 2 decimals.', 'price'))).toBe('Bedragen in EUR hebben hoogstens 2 decimalen.');
    expect(dutch(amountProblemCode('Enter an amount.', 'offerPrice'))).toBe('Vul de actieprijs in.');
  });

  test('a sentence the table does not know passes unchanged (and the tests above would fail on it)', () => {
    expect(billingProblemCode('Something new.')).toBe('Something new.');
    expect(isManageCode('Something new.')).toBe(false);
  });
});
