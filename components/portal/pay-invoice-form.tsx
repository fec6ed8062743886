'use client';

import { useActionState } from 'react';
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
  texts,
}: {
  invoiceId: string;
  /** The methods with their names in the payer's language. */
  methods: { value: PaymentMethodChoice; label: string }[];
  texts: { payWith: string; saveMethod: string; savesMethod: string; payNow: string };
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
        {texts.payWith}
        <select name="method" defaultValue={methods[0]?.value}>
          {methods.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </select>
      </label>
      {payLinkToken ? (
        // From a link anyone may have been forwarded: the payer's card becomes the customer's
        // autopay method only when they say so.
        <label className="checkbox">
          <input type="checkbox" name="saveMethod" value="yes" data-testid="save-method" /> {texts.saveMethod}
        </label>
      ) : (
        <p className="muted">{texts.savesMethod}</p>
      )}
      <SubmitButton testId="pay-invoice">{texts.payNow}</SubmitButton>
    </form>
  );
}
