import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { plans, products, type Plan } from '@/db/schema';

/** One plan to edit, with its product's name; null when unknown. The id must be a valid uuid. */
export async function getCatalogPlan(id: string): Promise<{ plan: Plan; productName: string } | null> {
  const [row] = await db
    .select({ plan: plans, productName: products.name })
    .from(plans)
    .innerJoin(products, eq(products.id, plans.productId))
    .where(eq(plans.id, id))
    .limit(1);
  return row ?? null;
}
