import { db } from '@/db/client';
import { shopSettings } from '@/db/schema';

/** What the shop's customer-facing pages need from its settings. */
export type StorefrontSettings = {
  timeZone: string;
  /** Registration asks for a password (otherwise customers sign in by e-mailed link). */
  requirePassword: boolean;
  thankYouText: string;
  enabledPaymentMethods: string[];
};

/** The shop's settings for the shop, checkout and Min Side pages; seeded on first start. */
export async function getStorefrontSettings(): Promise<StorefrontSettings> {
  const [row] = await db
    .select({
      timeZone: shopSettings.timeZone,
      requirePassword: shopSettings.requirePassword,
      thankYouText: shopSettings.thankYouText,
      enabledPaymentMethods: shopSettings.enabledPaymentMethods,
    })
    .from(shopSettings)
    .limit(1);
  if (!row) throw new Error('Shop settings are missing: the database was not seeded.');
  return row;
}
