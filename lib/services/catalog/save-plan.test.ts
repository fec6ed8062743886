import { describe, expect, test } from 'vitest';
import type { DunningStep } from '@/lib/billing/dunning';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import {
  createCatalogProduct,
  createDunningPlanRow,
  editPlanInput,
  newPlanInput,
  planRow,
  planRows,
  CATALOG_ACTOR,
} from './catalog-fixture';
import { auditEntriesOf } from '@/lib/services/audit/audit-test-fixtures';
import { editPlanSchema } from '@/lib/validations/catalog';
import { savePlan as savePlanCoded } from './save-plan';
import { inEnglish } from '@/test/support/catalog-in-english';

// The services answer message codes; these tests read them as staff reading English do.
const savePlan = inEnglish(savePlanCoded);

const REMINDERS_EUR: DunningStep[] = [
  { daysAfterDue: 1, action: 'remind', fees: {} },
  { daysAfterDue: 14, action: 'remind', fees: { EUR: 250 } },
];

describe('savePlan refuses what the engine could not run, beside the field, writing nothing', () => {
  test.each([
    ['a zero interval', { intervalCount: 0 }, 'intervalCount', 'The billing interval must be a whole number of months from 1 to 120.'],
    ['a negative interval', { intervalCount: -1 }, 'intervalCount', 'The billing interval must be a whole number of months from 1 to 120.'],
    ['an interval that is not a number', { intervalCount: Number.NaN }, 'intervalCount', 'whole number of months from 1 to 120'],
    ['a weekly interval past 10 years', { intervalUnit: 'week' as const, intervalCount: 521 }, 'intervalCount', 'of weeks from 1 to 520'],
    ['a negative price', { price: '-5.00' }, 'price', 'The price cannot be negative.'],
    ['a price with too many decimals', { price: '32.005' }, 'price', 'EUR amounts have at most 2 decimals.'],
    ['a price that is not an amount', { price: 'abc' }, 'price', 'Enter the price like 32.50'],
    ['a negative setup fee', { setupFee: '-1' }, 'setupFee', 'The setup fee cannot be negative.'],
    ['a trial of a year and a day', { trialDays: 366 }, 'trialDays', 'The trial must be a whole number of days from 0 to 365.'],
    ['a commitment of 0 months', { commitmentMonths: 0 }, 'commitmentMonths', 'The commitment must be a whole number of months'],
    ['0 instalments', { maxInstalments: 0 }, 'maxInstalments', 'The maximum number of instalments'],
    ['an announcement 91 days ahead', { announceDaysBefore: 91 }, 'announceDaysBefore', 'from 0 to 90 before the term'],
    [
      'an announcement after the invoice',
      { announceDaysBefore: 3, invoiceDaysBefore: 7 },
      'announceDaysBefore',
      'The announcement (3 days before the term) must not come after the invoice (7 days before).',
    ],
    ['a negative invoice day', { invoiceDaysBefore: -1 }, 'invoiceDaysBefore', 'The invoice must be made a whole number of days'],
    ['payment terms of 121 days', { paymentTermsDays: 121 }, 'paymentTermsDays', 'Payment terms must be a whole number of days from 0 to 120.'],
    ['an offer price without terms', { offerPrice: '10' }, 'offerTerms', 'A campaign needs both'],
    ['offer terms without a price', { offerTerms: 3 }, 'offerPrice', 'A campaign needs both'],
    ['an offer above the list price', { offerPrice: '40', offerTerms: 3 }, 'offerPrice', 'The offer price (€40.00) cannot be above the list price (€32.00).'],
    ['an offer of 0 terms', { offerPrice: '10', offerTerms: 0 }, 'offerTerms', 'The offer must last a whole number of terms from 1 to 120.'],
  ])('%s', async (_case, overrides, field, message) => {
    const { product } = await createCatalogProduct();
    const result = await savePlan(newPlanInput(product.id, overrides), CATALOG_ACTOR);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain(message);
    expect(Object.keys(result.error.fieldErrors)).toEqual([field]);
    expect(result.error.fieldErrors[field]).toContain(message);
    expect(await planRows(product.id)).toEqual([]);
  });

  test('every unreadable amount is answered at once', async () => {
    const { product } = await createCatalogProduct();
    const result = await savePlan(newPlanInput(product.id, { price: '-1', setupFee: '1,2,3', offerPrice: '1.234', offerTerms: 1 }), CATALOG_ACTOR);
    expect(result).toEqual({
      ok: false,
      error: {
        message: 'Please correct the marked fields.',
        fieldErrors: {
          price: 'The price cannot be negative.',
          setupFee: expect.stringContaining('at most one decimal separator'),
          offerPrice: 'EUR amounts have at most 2 decimals.',
        },
      },
    });
  });

  test('an edit that is refused leaves the plan exactly as it was', async () => {
    const { product } = await createCatalogProduct();
    const input = newPlanInput(product.id);
    const created = await savePlan(input, CATALOG_ACTOR);
    if (!created.ok) throw new Error(created.error.message);
    const before = await planRow(created.value.id);
    const refused = await savePlan(editPlanInput(input, created.value.id, { name: 'Renamed', price: '20', intervalCount: 0 }), CATALOG_ACTOR);
    expect(refused.ok).toBe(false);
    expect(await planRow(created.value.id)).toEqual(before);
  });

  test('an unknown plan or product is refused', async () => {
    const { product } = await createCatalogProduct();
    const unknownPlan = await savePlan(editPlanInput(newPlanInput(product.id), crypto.randomUUID()), CATALOG_ACTOR);
    expect(unknownPlan).toMatchObject({ ok: false, error: { message: expect.stringContaining('That plan does not exist') } });
    const unknownProduct = await savePlan(newPlanInput(crypto.randomUUID()), CATALOG_ACTOR);
    expect(unknownProduct).toMatchObject({ ok: false, error: { message: expect.stringContaining('That product does not exist') } });
  });

  test('a code already used by another plan is refused beside the code', async () => {
    const { product } = await createCatalogProduct();
    const result = await savePlan(newPlanInput(product.id, { code: 'trendhouse-monthly' }), CATALOG_ACTOR);
    expect(result).toEqual({
      ok: false,
      error: {
        message: 'Another plan already has the code "trendhouse-monthly". Choose another.',
        fieldErrors: { code: 'Another plan already has the code "trendhouse-monthly". Choose another.' },
      },
    });
    expect(await planRows(product.id)).toEqual([]);
  });
});

