import { db as defaultDb, type DbOrTx } from '@/db/client';
import { saveShopSwitch } from './save-shop-switch';
import { forgetStorefrontReads } from '@/db/queries/catalog/storefront-memo';

export type VatSettingsChange = { vatOssRegistered: boolean; pricesIncludeVat: boolean };

/**
 * Settings → VAT: the OSS registration and whether catalog prices include VAT, saved together
 * (one transaction: both or neither), each audited on its own record as saveShopSwitch does.
 *
 * NOTE: a new price mode applies to what is priced from now on (carts, the next renewals and plan
 * changes); each invoice keeps the mode it was issued in, so documents already issued, and the
 * credit notes and e-invoices made of them later, keep their meaning.
 */
export async function saveVatSettings(
  input: VatSettingsChange & { staffUserId: string },
  db: DbOrTx = defaultDb,
): Promise<{ [K in keyof VatSettingsChange]: boolean }> {
  const saved = await db.transaction(async (tx) => {
    const oss = await saveShopSwitch({ key: 'vatOssRegistered', value: input.vatOssRegistered, staffUserId: input.staffUserId }, tx);
    const mode = await saveShopSwitch({ key: 'pricesIncludeVat', value: input.pricesIncludeVat, staffUserId: input.staffUserId }, tx);
    return { vatOssRegistered: oss.changed, pricesIncludeVat: mode.changed };
  });
  // After the commit: a visit between the switch's own save and this one may have read the old mode.
  forgetStorefrontReads();
  return saved;
}
