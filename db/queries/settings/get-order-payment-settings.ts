import { shopSettings } from '@/db/schema';
import { selectShopSettings } from './select-shop-settings';

/** Settings → Orders and payment, as the dashboard form shows them. */
export async function getOrderPaymentSettings() {
  return selectShopSettings({
    enabledPaymentMethods: shopSettings.enabledPaymentMethods,
    invoiceAccess: shopSettings.invoiceAccess,
    creditCheckUrl: shopSettings.creditCheckUrl,
    creditCheckTimeoutMs: shopSettings.creditCheckTimeoutMs,
    creditCheckFallback: shopSettings.creditCheckFallback,
    requirePassword: shopSettings.requirePassword,
  });
}

export type OrderPaymentSettings = Awaited<ReturnType<typeof getOrderPaymentSettings>>;
