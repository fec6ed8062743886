import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { orderLines, orders, type Order } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { buyerVatOfCustomer } from '@/lib/services/vat/buyer-vat-of-customer';
import type { Cart, PaymentMethodChoice } from '@/lib/validations/cart';
import { priceCart, type PriceCartError } from './price-cart';
import { answerCouponRefused, CouponRefused, redeemCoupon } from './redeem-coupon';

/**
 * Places the order for a cart, priced from the catalog at this moment.
 *
 * The coupon's use is counted here, in the order's transaction (see redeemCoupon).
 *
 * NOTE: idempotent on the cart's checkout token (a unique key): a double click, the back button
 * or a resubmitted summary finds the order already placed instead of placing a second one.
 */
export async function placeOrder(input: {
  customerId: string;
  cart: Cart;
  paymentMethod: PaymentMethodChoice;
  now: Date;
}): Promise<Result<{ order: Order; alreadyPlaced: boolean }, PriceCartError>> {
  const existing = await findByToken(input.cart.checkoutToken);
  if (existing) return existingFor(existing, input.customerId);

  const settings = await getShopSettings(db);
  if (!settings.enabledPaymentMethods.includes(input.paymentMethod)) {
    return err({ field: 'cart', message: 'That payment method is not offered by this shop. Choose another.' });
  }

  return db.transaction(async (tx): Promise<Result<{ order: Order; alreadyPlaced: boolean }, PriceCartError>> => {
    // The buyer is known now: each line's VAT is decided for them (reverse charge, OSS, export).
    const vat = await buyerVatOfCustomer(tx, input.customerId, input.now);
    const priced = await priceCart(tx, input.cart, input.now, vat);
    if (!priced.ok) return priced;
    const { resolved, priced: invoice, coupon, shippingMethod } = priced.value;

    const [order] = await tx
      .insert(orders)
      .values({
        customerId: input.customerId,
        checkoutToken: input.cart.checkoutToken,
        currency: invoice.currency,
        couponId: coupon?.id ?? null,
        shippingMethodId: shippingMethod?.id ?? null,
        paymentMethod: input.paymentMethod,
        totalMinor: invoice.totalMinor,
        taxMinor: invoice.taxMinor,
        pricing: invoice,
      })
      .onConflictDoNothing({ target: orders.checkoutToken })
      .returning();
    if (!order) {
      // A concurrent submit of the same checkout won the race: answer with its order.
      const raced = await findByToken(input.cart.checkoutToken);
      return raced ? existingFor(raced, input.customerId) : err({ field: 'cart', message: 'Please try again.' });
    }
    const redeemed = await redeemCoupon(tx, order);
    if (!redeemed.ok) throw new CouponRefused(redeemed.error);

    await tx.insert(orderLines).values([
      ...resolved.items.map((item) => ({
        orderId: order.id,
        position: item.index,
        kind: item.kind === 'plan' ? ('subscription' as const) : ('one_off' as const),
        productId: item.product.id,
        planId: item.kind === 'plan' ? item.plan.id : null,
        description: item.kind === 'plan' ? `${item.product.name} — ${item.plan.name}` : item.product.name,
        quantity: item.quantity,
        unitPriceMinor: item.kind === 'plan' ? item.plan.priceMinor : item.product.unitPriceMinor!,
      })),
      ...(shippingMethod
        ? [
            {
              orderId: order.id,
              position: resolved.items.length,
              kind: 'shipping' as const,
              description: `Shipping: ${shippingMethod.name}`,
              quantity: 1,
              unitPriceMinor: shippingMethod.priceMinor,
            },
          ]
        : []),
    ]);
    return ok({ order, alreadyPlaced: false });
  }).catch(answerCouponRefused);
}

async function findByToken(token: string): Promise<Order | undefined> {
  const [order] = await db.select().from(orders).where(eq(orders.checkoutToken, token)).limit(1);
  return order;
}

function existingFor(order: Order, customerId: string): Result<{ order: Order; alreadyPlaced: boolean }, PriceCartError> {
  if (order.customerId !== customerId) {
    return err({ field: 'cart', message: 'This checkout was started by another account. Start a new order.' });
  }
  return ok({ order, alreadyPlaced: true });
}
