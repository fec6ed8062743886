import { z } from 'zod';
import { CATALOG_NAME_MAX } from '@/lib/validations/catalog';

/**
 * The product form: a product sold through its plans, simple (no variants) or variable (variants
 * such as an edition, a size or print + digital, each with its own plans). The variant rows are
 * `variants.<row>.id` (an existing variant) and `variants.<row>.name`.
 */

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
    .pipe(z.guid({ error: 'That variant does not exist.' }).nullable()),
  // Blank on an existing variant: remove it (refused while plans are sold for it).
  name: z.string().trim().max(CATALOG_NAME_MAX, { error: `A variant name can be at most ${CATALOG_NAME_MAX} characters.` }),
  sku: z
    .string()
    .trim()
    .max(CATALOG_NAME_MAX, { error: `An SKU can be at most ${CATALOG_NAME_MAX} characters.` })
    .optional()
    .transform((sku) => sku || null),
});

export const productSchema = z.object({
  id: z
    .string()
    .optional()
    .transform((id) => id || null)
    .pipe(z.guid({ error: 'That product does not exist.' }).nullable()),
  name: z
    .string({ error: 'Give the product a name.' })
    .trim()
    .min(1, { error: 'Give the product a name.' })
    .max(CATALOG_NAME_MAX, { error: `The name can be at most ${CATALOG_NAME_MAX} characters.` }),
  slug: z
    .string({ error: 'Give the product a web address, like trendhouse.' })
    .trim()
    .toLowerCase()
    .min(1, { error: 'Give the product a web address, like trendhouse.' })
    .max(PRODUCT_SLUG_MAX, { error: `The web address can be at most ${PRODUCT_SLUG_MAX} characters.` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'A web address has lower-case letters, digits and single dashes, like trendhouse.' }),
  description: z
    .string()
    .trim()
    .max(PRODUCT_DESCRIPTION_MAX, { error: `The description can be at most ${PRODUCT_DESCRIPTION_MAX} characters.` })
    .optional()
    .transform((text) => text ?? ''),
  kind: z.enum(PRODUCT_KINDS, { error: 'Choose digital, download, service or physical.' }),
  active: z
    .literal('on', { error: 'This is either on or off.' })
    .optional()
    .transform((value) => value === 'on'),
  variants: z.array(variantSchema).max(VARIANT_ROWS_MAX, { error: `A product has at most ${VARIANT_ROWS_MAX} variants.` }),
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
