import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { products, type Product } from '@/db/schema';
import { listProductVariants, type VariantChoice } from './list-product-variants';

/** A product as its dashboard page edits it. */
export type EditableProduct = Product;

/** One product to edit, active or not, with its variants; null when unknown. The id must be a valid uuid. */
export async function getProductForEdit(id: string): Promise<{ product: EditableProduct; variants: VariantChoice[] } | null> {
  const [product] = await db.select().from(products).where(eq(products.id, id)).limit(1);
  if (!product) return null;
  return { product, variants: await listProductVariants(product.id) };
}
