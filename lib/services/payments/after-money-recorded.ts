import { queuePaymentReceived } from '@/lib/services/email/send-payment-received';
import { afterPaymentApplied } from './after-payment-applied';
import type { AppliedPayment } from './apply-payment';
import { redactError } from '@/lib/errors/redact-error';

/**
 * What follows money a merchant recorded (by hand or from a bank file), once it has committed:
 * the billing engine hears the invoice is paid, and the customer gets a receipt.
 *
 * NOTE: failures are logged, never thrown. The money is already booked; an error here would tell
 * the merchant the payment failed and invite a second registration of the same money. Both steps
 * are idempotent (event ids, the e-mail's dedupe key), so the sweep or a retry can repeat them.
 */
export async function afterMoneyRecorded(applied: AppliedPayment[]): Promise<void> {
  for (const one of applied) {
    try {
      await afterPaymentApplied(one);
    } catch (error) {
      console.error(`[payments] after payment ${one.payment.id}: billing event failed:`, redactError(error));
    }
    try {
      await queuePaymentReceived(one.payment.id);
    } catch (error) {
      console.error(`[payments] after payment ${one.payment.id}: receipt e-mail failed:`, redactError(error));
    }
  }
}
