import { describe, expect, test, vi } from 'vitest';
import type { Viewer } from '@/lib/auth/viewer';
import { createCatalogProduct } from '@/lib/services/catalog/catalog-fixture';

const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
/** The request's language cookie, as the switcher and `?lang=` leave it (lib/i18n/negotiate.ts). */
const cookie = vi.hoisted(() => ({ locale: undefined as string | undefined }));
vi.mock('@/lib/auth/viewer', () => ({ getViewer: async () => viewer.current }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: (name: string) => (name === 'kadens_locale' && cookie.locale ? { value: cookie.locale } : undefined) }),
}));

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
