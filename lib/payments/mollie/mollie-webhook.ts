import type { WebhookRequest, WebhookResult } from '../types';

const PAYMENT_ID = /^tr_[A-Za-z0-9]+$/;

/**
 * Mollie's classic webhook: a form-encoded POST of `id=tr_…`, unsigned.
 * NOTE: nothing in the body is trusted beyond the id's shape. The caller always reads the payment
 * back from the API, so a forged call can at most make us re-read a real payment's real state.
 */
export function parseMollieWebhook(request: WebhookRequest): WebhookResult {
  const id = new URLSearchParams(request.rawBody).get('id');
  if (!id || !PAYMENT_ID.test(id)) {
    return { ok: false, status: 400, message: 'Expected a form-encoded body "id=tr_…" naming a Mollie payment' };
  }
  return { ok: true, providerPaymentIds: [id] };
}
