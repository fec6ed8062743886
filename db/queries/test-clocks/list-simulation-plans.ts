import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { plans, products } from '@/db/schema';
import type { RecurringIntervalUnit } from '@/db/queries/dashboard/monthly-recurring-minor';

/** A plan a simulated customer can subscribe to. */
export type SimulationPlanOption = {
  id: string;
  code: string;
  productName: string;
  planName: string;
  priceMinor: number;
  currency: string;
  intervalUnit: RecurringIntervalUnit;
  intervalCount: number;
  trialDays: number;
};

/** The active plans of active products, as the shop sells them, in catalog order. */
export async function listSimulationPlans(): Promise<SimulationPlanOption[]> {
  return db
    .select({
      id: plans.id,
      code: plans.code,
      productName: products.name,
      planName: plans.name,
      priceMinor: plans.priceMinor,
      currency: plans.currency,
      intervalUnit: plans.intervalUnit,
      intervalCount: plans.intervalCount,
      trialDays: plans.trialDays,
    })
    .from(plans)
    .innerJoin(products, eq(products.id, plans.productId))
    .where(and(eq(plans.active, true), eq(products.active, true)))
    .orderBy(asc(products.name), asc(plans.position), asc(plans.code));
}
