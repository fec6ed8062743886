import { db } from '@/db/client';
import { shopSettings } from '@/db/schema';

export type DashboardSettings = { shopName: string; timeZone: string; defaultCurrency: string };

/** What the dashboard needs from the shop settings: its month boundaries and empty totals. */
export async function getDashboardSettings(): Promise<DashboardSettings> {
  const [row] = await db
    .select({
      shopName: shopSettings.name,
      timeZone: shopSettings.timeZone,
      defaultCurrency: shopSettings.defaultCurrency,
    })
    .from(shopSettings)
    .limit(1);
  if (!row) throw new Error('Shop settings are missing: the database was not seeded.');
  return row;
}
