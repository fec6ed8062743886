import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { decideTestCheckout } from '@/lib/payments/test-provider-events';
import { db } from '@/db/client';
import { coupons, invoices, plans, type NewCoupon } from '@/db/schema';
import { placeOrder } from '@/lib/services/checkout/place-order';
import { registerCustomer } from '@/lib/services/customers/register-customer';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import type { Cart } from '@/lib/validations/cart';

export async function planByCode(code: string) {
  const [plan] = await db.select().from(plans).where(eq(plans.code, code));
  if (!plan) throw new Error(`Seeded plan ${code} is missing`);
  return plan;
}

export async function newCustomer(prefix = 'buyer'): Promise<{ customerId: string; email: string }> {
  const email = `${prefix}-${crypto.randomUUID()}@example.com`;
  const registered = await registerCustomer(
    {
      name: 'Test Buyer',
      email,
      password: 'correct horse battery',
      companyName: null,
      vatId: null,
      addressLine1: 'Damrak 1',
      addressLine2: null,
      postalCode: '1012 LG',
      city: 'Amsterdam',
      country: 'NL',
      locale: 'en',
    },
    { requirePassword: true },
  );
  if (!registered.ok) throw new Error(registered.error.message);
  return { customerId: registered.value.customerId, email };
}

export function cartOf(items: Cart['items'], extra: Partial<Cart> = {}): Cart {
  return {
    items,
    couponCode: null,
    shippingMethodId: null,
    paymentMethod: 'ideal',
    checkoutToken: crypto.randomBytes(16).toString('hex'),
    ...extra,
  };
}

export async function newCoupon(values: Partial<NewCoupon>) {
  const [coupon] = await db
    .insert(coupons)
    .values({ code: `T${crypto.randomBytes(5).toString('hex').toUpperCase()}`, kind: 'percent', percentOff: 10, ...values })
    .returning();
  return coupon!;
}

/** What the payer does on the provider's page (the provider's side of the fence). */
export async function payerChooses(providerPaymentId: string, status: 'paid' | 'failed', reason: string | null = null) {
  // A successful payment leaves a mandate, as "Pay" on the hosted page does.
  await decideTestCheckout(providerPaymentId, { status, failureReason: reason, mandate: status === 'paid' ? 'ok' : null, at: new Date() });
}

/**
 * The Trendhouse magazine ordered by a customer by invoice (bank transfer), in a shop with pay by
 * invoice enabled and the given access rule (the shared settings row is not changed): the order
 * and its first invoice.
 */
export async function orderMagazineByInvoice(customerId: string, input: { now: Date; access: 'order' | 'payment' }) {
  const settings = await getShopSettings(db);
  const plan = await planByCode('trendhouse-monthly');
  const placed = await placeOrder({
    customerId,
    cart: cartOf([{ planId: plan.id, quantity: 1 }], { paymentMethod: 'bank_transfer' }),
    paymentMethod: 'bank_transfer',
    now: input.now,
    settings: { ...settings, enabledPaymentMethods: [...settings.enabledPaymentMethods, 'bank_transfer'], invoiceAccess: input.access, creditCheckUrl: null },
  });
  if (!placed.ok) throw new Error(placed.error.message);
  const [invoice] = await db.select().from(invoices).where(eq(invoices.orderId, placed.value.order.id));
  return { order: placed.value.order, invoice: invoice! };
}
