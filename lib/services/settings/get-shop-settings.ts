import type { DbOrTx } from '@/db/client';
import { shopSettings, type ShopSettings } from '@/db/schema';

/** The shop's single settings row; seeded on first start, so its absence is a bug. */
export async function getShopSettings(db: DbOrTx): Promise<ShopSettings> {
  const [row] = await db.select().from(shopSettings).limit(1);
  if (!row) throw new Error('Shop settings are missing: the database was not seeded.');
  return row;
}
