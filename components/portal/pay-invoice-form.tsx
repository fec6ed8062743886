'use client';

import { useActionState } from 'react';
import { PAYMENT_METHOD_LABELS } from '@/components/shop/payment-method-labels';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { payByLinkAction } from '@/lib/actions/portal/pay-by-link-action';
import { payInvoiceAction } from '@/lib/actions/portal/pay-invoice-action';
import type { PaymentMethodChoice } from '@/lib/validations/cart';

/**
 * Pay an open invoice online. On Min Side the payment also becomes the method for the next
 * terms; from a pay link only when the payer ticks "use for future payments".
 */
export function PayInvoiceForm({
  invoiceId,
  methods,
  payLinkToken,
}: {
  invoiceId: string;
  methods: PaymentMethodChoice[];
  /** Paying from an e-mailed pay link (not signed in): the link's token authorises it. */
  payLinkToken?: string;
}) {
  const [state, action] = useActionState(payLinkToken ? payByLinkAction : payInvoiceAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="pay-invoice-form">
      <FormAlert state={state} />
      <input type="hidden" name="invoiceId" value={invoiceId} />
      {payLinkToken && <input type="hidden" name="token" value={payLinkToken} />}
      <label>
        Pay with
        <select name="method" defaultValue={methods[0]}>
          {methods.map((m) => (
            <option key={m} value={m}>
              {PAYMENT_METHOD_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      {payLinkToken ? (
        // From a link anyone may have been forwarded: the payer's card becomes the customer's
        // autopay method only when they say so.
        <label className="checkbox">
          <input type="checkbox" name="saveMethod" value="yes" data-testid="save-method" /> Use this payment method for future
          payments (your next invoices are charged to it automatically; you can change it at any time)
        </label>
      ) : (
        <p className="muted">Paying here also saves this method for your next invoices (you can change it at any time).</p>
      )}
      <SubmitButton testId="pay-invoice">Pay now</SubmitButton>
    </form>
  );
}
