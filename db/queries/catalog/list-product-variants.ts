import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { productVariants } from '@/db/schema';

export type VariantChoice = { id: string; name: string; sku: string | null };

/** A product's variants by name (edition, size, print + digital); empty for a simple product. */
export async function listProductVariants(productId: string): Promise<VariantChoice[]> {
  return db
    .select({ id: productVariants.id, name: productVariants.name, sku: productVariants.sku })
    .from(productVariants)
    .where(eq(productVariants.productId, productId))
    .orderBy(asc(productVariants.name), asc(productVariants.id));
}
