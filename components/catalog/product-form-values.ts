import type { EditableProduct as Product } from '@/db/queries/catalog/get-product-for-edit';
import type { VariantChoice } from '@/db/queries/catalog/list-product-variants';
import { variantField } from '@/lib/validations/catalog-products';

/** A saved product and its variants as the product form's starting text. */
export function productFormValues(product: Product, variants: VariantChoice[]): Record<string, string> {
  const values: Record<string, string> = {
    name: product.name,
    slug: product.slug,
    description: product.description,
    kind: product.kind,
    active: product.active ? 'on' : '',
  };
  variants.forEach((variant, row) => {
    values[variantField(row, 'id')] = variant.id;
    values[variantField(row, 'name')] = variant.name;
    values[variantField(row, 'sku')] = variant.sku ?? '';
  });
  return values;
}

/** A new product's starting text. */
export const newProductFormValues = (): Record<string, string> => ({ name: '', slug: '', description: '', kind: 'digital', active: 'on' });
