import { desc, lte } from 'drizzle-orm';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import { sellerIdentities, type SellerIdentityRow } from '@/db/schema';

/**
 * The shop's legal identity in force at `at` (default: now): the latest version saved before it.
 * Null when none was saved by then (a shop not set up yet, or a document older than the first
 * version): documents then show the shop's name and support address only.
 */
export async function getSellerIdentity(at: Date = new Date(), db: DbOrTx = defaultDb): Promise<SellerIdentityRow | null> {
  const [row] = await db
    .select()
    .from(sellerIdentities)
    .where(lte(sellerIdentities.validFrom, at))
    .orderBy(desc(sellerIdentities.validFrom), desc(sellerIdentities.id))
    .limit(1);
  return row ?? null;
}
