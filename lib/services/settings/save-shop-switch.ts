import { db as defaultDb, type DbOrTx } from '@/db/client';
import { shopSettings } from '@/db/schema';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { getShopSettings } from './get-shop-settings';
import { forgetStorefrontReads } from '@/db/queries/catalog/storefront-memo';

/** The shop-wide switches (Min Side self-service, OSS registration, price mode), and the audit record id each is saved under. */
const SWITCHES = {
  customersCanStop: 'customers-can-stop',
  customersCanChangePlan: 'customers-can-change-plan',
  vatOssRegistered: 'vat-oss-registered',
  pricesIncludeVat: 'prices-include-vat',
} as const;
export type ShopSwitch = keyof typeof SWITCHES;

/**
 * Staff turn a shop-wide switch on or off: a self-service action on Min Side (each customer can
 * also be forbidden on their own), or the shop's OSS registration. Audited; an unchanged value
 * writes nothing.
 */
export async function saveShopSwitch(
  input: { key: ShopSwitch; value: boolean; staffUserId: string },
  db: DbOrTx = defaultDb,
): Promise<{ changed: boolean }> {
  // The order pages say "incl. VAT" or "excl. VAT" as saved from the next visit on.
  const saved = await db.transaction(async (tx) => {
    const before = await getShopSettings(tx);
    if (before[input.key] === input.value) return { changed: false };
    await tx.update(shopSettings).set({ [input.key]: input.value });
    await recordAudit(tx, {
      actorUserId: input.staffUserId,
      action: 'settings.update',
      record: { type: 'settings', id: SWITCHES[input.key] },
      before: { [input.key]: before[input.key] },
      after: { [input.key]: input.value },
    });
    return { changed: true };
  });
  forgetStorefrontReads();
  return saved;
}
