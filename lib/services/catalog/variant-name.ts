import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { productVariants } from '@/db/schema';

/** The name of a plan's variant (planLineDescription); null for a product without variants. */
export async function variantNameOf(db: DbOrTx, variantId: string | null): Promise<string | null> {
  if (!variantId) return null;
  const [variant] = await db.select({ name: productVariants.name }).from(productVariants).where(eq(productVariants.id, variantId));
  return variant?.name ?? null;
}
