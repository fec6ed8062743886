import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, orders, plans, subscriptions, type Subscription } from '@/db/schema';
import { getAutopayMethod } from '@/db/queries/payments/get-autopay-method';
import { err, ok, type Result } from '@/lib/billing/result';
import { ProviderUnavailableError } from '@/lib/payments/types';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { runCharge } from '@/lib/services/billing/run-charge';
import { fulfilOrder } from '@/lib/services/checkout/fulfil-order';
import { placeOrder } from '@/lib/services/checkout/place-order';
import { nudgeEventRelay } from '@/lib/services/events/nudge-event-relay';
import { recordEvent } from '@/lib/services/events/record-event';
import { collectOpenInvoice, openInvoiceTerms } from '@/lib/services/invoices/open-invoice-collection';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { chooseMerchantShipping } from './choose-merchant-shipping';
import { PAYMENT_METHODS, type PaymentMethodChoice } from '@/lib/validations/cart';

/** `charge_automatically`: the customer's stored method is charged; `send_invoice`: the invoice is e-mailed. */
export type Collection = 'charge_automatically' | 'send_invoice';

export type MerchantSubscriptionError = DomainErrorShape;

/**
 * The merchant starts a subscription for a customer (the API): the plan and coupon are priced
 * and the coupon's use counted by the checkout's own services (placeOrder), and the order is
 * fulfilled by the checkout's fulfilOrder, so the subscription, its first term and its MRR are
 * the same rows a shop order writes. What differs is the money: nobody pays at a checkout, so the
 * first invoice is open and collected like a renewal's (collectOpenInvoice): charged on the stored
 * method after the commit, or e-mailed. A free trial has no first invoice.
 *
 * NOTE: the order is placed in its own transaction (placeOrder's), then fulfilled in a second one
 * under the order's lock. Should the second never run, the order stays unpaid with no payment and
 * no subscription: nothing is billed or swept from it.
 */
export async function startMerchantSubscription(input: {
  customerId: string;
  planId: string;
  quantity: number;
  couponCode: string | null;
  collection: Collection;
  /** Required for a shipped plan (chooseMerchantShipping). */
  shippingMethodId: string | null;
  now: Date;
}): Promise<Result<{ subscription: Subscription; invoiceId: string | null }, MerchantSubscriptionError>> {
  const [customer] = await db.select().from(customers).where(eq(customers.id, input.customerId));
  if (!customer) return err(domainError('not_found', 'That customer does not exist.', 'customer'));
  const [plan] = await db.select().from(plans).where(eq(plans.id, input.planId));
  if (!plan) return err(domainError('not_found', 'That plan does not exist.', 'plan'));
  const shipping = await chooseMerchantShipping(db, plan, input.shippingMethodId);
  if (!shipping.ok) return shipping;
  const mandate = await getAutopayMethod(db, customer.id);
  if (input.collection === 'charge_automatically' && !mandate) {
    return err(domainError('no_payment_method', 'This customer has no stored payment method to charge. Use `collection: send_invoice`, or let them add a method first.', 'collection'));
  }
  const method: PaymentMethodChoice = input.collection === 'send_invoice' ? 'bank_transfer' : methodChoiceOf(mandate!.type);
  const placed = await placeOrder({
    customerId: customer.id,
    cart: {
      items: [{ planId: plan.id, quantity: input.quantity }],
      couponCode: input.couponCode,
      shippingMethodId: shipping.value,
      paymentMethod: method,
      checkoutToken: crypto.randomBytes(16).toString('hex'),
    },
    paymentMethod: method,
    now: input.now,
    byMerchant: true,
  });
  if (!placed.ok) return err(domainError(placed.error.field === 'coupon' ? 'coupon_refused' : 'not_sold', placed.error.message, placed.error.field === 'coupon' ? 'coupon' : 'plan'));

  const settings = await getShopSettings(db);
  const started = await db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, placed.value.order.id)).for('update');
    const fulfilled = await fulfilOrder(tx, {
      order: order!,
      payment: null,
      mandateRef: null,
      now: input.now,
      open: () => openInvoiceTerms(tx, { customer, plan, timeZone: settings.timeZone, now: input.now }),
    });
    // The collection chosen holds for its renewals too (the engine's `issue`), until changed.
    const [subscription] = await tx
      .update(subscriptions)
      .set({ collection: input.collection })
      .where(eq(subscriptions.id, fulfilled.subscriptions[0]!.id))
      .returning();
    // Finalized as a checkout's first invoice is, sent or charged (the webhooks and the e-invoice
    // follow from the event). Its e-mail is one per invoice however many ask for it; a charged
    // one is not e-mailed "to pay" while its attempt runs, but as paid once paid, as a checkout's
    // is (sendFinalizedInvoiceEmail, startInvoicedOrder).
    if (fulfilled.invoiceId) await recordEvent(tx, { name: 'billing/invoice.finalized', data: { invoiceId: fulfilled.invoiceId } });
    const paymentId = fulfilled.invoiceId
      ? await collectOpenInvoice(tx, {
          invoiceId: fulfilled.invoiceId,
          customerId: customer.id,
          amountMinor: order!.totalMinor,
          currency: order!.currency,
          now: input.now,
          sendOnly: input.collection === 'send_invoice',
        })
      : null;
    return { subscription: subscription!, invoiceId: fulfilled.invoiceId, paymentId };
  });
  await nudgeEventRelay([started.subscription.id, customer.id, started.invoiceId]);
  if (started.paymentId) {
    try {
      await runCharge(started.paymentId, input.now);
    } catch (error) {
      // Unknown whether the provider took it: the attempt stays pending and the billing sweep
      // asks again with the same key. The subscription is started either way.
      if (!(error instanceof ProviderUnavailableError)) throw error;
    }
  }
  return ok({ subscription: started.subscription, invoiceId: started.invoiceId });
}

/** The order records how it is paid: the stored method's kind (a `balance` mandate is none of the checkout's). */
function methodChoiceOf(type: string): PaymentMethodChoice {
  return (PAYMENT_METHODS as readonly string[]).includes(type) ? (type as PaymentMethodChoice) : 'card';
}
