import { desc, lte } from 'drizzle-orm';
import { builtOnceQuery, valueFor } from '@/db/built-once';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import { sellerIdentities, type SellerIdentityRow } from '@/db/schema';

/** Built once (db/built-once.ts): every checkout's VAT context and invoice e-mail asks it. */
const identityStatement = builtOnceQuery<SellerIdentityRow>(() =>
  defaultDb
    .select()
    .from(sellerIdentities)
    .where(lte(sellerIdentities.validFrom, valueFor(sellerIdentities.validFrom, 'at')))
    .orderBy(desc(sellerIdentities.validFrom), desc(sellerIdentities.id))
    .limit(1),
);

/**
 * The shop's legal identity in force at `at` (default: now): the latest version saved before it.
 * Null when none was saved by then (a shop not set up yet, or a document older than the first
 * version): documents then show the shop's name and support address only.
 */
export async function getSellerIdentity(at: Date = new Date(), db: DbOrTx = defaultDb): Promise<SellerIdentityRow | null> {
  const [row] = await identityStatement(db, { at });
  return row ?? null;
}
