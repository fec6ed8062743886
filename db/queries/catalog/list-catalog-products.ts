import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { dunningPlans, plans, products, productVariants } from '@/db/schema';
import type { RecurringIntervalUnit } from '@/db/queries/dashboard/monthly-recurring-minor';

export type CatalogPlanRow = {
  id: string;
  code: string;
  name: string;
  intervalUnit: RecurringIntervalUnit;
  intervalCount: number;
  priceMinor: number;
  currency: string;
  setupFeeMinor: number;
  trialDays: number;
  announceDaysBefore: number;
  invoiceDaysBefore: number;
  paymentTermsDays: number;
  dunningPlanId: string | null;
  dunningPlanName: string | null;
  offerPriceMinor: number | null;
  offerTerms: number | null;
  active: boolean;
  /** The variant the plan is sold for (a variable product); null: the product itself. */
  variantName: string | null;
};

export type CatalogProduct = { id: string; name: string; slug: string; kind: string; active: boolean; plans: CatalogPlanRow[] };

/** Every product, active or not, with all its plans in catalog order: what the merchant edits. */
export async function listCatalogProducts(): Promise<CatalogProduct[]> {
  const rows = await db
    .select({
      product: { id: products.id, name: products.name, slug: products.slug, kind: products.kind, active: products.active },
      plan: {
        id: plans.id,
        code: plans.code,
        name: plans.name,
        intervalUnit: plans.intervalUnit,
        intervalCount: plans.intervalCount,
        priceMinor: plans.priceMinor,
        currency: plans.currency,
        setupFeeMinor: plans.setupFeeMinor,
        trialDays: plans.trialDays,
        announceDaysBefore: plans.announceDaysBefore,
        invoiceDaysBefore: plans.invoiceDaysBefore,
        paymentTermsDays: plans.paymentTermsDays,
        dunningPlanId: plans.dunningPlanId,
        offerPriceMinor: plans.offerPriceMinor,
        offerTerms: plans.offerTerms,
        active: plans.active,
      },
      dunningPlanName: dunningPlans.name,
      variantName: productVariants.name,
    })
    .from(products)
    .leftJoin(plans, eq(plans.productId, products.id))
    .leftJoin(dunningPlans, eq(dunningPlans.id, plans.dunningPlanId))
    .leftJoin(productVariants, eq(productVariants.id, plans.variantId))
    .orderBy(asc(products.createdAt), asc(products.name), asc(products.id), asc(productVariants.name), asc(plans.position), asc(plans.code));
  const byId = new Map<string, CatalogProduct>();
  for (const { product, plan, dunningPlanName, variantName } of rows) {
    const entry = byId.get(product.id) ?? { ...product, plans: [] };
    if (plan) entry.plans.push({ ...plan, dunningPlanName, variantName });
    byId.set(product.id, entry);
  }
  return [...byId.values()];
}
