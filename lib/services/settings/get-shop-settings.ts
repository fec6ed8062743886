import type { DbOrTx } from '@/db/client';
import { shopSettings, type ShopSettings } from '@/db/schema';

/** The settings row while withShopSettingsHeld runs, else null (every call reads the row). */
let held: ShopSettings | null = null;

/** The shop's single settings row; seeded on first start, so its absence is a bug. */
export async function getShopSettings(db: DbOrTx): Promise<ShopSettings> {
  if (held) return { ...held };
  const [row] = await db.select().from(shopSettings).limit(1);
  if (!row) throw new Error('Shop settings are missing: the database was not seeded.');
  return row;
}

/**
 * Runs `work` with the settings row read once: every getShopSettings of this process meanwhile
 * answers with that row (a copy) instead of a query. For a batch job during which nothing can
 * change the settings (the demo shop's history, played before the app starts), which otherwise
 * reads the row thousands of times, once in nearly every service it calls.
 *
 * NOTE: not for a running app, where the merchant can save new settings at any time. Not
 * reentrant: one batch job at a time.
 */
export async function withShopSettingsHeld<T>(db: DbOrTx, work: () => Promise<T>): Promise<T> {
  held = await getShopSettings(db);
  try {
    return await work();
  } finally {
    held = null;
  }
}
