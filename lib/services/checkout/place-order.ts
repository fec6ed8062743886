import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { orderLines, orders, type Order, type ShopSettings } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { planLineDescription } from '@/lib/billing/line-description';
import { nudgeEventRelay } from '@/lib/services/events/nudge-event-relay';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { buyerVatOfCustomer } from '@/lib/services/vat/buyer-vat-of-customer';
import type { Cart, PaymentMethodChoice } from '@/lib/validations/cart';
import { acceptInvoiceOrder } from './accept-invoice-order';
import { decideInvoiceAccess } from './decide-invoice-access';
import { priceCart, type PriceCartError } from './price-cart';
import { answerCouponRefused, CouponRefused, redeemCoupon } from './redeem-coupon';

export type PlaceOrderError = PriceCartError | { field: 'paymentMethod'; code: 'credit_refused'; message: string };
export type PlacedOrder = { order: Order; alreadyPlaced: boolean };

/**
 * Places the order for a cart, priced from the catalog at this moment. Paid by invoice
 * (bank_transfer), the order is accepted in the same transaction (acceptInvoiceOrder: the open
 * first invoice with its reference, e-mailed; the subscriptions started when access is on
 * order), after the credit check where one is configured: a refusal writes nothing.
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
  /** The shop's settings as this order reads them; read from the database when not given. */
  settings?: ShopSettings;
  /**
   * Placed by the merchant (API) for the customer: how they pay is the merchant's choice, not the
   * shop's checkout offer, and the merchant's caller fulfils it (no credit check, no access rule).
   */
  byMerchant?: boolean;
}): Promise<Result<PlacedOrder, PlaceOrderError>> {
  const existing = await findByToken(input.cart.checkoutToken);
  if (existing) return existingFor(existing, input.customerId);

  const settings = input.settings ?? (await getShopSettings(db));
  if (!input.byMerchant && !settings.enabledPaymentMethods.includes(input.paymentMethod)) {
    return err({
      field: 'cart',
      code: 'payment_method_not_offered',
      message: 'That payment method is not offered by this shop. Choose another.',
    });
  }
  const byInvoice = input.paymentMethod === 'bank_transfer' && !input.byMerchant;
  const decided = byInvoice
    ? await decideInvoiceAccess({
        customerId: input.customerId,
        cart: input.cart,
        now: input.now,
        settings,
      })
    : null;
  if (decided && !decided.ok) return decided;
  if (decided && !decided.value.ok) {
    return err({ field: 'paymentMethod', code: 'credit_refused', message: 'Payment by invoice is not available for this order. Choose another payment method.' });
  }
  const access = decided?.value.ok ? decided.value.value : null;

  const placed = await db
    .transaction(async (tx): Promise<Result<PlacedOrder & { invoiceId: string | null }, PriceCartError>> => {
      // The buyer is known now: each line's VAT is decided for them (reverse charge, OSS, export).
      const vat = await buyerVatOfCustomer(tx, input.customerId, input.now);
      const priced = await priceCart(tx, input.cart, input.now, vat, {
        pricesIncludeVat: settings.pricesIncludeVat,
      });
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
        return raced
          ? existingFor(raced, input.customerId)
          : err({
              field: 'cart',
              code: 'try_again',
              message: 'Please try again.',
            });
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
          description:
            item.kind === 'plan'
              ? planLineDescription({ productName: item.product.name, variantName: item.variantName, planName: item.plan.name })
              : item.product.name,
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
      const accepted = access ? await acceptInvoiceOrder(tx, { order, access, now: input.now }) : null;
      return ok({
        order: accepted ? { ...order, invoiceAccess: access } : order,
        alreadyPlaced: false,
        invoiceId: accepted?.invoiceId ?? null,
      });
    })
    .catch(answerCouponRefused);
  if (!placed.ok) return placed;
  // After commit: the invoice and confirmation e-mails of an order paid by invoice go out now.
  if (access) await nudgeEventRelay([placed.value.order.id, placed.value.invoiceId]);
  return ok({
    order: placed.value.order,
    alreadyPlaced: placed.value.alreadyPlaced,
  });
}

async function findByToken(token: string): Promise<Order | undefined> {
  const [order] = await db.select().from(orders).where(eq(orders.checkoutToken, token)).limit(1);
  return order;
}

function existingFor(order: Order, customerId: string): Result<PlacedOrder & { invoiceId: null }, PriceCartError> {
  if (order.customerId !== customerId) {
    return err({
      field: 'cart',
      code: 'checkout_other_account',
      message: 'This checkout was started by another account. Start a new order.',
    });
  }
  return ok({ order, alreadyPlaced: true, invoiceId: null });
}