describe('savePlan writes exactly what was asked', () => {
  test('a new plan: amounts typed in major units, in the plan currency, after the product’s plans', async () => {
    const { product } = await createCatalogProduct();
    const dunning = await createDunningPlanRow(REMINDERS_EUR);
    const first = await savePlan(newPlanInput(product.id), CATALOG_ACTOR);
    const input = newPlanInput(product.id, {
      name: 'Quarterly campaign',
      intervalCount: 3,
      price: '90,00',
      setupFee: '4.9',
      taxRate: 2100,
      trialDays: 14,
      commitmentMonths: 12,
      maxInstalments: 4,
      announceDaysBefore: 10,
      invoiceDaysBefore: 10,
      paymentTermsDays: 0,
      dunningPlanId: dunning.id,
      offerPrice: '45',
      offerTerms: 2,
      active: false,
    });
    const second = await savePlan(input, CATALOG_ACTOR);
    expect(first.ok && second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.value.created).toBe(true);
    expect(await planRow(second.value.id)).toEqual({
      id: second.value.id,
      productId: product.id,
      variantId: null,
      code: input.code,
      name: 'Quarterly campaign',
      intervalUnit: 'month',
      intervalCount: 3,
      priceMinor: 9000,
      currency: 'EUR',
      setupFeeMinor: 490,
      trialDays: 14,
      commitmentMonths: 12,
      maxInstalments: 4,
      taxRateBp: 2100,
      taxClass: 'standard',
      announceDaysBefore: 10,
      invoiceDaysBefore: 10,
      paymentTermsDays: 0,
      dunningPlanId: dunning.id,
      offerPriceMinor: 4500,
      offerTerms: 2,
      nextPlanId: null,
      active: false,
      position: 2,
    });
  });

  test('an edit changes the fields asked and keeps code, currency and position', async () => {
    const { product } = await createCatalogProduct();
    const input = newPlanInput(product.id, { currency: 'JPY', price: '3200' });
    const created = await savePlan(input, CATALOG_ACTOR);
    if (!created.ok) throw new Error(created.error.message);
    const before = (await planRow(created.value.id))!;
    const edited = await savePlan(
      editPlanInput(input, created.value.id, { name: 'Yearly', intervalUnit: 'year', price: '30000', announceDaysBefore: 30, active: false }),
      CATALOG_ACTOR,
    );
    expect(edited).toEqual({ ok: true, value: { id: created.value.id, created: false } });
    expect(await planRow(created.value.id)).toEqual({
      ...before,
      name: 'Yearly',
      intervalUnit: 'year',
      priceMinor: 30000,
      announceDaysBefore: 30,
      active: false,
    });
  });
});

