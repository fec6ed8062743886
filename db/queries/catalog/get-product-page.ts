import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { plans, products, type Plan, type Product } from '@/db/schema';
import { listProductVariants, type VariantChoice } from './list-product-variants';

/** A plan as the order page offers it. */
export type ShopPlan = Plan;

/**
 * A product with its active plans and its variants, by slug; null when unknown or inactive.
 * `nextPlanPrices`: the price of each plan a campaign moves to after its offer (it may be inactive
 * or of another product).
 */
export async function getProductPage(
  slug: string,
): Promise<{ product: Product; plans: Plan[]; variants: VariantChoice[]; nextPlanPrices: Map<string, number> } | null> {
  const [product] = await db
    .select()
    .from(products)
    .where(and(eq(products.slug, slug), eq(products.active, true)))
    .limit(1);
  if (!product) return null;
  const [productPlans, variants] = await Promise.all([
    db
      .select()
      .from(plans)
      .where(and(eq(plans.productId, product.id), eq(plans.active, true)))
      .orderBy(asc(plans.position)),
    listProductVariants(product.id),
  ]);
  const nextIds = productPlans.flatMap((p) => (p.nextPlanId ? [p.nextPlanId] : []));
  const next = nextIds.length ? await db.select({ id: plans.id, priceMinor: plans.priceMinor }).from(plans).where(inArray(plans.id, nextIds)) : [];
  return { product, plans: productPlans, variants, nextPlanPrices: new Map(next.map((p) => [p.id, p.priceMinor])) };
}
