import { db } from '@/db/client';
import { err, ok, type Result } from '@/lib/billing/result';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import type { Cart, PaymentMethodChoice } from '@/lib/validations/cart';
import { priceCart } from './price-cart';

/**
 * The cart with the customer's payment method and shipping choice, if the shop offers the method
 * and, for physical goods, the shipping method is one of those listed for this cart.
 */
export async function chooseCheckoutDetails(
  cart: Cart,
  details: { paymentMethod: PaymentMethodChoice; shippingMethodId?: string },
  now: Date,
): Promise<Result<Cart, DomainErrorShape>> {
  const settings = await getShopSettings(db);
  if (!settings.enabledPaymentMethods.includes(details.paymentMethod)) {
    return err(domainError('payment_method_not_offered', 'That payment method is not offered by this shop. Choose another.', 'paymentMethod'));
  }
  const next = {
    ...cart,
    paymentMethod: details.paymentMethod,
    shippingMethodId: details.shippingMethodId ?? null,
  };
  const priced = await priceCart(db, next, now);
  if (!priced.ok) return err(priced.error);
  if (priced.value.resolved.needsShipping && priced.value.shippingMethod?.id !== details.shippingMethodId) {
    return err(domainError('shipping_method_unknown', 'Choose one of the shipping methods listed.', 'shippingMethodId'));
  }
  return ok(next);
}
