import { shopSettings } from '@/db/schema';
import { selectShopSettings } from './select-shop-settings';

/** What the shop's customer-facing pages need from its settings. */
export type StorefrontSettings = {
  /** The shop's name (the SEPA mandate's creditor when no seller identity is saved). */
  shopName: string;
  timeZone: string;
  /** Registration asks for a password (otherwise customers sign in by e-mailed link). */
  requirePassword: boolean;
  enabledPaymentMethods: string[];
  /** Customers may stop their subscriptions on Min Side. */
  customersCanStop: boolean;
  /** Customers may pause on Min Side, for up to maxPauseTerms terms. */
  customersCanPause: boolean;
  maxPauseTerms: number;
  /** Offered to a customer who chooses to stop; null: none. */
  retentionCouponId: string | null;
  /** Customers may change plan, interval or quantity on Min Side. */
  customersCanChangePlan: boolean;
  /** Customers may stop at once on Min Side; inside a commitment only for an early-exit fee. */
  customersCanStopNow: boolean;
  earlyExitFee: 'none' | 'fixed' | 'rest_of_commitment';
  earlyExitFeeAmounts: Record<string, number>;
  /** Catalog prices include VAT (false: they are net, and the shop says "excl. VAT" beside them). */
  pricesIncludeVat: boolean;
};

/** The shop's settings for the shop, checkout and Min Side pages. */
export async function getStorefrontSettings(): Promise<StorefrontSettings> {
  return selectShopSettings({
    shopName: shopSettings.name,
    timeZone: shopSettings.timeZone,
    requirePassword: shopSettings.requirePassword,
    enabledPaymentMethods: shopSettings.enabledPaymentMethods,
    customersCanStop: shopSettings.customersCanStop,
    customersCanPause: shopSettings.customersCanPause,
    maxPauseTerms: shopSettings.maxPauseTerms,
    retentionCouponId: shopSettings.retentionCouponId,
    customersCanChangePlan: shopSettings.customersCanChangePlan,
    customersCanStopNow: shopSettings.customersCanStopNow,
    earlyExitFee: shopSettings.earlyExitFee,
    earlyExitFeeAmounts: shopSettings.earlyExitFeeAmounts,
    pricesIncludeVat: shopSettings.pricesIncludeVat,
  });
}
