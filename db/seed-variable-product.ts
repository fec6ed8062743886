import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { ATELIER_SLUG } from './demo-data';
import * as s from './schema';
type SeedTx = Parameters<Parameters<PostgresJsDatabase<typeof s>['transaction']>[0]>[0];

/**
 * A variable product: one magazine in three versions, each with its own monthly and yearly plan
 * (the order page shows the yearly saving per version), and an introductory campaign on the
 * digital monthly plan.
 */
export async function seedVariableMagazine(tx: SeedTx, dunningPlanId: string) {
  const [atelier] = await tx
    .insert(s.products)
    .values({
      slug: ATELIER_SLUG,
      name: 'Atelier',
      description: 'The monthly magazine on making things by hand: on paper, on screen, or both.',
      kind: 'physical',
      taxRateBp: 900,
      taxClass: 'reduced',
    })
    .returning();
  const [digital, print, both] = await tx
    .insert(s.productVariants)
    .values([
      { productId: atelier!.id, name: 'Digital', sku: 'ATL-D' },
      { productId: atelier!.id, name: 'Print', sku: 'ATL-P' },
      { productId: atelier!.id, name: 'Print + digital', sku: 'ATL-PD' },
    ])
    .returning();
  const magazine = { productId: atelier!.id, currency: 'EUR', taxRateBp: 900, taxClass: 'reduced' as const, dunningPlanId };
  // NOTE: the plan's name carries the version, as the cart, the order and the invoice line name
  // a plan as "product — plan".
  const monthly = { intervalUnit: 'month' as const, intervalCount: 1 };
  const yearly = { intervalUnit: 'year' as const, intervalCount: 1 };
  await tx.insert(s.plans).values([
    { ...magazine, ...monthly, variantId: digital!.id, name: 'Digital, monthly', code: 'atelier-digital-monthly', priceMinor: 699, offerPriceMinor: 100, offerTerms: 3, position: 1 },
    { ...magazine, ...yearly, variantId: digital!.id, name: 'Digital, yearly', code: 'atelier-digital-yearly', priceMinor: 6900, position: 2 },
    { ...magazine, ...monthly, variantId: print!.id, name: 'Print, monthly', code: 'atelier-print-monthly', priceMinor: 999, position: 3 },
    { ...magazine, ...yearly, variantId: print!.id, name: 'Print, yearly', code: 'atelier-print-yearly', priceMinor: 9900, position: 4 },
    { ...magazine, ...monthly, variantId: both!.id, name: 'Print + digital, monthly', code: 'atelier-print-digital-monthly', priceMinor: 1299, position: 5 },
    { ...magazine, ...yearly, variantId: both!.id, name: 'Print + digital, yearly', code: 'atelier-print-digital-yearly', priceMinor: 12900, position: 6 },
  ]);
}
