import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Viewer } from '@/lib/auth/viewer';
import {
  createCatalogProduct,
  createDunningPlanRow,
  dunningPlanRow,
  newPlanInput,
  planRow,
  planRows,
  stepRows,
  CATALOG_ACTOR,
} from '@/lib/services/catalog/catalog-fixture';
import { savePlan } from '@/lib/services/catalog/save-plan';

// The session is what these tests vary; Next's request-bound helpers are stubbed.
const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock('@/lib/auth/viewer', () => ({
  getViewer: async () => viewer.current,
  isMerchant: (v: Viewer | null) => v?.role === 'owner' || v?.role === 'admin',
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { url });
  },
}));

const { savePlanAction } = await import('./save-plan-action');
const { saveDunningPlanAction } = await import('./save-dunning-plan-action');

const OWNER: Viewer = { userId: 'u1', email: 'merchant@example.com', role: 'owner', customerId: null };
const CUSTOMER: Viewer = { userId: 'u2', email: 'customer@example.com', role: 'customer', customerId: 'c2' };
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

/** The plan form as the browser posts it (an unchecked box is simply absent). */
const planFields = (overrides: Record<string, string> = {}): Record<string, string> => ({
  name: 'Monthly',
  price: '32.00',
  intervalCount: '1',
  intervalUnit: 'month',
  taxRate: '9',
  setupFee: '',
  trialDays: '0',
  commitmentMonths: '',
  maxInstalments: '',
  announceDaysBefore: '14',
  invoiceDaysBefore: '7',
  paymentTermsDays: '14',
  dunningPlanId: '',
  offerPrice: '',
  offerTerms: '',
  active: 'on',
  ...overrides,
});

async function existingPlan() {
  const { product } = await createCatalogProduct();
  const created = await savePlan(newPlanInput(product.id), CATALOG_ACTOR);
  if (!created.ok) throw new Error(created.error.message);
  return { product, planId: created.value.id };
}

beforeEach(() => {
  viewer.current = OWNER;
});

describe('auth inside every action', () => {
  test.each([
    ['signed out', null],
    ['a customer', CUSTOMER],
  ])('%s is refused and nothing changes', async (_who, who) => {
    const { product, planId } = await existingPlan();
    const process = await createDunningPlanRow([{ daysAfterDue: 1, action: 'remind', fees: {} }]);
    const [planBefore, processBefore, stepsBefore] = [await planRow(planId), await dunningPlanRow(process.id), await stepRows(process.id)];
    viewer.current = who;

    const edit = await savePlanAction({}, form(planFields({ id: planId, price: '1.00' })));
    const create = await savePlanAction({}, form(planFields({ productId: product.id, code: `x-${crypto.randomUUID()}`, currency: 'EUR' })));
    const dunning = await saveDunningPlanAction({}, form({ id: process.id, name: 'Hijacked', endAfterDays: '1' }));
    for (const state of [edit, create, dunning]) expect(state).toEqual({ error: 'Only the shop’s staff can change the catalog. Sign in again.' });

    expect(await planRows(product.id)).toEqual([planBefore]);
    expect(await dunningPlanRow(process.id)).toEqual(processBefore);
    expect(await stepRows(process.id)).toEqual(stepsBefore);
  });
});

describe('savePlanAction', () => {
  test('a zero interval is answered beside its field, with what was typed, and nothing is saved', async () => {
    const { planId } = await existingPlan();
    const before = await planRow(planId);
    const fields = planFields({ id: planId, intervalCount: '0', price: '40,00' });
    const state = await savePlanAction({}, form(fields));
    expect(state).toEqual({
      error: 'The billing interval must be a whole number of months from 1 to 120.',
      fieldErrors: { intervalCount: 'The billing interval must be a whole number of months from 1 to 120.' },
      values: fields,
    });
    expect(await planRow(planId)).toEqual(before);
  });

  test('form errors are answered per field before anything is loaded', async () => {
    const { product } = await createCatalogProduct();
    const fields = planFields({ productId: product.id, code: 'Not A Code', currency: 'XXY', taxRate: '150', name: '', price: '' });
    const state = await savePlanAction({}, form(fields));
    expect(state.error).toBe('Please correct the marked fields.');
    expect(state.fieldErrors).toEqual({
      name: 'Give the plan a name.',
      price: 'Enter the price.',
      taxRate: expect.stringContaining('from 0 to 100'),
      code: expect.stringContaining('lower-case letters, digits and single dashes'),
      currency: expect.stringContaining('not a currency code we know'),
    });
    expect(state.values).toEqual(fields);
    expect(await planRows(product.id)).toEqual([]);
  });

  test('a new plan is created from the typed text and its page opens', async () => {
    const { product } = await createCatalogProduct();
    const code = `action-${crypto.randomUUID().slice(0, 8)}`;
    const redirect = await savePlanAction(
      {},
      form(planFields({ productId: product.id, code: code.toUpperCase(), currency: 'eur', price: '1 234,50', taxRate: '5,5', setupFee: '0' })),
    ).catch((e: { url: string }) => e);
    const [plan] = await planRows(product.id);
    expect(redirect).toMatchObject({ url: `/dashboard/catalog/plans/${plan!.id}` });
    expect(plan).toMatchObject({ code, currency: 'EUR', priceMinor: 123450, taxRateBp: 550, setupFeeMinor: 0, active: true });
  });

  test('an edit is saved and said so; an unchecked box deactivates', async () => {
    const { planId } = await existingPlan();
    const { active: _active, ...inactive } = planFields({ id: planId, price: '35', commitmentMonths: '12' });
    expect(await savePlanAction({}, form(inactive))).toEqual({ notice: 'Plan saved.' });
    expect(await planRow(planId)).toMatchObject({ priceMinor: 3500, commitmentMonths: 12, active: false });
  });
});

