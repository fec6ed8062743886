import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { retryPaymentAction } from '@/lib/actions/checkout/retry-payment-action';
import type { FlashState } from '@/lib/http/form-flash';

/** A server form: a refusal comes back as `state`, the page's flash. */
export function RetryPaymentForm({ orderId, label, state }: { orderId: string; label: string; state: FlashState }) {
  return (
    <form action={retryPaymentAction}>
      <FormAlert state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <SubmitButton testId="retry-payment">
        {label}
      </SubmitButton>
    </form>
  );
}
