import { z } from 'zod';
// Type only: the product form (a client component) reads this module's constants, and the
// message catalog must not travel to the browser with them.
import type { ManageCode } from '@/lib/i18n/manage-messages';
import { CATALOG_NAME_MAX } from '@/lib/validations/catalog';

/**
 * The product form: a product sold through its plans, simple (no variants) or variable (variants
 * such as an edition, a size or print + digital, each with its own plans). The variant rows are
 * `variants.<row>.id` (an existing variant) and `variants.<row>.name`.
 */

/** Messages are codes of `dashboard.manage.messages`, worded in the staff member's language by the action. */
export const PRODUCT_KINDS = ['digital', 'download', 'service', 'physical'] as const;
export const PRODUCT_SLUG_MAX = 60;
export const PRODUCT_DESCRIPTION_MAX = 2000;
/** Variant rows the form offers; blank new rows are ignored. */
export const VARIANT_ROWS_MAX = 12;

export const variantField = (row: number, field: 'id' | 'name' | 'sku') => `variants.${row}.${field}`;

const variantSchema = z.object({
  id: z
    .string()
    .optional()
    .transform((id) => id || null)
    .pipe(z.guid({ error: 'variantMissing' satisfies ManageCode }).nullable()),
  // Blank on an existing variant: remove it (refused while plans are sold for it).
  name: z.string().trim().max(CATALOG_NAME_MAX, { error: 'variantNameTooLong' satisfies ManageCode }),
  sku: z
    .string()
    .trim()
    .max(CATALOG_NAME_MAX, { error: 'skuTooLong' satisfies ManageCode })
    .optional()
    .transform((sku) => sku || null),
});

export const productSchema = z.object({
  id: z
    .string()
    .optional()
    .transform((id) => id || null)
    .pipe(z.guid({ error: 'productMissing' satisfies ManageCode }).nullable()),
  name: z
    .string({ error: 'productNameRequired' satisfies ManageCode })
    .trim()
    .min(1, { error: 'productNameRequired' satisfies ManageCode })
    .max(CATALOG_NAME_MAX, { error: 'productNameTooLong' satisfies ManageCode }),
  slug: z
    .string({ error: 'productSlugRequired' satisfies ManageCode })
    .trim()
    .toLowerCase()
    .min(1, { error: 'productSlugRequired' satisfies ManageCode })
    .max(PRODUCT_SLUG_MAX, { error: 'productSlugTooLong' satisfies ManageCode })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'productSlugInvalid' satisfies ManageCode }),
  description: z
    .string()
    .trim()
    .max(PRODUCT_DESCRIPTION_MAX, { error: 'productDescriptionTooLong' satisfies ManageCode })
    .optional()
    .transform((text) => text ?? ''),
  kind: z.enum(PRODUCT_KINDS, { error: 'productKindInvalid' satisfies ManageCode }),
  active: z
    .literal('on', { error: 'onOrOff' satisfies ManageCode })
    .optional()
    .transform((value) => value === 'on'),
  variants: z.array(variantSchema).max(VARIANT_ROWS_MAX, { error: 'productVariantsMax' satisfies ManageCode }),
});
export type ProductInput = z.infer<typeof productSchema>;

/**
 * The product form as an object for `productSchema`, and the typed values to show again. New
 * rows left blank are dropped; an existing variant's row is kept (blank: remove it), so that
 * "variant 2" in a message is the second row on the form.
 */
export function productFormInput(raw: Record<string, string>): { candidate: unknown; values: Record<string, string> } {
  const values: Record<string, string> = {};
  for (const key of ['id', 'name', 'slug', 'description', 'kind', 'active']) {
    if (raw[key] !== undefined) values[key] = raw[key];
  }
  const variants: { id: string; name: string; sku: string }[] = [];
  for (let row = 0; row < VARIANT_ROWS_MAX; row += 1) {
    const id = raw[variantField(row, 'id')] ?? '';
    const name = raw[variantField(row, 'name')] ?? '';
    const sku = raw[variantField(row, 'sku')] ?? '';
    if (!id && !name.trim() && !sku.trim()) continue;
    const at = variants.length;
    variants.push({ id, name, sku });
    values[variantField(at, 'id')] = id;
    values[variantField(at, 'name')] = name;
    values[variantField(at, 'sku')] = sku;
  }
  return {
    candidate: { id: raw.id, name: raw.name, slug: raw.slug, description: raw.description, kind: raw.kind, active: raw.active, variants },
    values,
  };
}
