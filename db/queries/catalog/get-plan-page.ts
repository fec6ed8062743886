import { shopSettings } from '@/db/schema';
import { selectShopSettings } from '@/db/queries/settings/select-shop-settings';
import { getProductPage } from './get-product-page';
import { memoizedStorefrontRead } from './storefront-memo';

export type PlanPage = NonNullable<Awaited<ReturnType<typeof getProductPage>>> & {
  /** Catalog prices include VAT: the page says "incl. VAT" beside them, else "excl. VAT". */
  pricesIncludeVat: boolean;
};

/**
 * What a product's order page shows, by slug: the product, its plans and variants, and how its
 * prices are entered; null when unknown or inactive. Kept for a few seconds (storefront-memo.ts):
 * shared by every visitor, so callers must not change it.
 */
export function getPlanPage(slug: string): Promise<PlanPage | null> {
  return memoizedStorefrontRead(`plan-page:${slug}`, async () => {
    const page = await getProductPage(slug);
    // An unknown product is answered before the shop's settings are read: a shop not set up yet has none.
    if (!page) return null;
    const { pricesIncludeVat } = await selectShopSettings({ pricesIncludeVat: shopSettings.pricesIncludeVat });
    return { ...page, pricesIncludeVat };
  });
}
