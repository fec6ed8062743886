import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { plans, products } from '@/db/schema';

export type ShopProduct = {
  slug: string;
  name: string;
  description: string;
  kind: string;
  fromPriceMinor: number | null;
  currency: string | null;
  isSubscription: boolean;
};

/** Active products for the shop front, each with its lowest price. */
export async function listShopProducts(): Promise<ShopProduct[]> {
  const rows = await db
    .select({ product: products, plan: plans })
    .from(products)
    .leftJoin(plans, eq(plans.productId, products.id))
    .where(eq(products.active, true))
    .orderBy(asc(products.createdAt), asc(plans.position));
  const bySlug = new Map<string, ShopProduct>();
  for (const { product, plan } of rows) {
    const entry = bySlug.get(product.slug) ?? {
      slug: product.slug,
      name: product.name,
      description: product.description,
      kind: product.kind,
      fromPriceMinor: product.unitPriceMinor,
      currency: product.currency,
      isSubscription: false,
    };
    if (plan?.active) {
      entry.isSubscription = true;
      entry.currency = plan.currency;
      entry.fromPriceMinor = entry.fromPriceMinor === null ? plan.priceMinor : Math.min(entry.fromPriceMinor, plan.priceMinor);
    }
    bySlug.set(product.slug, entry);
  }
  return [...bySlug.values()];
}