describe('saveDunningPlanAction', () => {
  const processFields = (steps: Record<string, string>) => ({ name: 'Form process', endAfterDays: '30', ...steps });

  test('steps going backwards are refused with their numbers, beside the row, with what was typed', async () => {
    const process = await createDunningPlanRow([{ daysAfterDue: 1, action: 'remind', fees: {} }]);
    const stepsBefore = await stepRows(process.id);
    const state = await saveDunningPlanAction(
      {},
      form({
        id: process.id,
        ...processFields({ 'steps.0.daysAfterDue': '14', 'steps.0.action': 'remind', 'steps.1.daysAfterDue': '7', 'steps.1.action': 'suspend' }),
      }),
    );
    const message = 'Step 2 (day 7) comes before step 1 (day 14): steps must go forward in time.';
    expect(state.error).toBe(message);
    expect(state.fieldErrors).toEqual({ 'steps.1': message });
    expect(state.values).toMatchObject({ 'steps.0.daysAfterDue': '14', 'steps.1.daysAfterDue': '7', 'steps.1.action': 'suspend' });
    expect(await stepRows(process.id)).toEqual(stepsBefore);
  });

  test('blank rows are ignored and the others move up: "step 2" is the second filled row', async () => {
    const fields = processFields({
      'steps.0.daysAfterDue': '1',
      'steps.0.action': 'remind',
      'steps.0.fees.EUR': '',
      'steps.1.daysAfterDue': '',
      'steps.1.action': 'terminate',
      'steps.1.fees.EUR': '',
      'steps.2.daysAfterDue': '14',
      'steps.2.action': 'remind',
      'steps.2.fees.EUR': '2,50',
      'steps.3.daysAfterDue': '',
      'steps.3.action': 'remind',
    });
    const redirect = await saveDunningPlanAction({}, form(fields)).catch((e: { url: string }) => e);
    const id = /\/dashboard\/catalog\/dunning\/([0-9a-f-]{36})$/.exec((redirect as { url: string }).url)![1]!;
    const rows = await stepRows(id);
    expect(rows.map(({ position, daysAfterDue, action, fees }) => ({ position, daysAfterDue, action, fees }))).toEqual([
      { position: 0, daysAfterDue: 1, action: 'remind', fees: {} },
      { position: 1, daysAfterDue: 14, action: 'remind', fees: { EUR: 250 } },
    ]);
  });

  test('a fee that is not an amount, or a fee without a day, is answered beside its row', async () => {
    const state = await saveDunningPlanAction(
      {},
      form(
        processFields({
          'steps.0.daysAfterDue': '1',
          'steps.0.action': 'remind',
          'steps.0.fees.EUR': '2.505',
          'steps.4.daysAfterDue': '',
          'steps.4.action': 'remind',
          'steps.4.fees.EUR': '5',
        }),
      ),
    );
    expect(state.fieldErrors).toEqual({
      'steps.0.fees.EUR': 'EUR amounts have at most 2 decimals.',
      'steps.1.daysAfterDue': 'Enter the day of this step, or clear the whole row.',
    });
    // The second filled row is shown second.
    expect(state.values).toMatchObject({ 'steps.1.fees.EUR': '5', 'steps.1.daysAfterDue': '' });
  });

  test('an edit is saved and said so', async () => {
    const process = await createDunningPlanRow([{ daysAfterDue: 1, action: 'remind', fees: {} }]);
    const state = await saveDunningPlanAction(
      {},
      form({ id: process.id, ...processFields({ 'steps.0.daysAfterDue': '5', 'steps.0.action': 'suspend' }), suspendInsteadOfRemind: 'on' }),
    );
    expect(state).toEqual({ notice: 'Reminder process saved.' });
    expect(await dunningPlanRow(process.id)).toMatchObject({ name: 'Form process', suspendInsteadOfRemind: true, endAfterDays: 30 });
    expect((await stepRows(process.id)).map((row) => [row.daysAfterDue, row.action])).toEqual([[5, 'suspend']]);
  });
});
