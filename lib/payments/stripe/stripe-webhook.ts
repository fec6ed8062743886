import type Stripe from 'stripe';
import type { WebhookRequest, WebhookResult } from '../types';
import { idOf } from './stripe-payment-state';

/**
 * Verifies a Stripe webhook's signature against the endpoint secret and names the payments it
 * concerns. The event's copy of the objects is not used for state: callers read each payment back.
 */
export async function parseStripeWebhook(
  stripe: Stripe,
  webhookSecret: string,
  request: WebhookRequest,
): Promise<WebhookResult> {
  const signature = request.headers.get('stripe-signature');
  if (!signature) return { ok: false, status: 400, message: 'Missing Stripe-Signature header' };
  let event: Stripe.Event;
  try {
    event = await stripe.webhooks.constructEventAsync(request.rawBody, signature, webhookSecret);
  } catch (error) {
    // A bad or stale signature, or a body that is not the JSON that was signed.
    return {
      ok: false,
      status: 400,
      message: `Stripe webhook rejected: ${error instanceof Error ? error.message.split('\n')[0] : 'invalid'}`,
    };
  }
  return { ok: true, providerPaymentIds: paymentIdsOf(event) };
}

/**
 * Ids as we store them: a checkout names both its session (what createCheckout returned) and its
 * PaymentIntent (what getPayment returns once there is one); disputes and refunds name the intent.
 */
function paymentIdsOf(event: Stripe.Event): string[] {
  const object = event.data.object;
  const ids = (() => {
    switch (object.object) {
      case 'payment_intent':
        return [object.id];
      case 'checkout.session':
        return [object.id, idOf(object.payment_intent)];
      case 'dispute':
        return [idOf(object.payment_intent)];
      case 'charge':
        return event.type === 'charge.refunded' ? [idOf(object.payment_intent)] : [];
      default:
        return [];
    }
  })();
  return ids.filter((id): id is string => id !== null);
}
