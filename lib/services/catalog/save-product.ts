import { asc, count, eq, inArray } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { plans, products, productVariants, type Product, type ProductVariant } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { isUniqueViolation } from '@/lib/services/db-errors';
import { variantField, type ProductInput } from '@/lib/validations/catalog-products';
import { manageCode, manageMessage } from '@/lib/i18n/manage-messages';
import { catalogError, type CatalogSaveError } from './catalog-save-error';
import { forgetStorefrontReads } from '@/db/queries/catalog/storefront-memo';

type Saved = { id: string; created: boolean };

const slugTaken = (slug: string) => catalogError(manageMessage('productSlugTaken', { slug }), 'slug');

/**
 * Creates or updates a product and its variants (edition, size, print + digital: each sold
 * through plans of its own). A variant row left blank removes that variant, which is refused
 * while plans are sold for it; nothing is written unless the whole form holds.
 */
export async function saveProduct(input: ProductInput, actor: { staffUserId: string }): Promise<Result<Saved, CatalogSaveError>> {
  try {
    return await db.transaction((tx) => saveProductIn(tx, input, actor.staffUserId));
  } catch (error) {
    // Two saves racing for one address: the loser is told, like the pre-check would have.
    if (isUniqueViolation(error, 'products_slug_key')) return err(slugTaken(input.slug));
    throw error;
  } finally {
    // The order pages show the catalog as saved from the next visit on.
    forgetStorefrontReads();
  }
}

async function saveProductIn(tx: Tx, input: ProductInput, staffUserId: string): Promise<Result<Saved, CatalogSaveError>> {
  let existing: Product | null = null;
  let variantsBefore: ProductVariant[] = [];
  if (input.id) {
    [existing = null] = await tx.select().from(products).where(eq(products.id, input.id)).for('update');
    if (!existing) return err(catalogError(manageCode('productGone')));
    variantsBefore = await tx.select().from(productVariants).where(eq(productVariants.productId, existing.id)).orderBy(asc(productVariants.name));
  }
  const [taken] = await tx.select({ id: products.id }).from(products).where(eq(products.slug, input.slug));
  if (taken && taken.id !== existing?.id) return err(slugTaken(input.slug));

  const rows = await checkVariantRows(tx, input, variantsBefore);
  if (!rows.ok) return rows;

  const values = { name: input.name, slug: input.slug, description: input.description, kind: input.kind, active: input.active };
  let product: Product;
  if (existing) {
    [product] = (await tx.update(products).set(values).where(eq(products.id, existing.id)).returning()) as [Product];
  } else {
    [product] = (await tx.insert(products).values(values).returning()) as [Product];
  }
  const { keep, remove, add } = rows.value;
  if (remove.length > 0) await tx.delete(productVariants).where(inArray(productVariants.id, remove));
  for (const variant of keep) {
    await tx.update(productVariants).set({ name: variant.name, sku: variant.sku }).where(eq(productVariants.id, variant.id));
  }
  if (add.length > 0) await tx.insert(productVariants).values(add.map((v) => ({ ...v, productId: product.id })));
  const variantsAfter = await tx.select().from(productVariants).where(eq(productVariants.productId, product.id)).orderBy(asc(productVariants.name));

  await recordAudit(tx, {
    actorUserId: staffUserId,
    action: existing ? 'product.update' : 'product.create',
    record: { type: 'product', id: product.id },
    before: existing ? { ...existing, variants: variantsBefore } : null,
    after: { ...product, variants: variantsAfter },
  });
  return ok({ id: product.id, created: !existing });
}

type VariantChanges = {
  keep: { id: string; name: string; sku: string | null }[];
  remove: string[];
  add: { name: string; sku: string | null }[];
};

/**
 * The variant rows as changes. Every existing variant not on the form (or left blank) is removed,
 * which is refused while a plan is sold for it; two variants of one product cannot share a name.
 */
async function checkVariantRows(tx: Tx, input: ProductInput, before: ProductVariant[]): Promise<Result<VariantChanges, CatalogSaveError>> {
  const known = new Map(before.map((v) => [v.id, v]));
  const changes: VariantChanges = { keep: [], remove: [], add: [] };
  const names = new Set<string>();
  for (const [row, variant] of input.variants.entries()) {
    const nameField = variantField(row, 'name');
    if (variant.id !== null && !known.has(variant.id)) {
      return err(catalogError(manageMessage('variantNotOfProduct', { row: row + 1 }), nameField));
    }
    if (!variant.name) {
      if (variant.id !== null) changes.remove.push(variant.id);
      else return err(catalogError(manageMessage('variantNameRequired', { row: row + 1 }), nameField));
      continue;
    }
    const key = variant.name.toLowerCase();
    if (names.has(key)) return err(catalogError(manageMessage('variantNameTwice', { name: variant.name }), nameField));
    names.add(key);
    if (variant.id !== null) changes.keep.push({ id: variant.id, name: variant.name, sku: variant.sku });
    else changes.add.push({ name: variant.name, sku: variant.sku });
  }
  const onForm = new Set(input.variants.flatMap((v) => (v.id ? [v.id] : [])));
  changes.remove.push(...before.filter((v) => !onForm.has(v.id)).map((v) => v.id));
  if (changes.remove.length > 0) {
    const sold = await tx
      .select({ variantId: plans.variantId, plans: count() })
      .from(plans)
      .where(inArray(plans.variantId, changes.remove))
      .groupBy(plans.variantId);
    const first = sold[0];
    if (first) {
      const name = known.get(first.variantId!)?.name ?? 'A variant';
      const row = input.variants.findIndex((v) => v.id === first.variantId);
      return err(
        catalogError(
          manageMessage('variantHasPlans', { name, plans: first.plans }),
          row >= 0 ? variantField(row, 'name') : undefined,
        ),
      );
    }
  }
  return ok(changes);
}
