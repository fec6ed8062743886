import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { dunningPlans } from '@/db/schema';
import type { DunningStep } from '@/lib/billing/dunning';
import { CATALOG_ACTOR, createCatalogProduct, createDunningPlanRow, dunningPlanRow, newPlanInput, stepRows } from './catalog-fixture';
import { saveDunningPlan as saveDunningPlanCoded, type SaveDunningPlanInput } from './save-dunning-plan';
import { savePlan as savePlanCoded } from './save-plan';
import { inEnglish } from '@/test/support/catalog-in-english';

// The services answer message codes; these tests read them as staff reading English do.
const saveDunningPlan = inEnglish(saveDunningPlanCoded);
const savePlan = inEnglish(savePlanCoded);

const STANDARD: DunningStep[] = [
  { daysAfterDue: 1, action: 'remind', fees: {} },
  { daysAfterDue: 14, action: 'remind', fees: { EUR: 250 } },
  { daysAfterDue: 21, action: 'suspend', fees: {} },
];

const input = (overrides: Partial<SaveDunningPlanInput> = {}): SaveDunningPlanInput => ({
  id: null,
  name: `Process ${crypto.randomUUID().slice(0, 8)}`,
  suspendInsteadOfRemind: false,
  endAfterDays: 30,
  steps: STANDARD,
  ...overrides,
});

/** A process used by one EUR plan of a product of its own. */
async function processOfEurPlan(steps: DunningStep[] = STANDARD) {
  const process = await createDunningPlanRow(steps);
  const { product } = await createCatalogProduct();
  const plan = await savePlan(newPlanInput(product.id, { dunningPlanId: process.id }), CATALOG_ACTOR);
  if (!plan.ok) throw new Error(plan.error.message);
  return process;
}

describe('saveDunningPlan refuses a process the engine could not run, writing nothing', () => {
  test.each<[string, DunningStep[], string, string]>([
    [
      'steps going backwards',
      [
        { daysAfterDue: 14, action: 'remind', fees: {} },
        { daysAfterDue: 7, action: 'remind', fees: {} },
      ],
      'steps.1',
      'Step 2 (day 7) comes before step 1 (day 14): steps must go forward in time.',
    ],
    [
      'two steps on one day',
      [
        { daysAfterDue: 1, action: 'remind', fees: {} },
        { daysAfterDue: 14, action: 'remind', fees: {} },
        { daysAfterDue: 14, action: 'suspend', fees: {} },
      ],
      'steps.2',
      'Step 3 is on the same day as step 2 (day 14): steps must go forward in time.',
    ],
    [
      'a fee in NOK while the plans are priced in EUR',
      [
        { daysAfterDue: 1, action: 'remind', fees: {} },
        { daysAfterDue: 14, action: 'remind', fees: { EUR: 250, NOK: 3000 } },
      ],
      'steps.1',
      'Step 2 has a fee in NOK, but the plans using this reminder process are priced in EUR.',
    ],
    [
      'a step after termination',
      [
        { daysAfterDue: 42, action: 'terminate', fees: {} },
        { daysAfterDue: 50, action: 'remind', fees: {} },
      ],
      'steps.0',
      'Step 1 terminates the subscription, so it must be the last step.',
    ],
    [
      'two terminations',
      [
        { daysAfterDue: 42, action: 'terminate', fees: {} },
        { daysAfterDue: 50, action: 'terminate', fees: {} },
      ],
      'steps.1',
      'Only one step can terminate the subscription: steps 1 and 2 both do.',
    ],
    ['a day past a year', [{ daysAfterDue: 366, action: 'remind', fees: {} }], 'steps.0', 'Step 1 must be a whole number of days'],
    ['a negative fee', [{ daysAfterDue: 1, action: 'remind', fees: { EUR: -1 } }], 'steps.0', 'Step 1: the fee in EUR cannot be negative.'],
  ])('%s', async (_case, steps, field, message) => {
    const process = await processOfEurPlan();
    const [before, stepsBefore] = [await dunningPlanRow(process.id), await stepRows(process.id)];
    const result = await saveDunningPlan(input({ id: process.id, name: 'Renamed', endAfterDays: 60, steps }), CATALOG_ACTOR);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain(message);
    expect(result.error.fieldErrors).toEqual({ [field]: result.error.message });
    expect(await dunningPlanRow(process.id)).toEqual(before);
    expect(await stepRows(process.id)).toEqual(stepsBefore);
  });

  test('the end after termination is checked beside its field', async () => {
    const result = await saveDunningPlan(input({ endAfterDays: -1 }), CATALOG_ACTOR);
    expect(result).toMatchObject({ ok: false, error: { fieldErrors: { endAfterDays: expect.stringContaining('from 0 to 3650') } } });
  });

  test('a new process that is refused is not created', async () => {
    const name = `Refused ${crypto.randomUUID()}`;
    const result = await saveDunningPlan(input({ name, steps: [...STANDARD].reverse() }), CATALOG_ACTOR);
    expect(result.ok).toBe(false);
    expect(await db.select().from(dunningPlans).where(eq(dunningPlans.name, name))).toEqual([]);
  });

  test('an unknown process is refused', async () => {
    const result = await saveDunningPlan(input({ id: crypto.randomUUID() }), CATALOG_ACTOR);
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('does not exist') } });
  });
});

describe('saveDunningPlan writes exactly what was asked', () => {
  test('an edit replaces the settings and every step, in order', async () => {
    const process = await processOfEurPlan();
    const steps: DunningStep[] = [
      { daysAfterDue: 3, action: 'remind', fees: { EUR: 0 } },
      { daysAfterDue: 10, action: 'suspend', fees: { EUR: 500 } },
      { daysAfterDue: 30, action: 'warn', fees: {} },
      { daysAfterDue: 45, action: 'terminate', fees: {} },
    ];
    const result = await saveDunningPlan(input({ id: process.id, name: 'Strict', suspendInsteadOfRemind: true, endAfterDays: 0, steps }), CATALOG_ACTOR);
    expect(result).toEqual({ ok: true, value: { id: process.id, created: false } });
    expect(await dunningPlanRow(process.id)).toMatchObject({ name: 'Strict', suspendInsteadOfRemind: true, endAfterDays: 0 });
    const rows = await stepRows(process.id);
    expect(rows.map(({ position, daysAfterDue, action, fees }) => ({ position, daysAfterDue, action, fees }))).toEqual(
      steps.map((step, position) => ({ position, ...step })),
    );
  });

  test('no steps at all is a process without dunning', async () => {
    const process = await processOfEurPlan();
    expect((await saveDunningPlan(input({ id: process.id, steps: [] }), CATALOG_ACTOR)).ok).toBe(true);
    expect(await stepRows(process.id)).toEqual([]);
  });

  test('a new process no plan uses yet may charge in any currency; a EUR plan then cannot choose it', async () => {
    const steps: DunningStep[] = [{ daysAfterDue: 7, action: 'remind', fees: { NOK: 7000, SEK: 6000 } }];
    const result = await saveDunningPlan(input({ steps }), CATALOG_ACTOR);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.created).toBe(true);
    expect((await stepRows(result.value.id)).map((row) => row.fees)).toEqual([{ NOK: 7000, SEK: 6000 }]);
    const { product } = await createCatalogProduct();
    const eurPlan = await savePlan(newPlanInput(product.id, { dunningPlanId: result.value.id }), CATALOG_ACTOR);
    expect(eurPlan).toMatchObject({ ok: false, error: { fieldErrors: { dunningPlanId: expect.stringContaining('Step 1 has a fee in NOK') } } });
  });
});
