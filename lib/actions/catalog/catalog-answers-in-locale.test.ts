import { describe, expect, test, vi } from 'vitest';
import { createCatalogProduct } from '@/lib/services/catalog/catalog-fixture';
import type { Viewer } from '@/lib/auth/viewer';
import { cookie, viewer } from '@/test/support/staff-request';

vi.mock('@/lib/auth/viewer', () => import('@/test/support/staff-request').then((m) => m.viewerModule));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => import('@/test/support/staff-request').then((m) => m.headersModule));

const { saveProductAction } = await import('./save-product-action');

const OWNER: Viewer = { userId: 'u1', email: 'merchant@example.com', role: 'owner', customerId: null };
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

// Only refusals: nothing is written by the action (the taken address is the fixture's own product).
describe('the product form refused in the staff member’s language', () => {
  test('German: the summary, each field’s problem and its bound come from the catalog, not English', async () => {
    viewer.current = OWNER;
    cookie.locale = 'de';
    const state = await saveProductAction({}, form({ name: ' ', slug: 'Kein Pfad', kind: 'digital', 'variants.0.name': 'x'.repeat(81) }));
    expect(state.error).toBe('Bitte korrigieren Sie die markierten Felder.');
    expect(state.fieldErrors).toEqual({
      name: 'Geben Sie dem Produkt einen Namen.',
      slug: 'Eine Webadresse besteht aus Kleinbuchstaben, Ziffern und einzelnen Bindestrichen, etwa trendhouse.',
      'variants.0.name': 'Ein Variantenname darf höchstens 80 Zeichen lang sein.',
    });
    expect(state.values).toMatchObject({ slug: 'Kein Pfad' });
  });

  test('German: the billing core’s refusal (an address already taken) with its argument', async () => {
    viewer.current = OWNER;
    cookie.locale = 'de';
    const { product } = await createCatalogProduct();
    const state = await saveProductAction({}, form({ name: 'Zweitausgabe', slug: product.slug, kind: 'digital', 'variants.0.name': 'Druck' }));
    const taken = `Ein anderes Produkt hat bereits die Webadresse „${product.slug}“. Wählen Sie eine andere.`;
    expect(state.error).toBe(taken);
    expect(state.fieldErrors).toEqual({ slug: taken });
  });

  test.each([
    ['nb', 'Rett opp feltene som er markert.', 'Gi produktet et navn.'],
    ['nl', 'Verbeter de gemarkeerde velden.', 'Geef het product een naam.'],
    [undefined, 'Please correct the marked fields.', 'Give the product a name.'],
  ])('language cookie %s: the same refusal in that language (English without one)', async (locale, summary, name) => {
    viewer.current = OWNER;
    cookie.locale = locale;
    const state = await saveProductAction({}, form({ name: '', slug: 'ok-slug', kind: 'digital' }));
    expect(state.error).toBe(summary);
    expect(state.fieldErrors).toEqual({ name });
  });
});

const { savePlanAction } = await import('./save-plan-action');
const { saveDunningPlanAction } = await import('./save-dunning-plan-action');

/** A new monthly plan of `productId` as the plan form sends it. */
const planForm = (productId: string, fields: Record<string, string> = {}) =>
  form({
    productId,
    code: `plan-${productId.slice(0, 8)}`,
    currency: 'EUR',
    name: 'Monatlich',
    intervalUnit: 'month',
    intervalCount: '1',
    price: '32.00',
    taxRate: '19',
    trialDays: '0',
    announceDaysBefore: '14',
    invoiceDaysBefore: '7',
    paymentTermsDays: '14',
    ...fields,
  });

// Refusals only: no plan or process is written.
describe('the plan and reminder-process forms refused in the staff member’s language', () => {
  test('German: the form’s own checks and the amount typed', async () => {
    viewer.current = OWNER;
    cookie.locale = 'de';
    const { product } = await createCatalogProduct();
    const schema = await savePlanAction({}, planForm(product.id, { name: '', code: 'Kein Code', taxRate: '101' }));
    expect(schema.fieldErrors).toEqual({
      name: 'Geben Sie dem Tarif einen Namen.',
      code: 'Ein Code besteht aus Kleinbuchstaben, Ziffern und einzelnen Bindestrichen, etwa trendhouse-monthly.',
      taxRate: 'Geben Sie den MwSt.-Satz in Prozent von 0 bis 100 an, etwa 21 oder 9 (0 für keinen).',
    });
    const amount = await savePlanAction({}, planForm(product.id, { price: '-3' }));
    expect(amount).toMatchObject({ error: 'Der Preis darf nicht negativ sein.', fieldErrors: { price: 'Der Preis darf nicht negativ sein.' } });
  });

  test('Norwegian: the billing core’s rule about the plan’s timeline, beside its field', async () => {
    viewer.current = OWNER;
    cookie.locale = 'nb';
    const { product } = await createCatalogProduct();
    const state = await savePlanAction({}, planForm(product.id, { announceDaysBefore: '3', invoiceDaysBefore: '7' }));
    expect(state.fieldErrors).toEqual({ announceDaysBefore: 'Varselet (3 dager før perioden) kan ikke komme etter fakturaen (7 dager før).' });
  });

  test('Dutch: a reminder process whose steps go backwards names both steps', async () => {
    viewer.current = OWNER;
    cookie.locale = 'nl';
    const state = await saveDunningPlanAction(
      {},
      form({ name: 'Streng', endAfterDays: '30', 'steps.0.daysAfterDue': '10', 'steps.0.action': 'remind', 'steps.1.daysAfterDue': '5', 'steps.1.action': 'suspend' }),
    );
    const backwards = 'Stap 2 (dag 5) komt voor stap 1 (dag 10): stappen moeten vooruit gaan in de tijd.';
    expect(state).toMatchObject({ error: backwards, fieldErrors: { 'steps.1': backwards } });
  });
});
