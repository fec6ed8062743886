import { describe, expect, test } from 'vitest';
import { CATALOG_ACTOR, newPlanInput, newProductInput, productRow, variantRows } from './catalog-fixture';
import { savePlan as savePlanCoded } from './save-plan';
import { saveProduct } from './save-product';
import { inEnglish } from '@/test/support/catalog-in-english';

// The services answer message codes; these tests read them as staff reading English do.
const savePlan = inEnglish(savePlanCoded);

const variant = (name: string, id: string | null = null) => ({ id, name, sku: null });

describe('saveProduct', () => {
  test('a variable product: created with its variants, renamed, one added and one removed', async () => {
    const input = newProductInput({ kind: 'physical', variants: [variant('Print'), variant('Digital')] });
    const created = await saveProduct(input, CATALOG_ACTOR);
    if (!created.ok) throw new Error(created.error.message);
    expect(await productRow(created.value.id)).toMatchObject({ slug: input.slug, kind: 'physical', active: true });
    const [digital, print] = await variantRows(created.value.id);
    expect([digital!.name, print!.name]).toEqual(['Digital', 'Print']);

    const edited = await saveProduct(
      { ...input, id: created.value.id, variants: [variant('Print only', print!.id), variant('', digital!.id), variant('Print + digital')] },
      CATALOG_ACTOR,
    );
    expect(edited).toEqual({ ok: true, value: { id: created.value.id, created: false } });
    expect((await variantRows(created.value.id)).map((v) => v.name)).toEqual(['Print + digital', 'Print only']);
    expect((await variantRows(created.value.id)).find((v) => v.name === 'Print only')?.id).toBe(print!.id);
  });

  test('deactivated: kept with its variants, marked inactive', async () => {
    const input = newProductInput({ variants: [variant('A4')] });
    const created = await saveProduct(input, CATALOG_ACTOR);
    if (!created.ok) throw new Error(created.error.message);
    const [a4] = await variantRows(created.value.id);
    expect((await saveProduct({ ...input, id: created.value.id, active: false, variants: [variant('A4', a4!.id)] }, CATALOG_ACTOR)).ok).toBe(true);
    expect(await productRow(created.value.id)).toMatchObject({ active: false });
    expect(await variantRows(created.value.id)).toHaveLength(1);
  });

  test('an address another product has is refused beside it, nothing written', async () => {
    const input = newProductInput({ slug: 'trendhouse', variants: [variant('Print')] });
    const result = await saveProduct(input, CATALOG_ACTOR);
    expect(result).toEqual({
      ok: false,
      error: {
        // A code with its argument: the dashboard's action words it in the staff member's language.
        message: 'productSlugTaken?slug=trendhouse',
        fieldErrors: { slug: 'productSlugTaken?slug=trendhouse' },
      },
    });
  });

  test('two variants of one name are refused beside the second', async () => {
    const input = newProductInput({ variants: [variant('Print'), variant('print')] });
    const result = await saveProduct(input, CATALOG_ACTOR);
    expect(result).toMatchObject({ ok: false, error: { fieldErrors: { 'variants.1.name': 'variantNameTwice?name=print' } } });
  });

  test('a variant with plans cannot be removed; the product is left as it was', async () => {
    const input = newProductInput({ variants: [variant('Print'), variant('Digital')] });
    const created = await saveProduct(input, CATALOG_ACTOR);
    if (!created.ok) throw new Error(created.error.message);
    const [digital, print] = await variantRows(created.value.id);
    const plan = await savePlan(newPlanInput(created.value.id, { variantId: print!.id }), CATALOG_ACTOR);
    expect(plan.ok).toBe(true);
    const result = await saveProduct(
      { ...input, id: created.value.id, name: 'Renamed', variants: [variant('', print!.id), variant('Digital', digital!.id)] },
      CATALOG_ACTOR,
    );
    expect(result).toMatchObject({ ok: false, error: { fieldErrors: { 'variants.0.name': 'variantHasPlans?name=Print&plans=1' } } });
    expect(await productRow(created.value.id)).toMatchObject({ name: input.name });
    expect(await variantRows(created.value.id)).toHaveLength(2);
  });

  test('a plan for a variant of another product is refused beside the variant', async () => {
    const mine = await saveProduct(newProductInput({ variants: [variant('Print')] }), CATALOG_ACTOR);
    const other = await saveProduct(newProductInput({ variants: [variant('Print')] }), CATALOG_ACTOR);
    if (!mine.ok || !other.ok) throw new Error('not saved');
    const [foreign] = await variantRows(other.value.id);
    const result = await savePlan(newPlanInput(mine.value.id, { variantId: foreign!.id }), CATALOG_ACTOR);
    expect(result).toMatchObject({ ok: false, error: { fieldErrors: { variantId: expect.stringContaining('not one of this product') } } });
  });
});
