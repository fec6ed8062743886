import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { plans, products, type Plan, type Product } from '@/db/schema';

/** A product with its active plans, by slug; null when unknown or inactive. */
export async function getProductPage(slug: string): Promise<{ product: Product; plans: Plan[] } | null> {
  const [product] = await db
    .select()
    .from(products)
    .where(and(eq(products.slug, slug), eq(products.active, true)))
    .limit(1);
  if (!product) return null;
  const productPlans = await db
    .select()
    .from(plans)
    .where(and(eq(plans.productId, product.id), eq(plans.active, true)))
    .orderBy(asc(plans.position));
  return { product, plans: productPlans };
}
