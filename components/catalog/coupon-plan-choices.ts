import type { CatalogProduct } from '@/db/queries/catalog/list-catalog-products';
import type { CouponPlanChoice } from './coupon-form';

/** Every plan as a coupon can be limited to it: "Trendhouse — Monthly (Print) · EUR". */
export function couponPlanChoices(products: CatalogProduct[]): CouponPlanChoice[] {
  return products.flatMap((product) =>
    product.plans.map((plan) => ({
      id: plan.id,
      code: plan.code,
      label: `${product.name} — ${plan.name}${plan.variantName ? ` (${plan.variantName})` : ''} · ${plan.currency}${plan.active ? '' : ' · inactive'}`,
    })),
  );
}
