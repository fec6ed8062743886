import { shopSettings } from '@/db/schema';
import { selectShopSettings } from '@/db/queries/settings/select-shop-settings';

export type DashboardSettings = {
  shopName: string;
  timeZone: string;
  defaultCurrency: string;
  /** Registered for OSS: EU consumers abroad pay their own country's VAT (Settings → VAT). */
  vatOssRegistered: boolean;
  /** Catalog prices include VAT (true) or are net prices VAT is added to (Settings → VAT). */
  pricesIncludeVat: boolean;
};

/** What the dashboard needs from the shop settings: its month boundaries and empty totals. */
export async function getDashboardSettings(): Promise<DashboardSettings> {
  return selectShopSettings({
    shopName: shopSettings.name,
    timeZone: shopSettings.timeZone,
    defaultCurrency: shopSettings.defaultCurrency,
    vatOssRegistered: shopSettings.vatOssRegistered,
    pricesIncludeVat: shopSettings.pricesIncludeVat,
  });
}