describe('savePlan checks the reminder process against the currencies of its plans', () => {
  test('a process charging a fee in NOK cannot be chosen by a EUR plan', async () => {
    const { product } = await createCatalogProduct();
    const nok = await createDunningPlanRow([
      { daysAfterDue: 1, action: 'remind', fees: {} },
      { daysAfterDue: 14, action: 'remind', fees: { NOK: 7000 } },
    ]);
    const result = await savePlan(newPlanInput(product.id, { dunningPlanId: nok.id }), CATALOG_ACTOR);
    const message = `This plan cannot use the reminder process "${nok.name}": Step 2 has a fee in NOK, but the plans using this reminder process are priced in EUR.`;
    expect(result).toEqual({ ok: false, error: { message, fieldErrors: { dunningPlanId: message } } });
    expect(await planRows(product.id)).toEqual([]);
  });

  test('the currencies of the other plans using it count too; leaving a process is always allowed', async () => {
    const { product } = await createCatalogProduct();
    const eur = await createDunningPlanRow(REMINDERS_EUR);
    const eurInput = newPlanInput(product.id, { dunningPlanId: eur.id });
    const eurPlan = await savePlan(eurInput, CATALOG_ACTOR);
    // A NOK plan on a process with a EUR fee: the EUR plan still uses it, so the fee is fine.
    const nokPlan = await savePlan(newPlanInput(product.id, { currency: 'NOK', price: '349', dunningPlanId: eur.id }), CATALOG_ACTOR);
    expect(eurPlan.ok && nokPlan.ok).toBe(true);
    if (!eurPlan.ok) return;
    // The EUR plan leaves: the process now has a EUR fee only NOK plans see. Leaving is allowed
    // (it charges nothing in a currency nobody pays); coming back is checked again and fits.
    expect((await savePlan(editPlanInput(eurInput, eurPlan.value.id, { dunningPlanId: null }), CATALOG_ACTOR)).ok).toBe(true);
    expect((await savePlan(editPlanInput(eurInput, eurPlan.value.id, { dunningPlanId: eur.id }), CATALOG_ACTOR)).ok).toBe(true);
  });

  test('an unknown process is refused beside the select', async () => {
    const { product } = await createCatalogProduct();
    const result = await savePlan(newPlanInput(product.id, { dunningPlanId: crypto.randomUUID() }), CATALOG_ACTOR);
    expect(result).toMatchObject({ ok: false, error: { fieldErrors: { dunningPlanId: expect.stringContaining('does not exist') } } });
  });
});

describe('a plan with running subscriptions keeps its interval', () => {
  test('a new interval is refused; a new price is saved (subscriptions keep the price they agreed)', async () => {
    const { product } = await createCatalogProduct();
    const input = newPlanInput(product.id);
    const created = await savePlan(input, CATALOG_ACTOR);
    if (!created.ok) throw new Error(created.error.message);
    const clock = await createTestClock({ name: 'catalog interval', startAt: new Date('2026-01-31T09:00:00Z') });
    const subscribed = await subscribeSimulatedCustomer({ clockId: clock.id, planId: created.value.id, autopay: false });
    expect(subscribed.ok).toBe(true);

    const before = await planRow(created.value.id);
    const moved = await savePlan(editPlanInput(input, created.value.id, { intervalCount: 3 }), CATALOG_ACTOR);
    expect(moved).toMatchObject({
      ok: false,
      error: { fieldErrors: { intervalCount: expect.stringContaining('1 subscription renews on this plan every month') } },
    });
    expect(await planRow(created.value.id)).toEqual(before);
    expect((await savePlan(editPlanInput(input, created.value.id, { price: '35' }), CATALOG_ACTOR)).ok).toBe(true);
    expect((await planRow(created.value.id))!.priceMinor).toBe(3500);
  });
});

