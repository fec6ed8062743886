import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { products } from '@/db/schema';

/** A product a new plan is added to, active or not; null when unknown. The id must be a valid uuid. */
export async function getCatalogProduct(id: string): Promise<{ id: string; name: string } | null> {
  const [row] = await db.select({ id: products.id, name: products.name }).from(products).where(eq(products.id, id)).limit(1);
  return row ?? null;
}
