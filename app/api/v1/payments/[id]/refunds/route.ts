import { getApiPayment } from '@/db/queries/api/payment-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { apiHandler } from '@/lib/api/api-handler';
import { found, pathId } from '@/lib/api/found';
import { refundPayment } from '@/lib/api/operations/others';
import { presentRefund } from '@/lib/api/present';
import { serviceRefusal } from '@/lib/api/service-refusal';
import { refundPayment as refund } from '@/lib/services/payments/refund-payment';

/** Refunds a payment as a credit note on its paid invoice (refundPayment). */
export const POST = apiHandler(refundPayment, async ({ params, body, caller, now }) => {
  const payment = found(await getApiPayment(REAL_TIME, pathId(params.id, 'payment')), 'payment');
  const refunded = await refund({ paymentId: payment.id, amountMinor: body.amount, reason: body.reason, staffUserId: caller.ownerUserId, now });
  if (!refunded.ok) throw serviceRefusal(refunded.error, { what: 'payment', unprocessable: ['amount', 'not_refundable'] });
  return { status: 201, body: presentRefund(refunded.value) };
});
