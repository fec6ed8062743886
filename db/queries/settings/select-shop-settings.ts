import type { SelectedFields } from 'drizzle-orm/pg-core';
import { db } from '@/db/client';
import { shopSettings } from '@/db/schema';

/** The chosen columns of the shop's single settings row; seeded on first start, so its absence is a bug. */
export async function selectShopSettings<T extends SelectedFields>(columns: T) {
  const [row] = await db.select(columns).from(shopSettings).limit(1);
  if (!row) throw new Error('Shop settings are missing: the database was not seeded.');
  return row;
}