describe('a campaign can move its subscribers to another plan after the offer', () => {
  const field = (message: string) => ({ ok: false, error: { fieldErrors: { nextPlanId: expect.stringContaining(message) } } });

  test('only to another plan of the same interval and currency, without an offer of its own, and only with an offer', async () => {
    const { product } = await createCatalogProduct();
    const saved = async (overrides: Parameters<typeof newPlanInput>[1]) => {
      const result = await savePlan(newPlanInput(product.id, overrides), CATALOG_ACTOR);
      if (!result.ok) throw new Error(result.error.message);
      return result.value.id;
    };
    const monthly = await saved({ price: '40.00' });
    const yearly = await saved({ intervalUnit: 'year' });
    const nok = await saved({ currency: 'NOK' });
    const withOffer = await saved({ offerPrice: '1.00', offerTerms: 2 });
    const offer = { offerPrice: '1.00', offerTerms: 3 };

    expect(await savePlan(newPlanInput(product.id, { nextPlanId: monthly }), CATALOG_ACTOR)).toMatchObject(field('needs an offer'));
    expect(await savePlan(newPlanInput(product.id, { ...offer, nextPlanId: yearly }), CATALOG_ACTOR)).toMatchObject(field('same interval'));
    expect(await savePlan(newPlanInput(product.id, { ...offer, nextPlanId: nok }), CATALOG_ACTOR)).toMatchObject(field('in NOK'));
    expect(await savePlan(newPlanInput(product.id, { ...offer, nextPlanId: withOffer }), CATALOG_ACTOR)).toMatchObject(field('offer of its own'));
    expect(await savePlan(newPlanInput(product.id, { ...offer, nextPlanId: crypto.randomUUID() }), CATALOG_ACTOR)).toMatchObject(field('does not exist'));
    const edited = await savePlan(editPlanInput(newPlanInput(product.id, { ...offer, nextPlanId: monthly }), monthly), CATALOG_ACTOR);
    expect(edited).toMatchObject(field('stays on this plan'));

    const campaign = await saved({ ...offer, nextPlanId: monthly });
    expect(await planRow(campaign)).toMatchObject({ offerTerms: 3, nextPlanId: monthly });
  });
});

describe('a plan’s tax class, for the VAT rules abroad', () => {
  test('is saved from the form and audited; a class the rules do not know is refused on its field', async () => {
    const { product } = await createCatalogProduct();
    const input = newPlanInput(product.id);
    const created = await savePlan(input, CATALOG_ACTOR);
    if (!created.ok) throw new Error(created.error.message);
    expect((await planRow(created.value.id))!.taxClass).toBe('standard');

    const form = { ...Object.fromEntries(Object.entries(editPlanInput(input, created.value.id)).map(([k, v]) => [k, v === null ? '' : String(v)])), taxRate: '9', taxClass: 'reduced', active: 'on' };
    const parsed = editPlanSchema.parse(form);
    expect(parsed.taxClass).toBe('reduced');
    expect(await savePlan(parsed, CATALOG_ACTOR)).toEqual({ ok: true, value: { id: created.value.id, created: false } });
    expect((await planRow(created.value.id))!.taxClass).toBe('reduced');
    const [update] = (await auditEntriesOf('plan', created.value.id)).filter((e) => e.action === 'plan.update');
    expect(update).toMatchObject({ before: { taxClass: 'standard' }, after: { taxClass: 'reduced' } });

    const refused = editPlanSchema.safeParse({ ...form, taxClass: 'luxury' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({ path: ['taxClass'], message: 'taxClassInvalid' });
  });
});
