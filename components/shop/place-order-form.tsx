import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { placeOrderAction } from '@/lib/actions/checkout/place-order-action';
import type { FlashState } from '@/lib/http/form-flash';

/** A server form: a refusal (the cart changed meanwhile…) comes back as `state`, the page's flash. */
export function PlaceOrderForm({ checkoutToken, label, state }: { checkoutToken: string; label: string; state: FlashState }) {
  return (
    <form action={placeOrderAction} className="stack">
      <FormAlert state={state} testId="place-order-error" />
      <input type="hidden" name="checkoutToken" value={checkoutToken} />
      <SubmitButton testId="pay">
        {label}
      </SubmitButton>
    </form>
  );
}
