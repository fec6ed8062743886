'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { startMethodSetupAction } from '@/lib/actions/portal/start-method-setup-action';

/** "Add a payment method": the method to save, then off to the provider's hosted setup page. */
export function AddMethodForm({
  methods,
  invoiceId,
  texts,
}: {
  /** The methods the shop lets customers save, with their names in the customer's language. */
  methods: { value: string; name: string }[];
  /** The open invoice to offer for payment once the method is saved. */
  invoiceId: string | null;
  texts: { method: string; submit: string };
}) {
  const [state, action] = useActionState(startMethodSetupAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="add-method-form">
      <FormAlert state={state} />
      {invoiceId && <input type="hidden" name="invoiceId" value={invoiceId} />}
      <label>
        {texts.method}
        <select name="method" defaultValue={methods[0]?.value} data-testid="add-method-choice">
          {methods.map((m) => (
            <option key={m.value} value={m.value}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <SubmitButton testId="add-method">{texts.submit}</SubmitButton>
    </form>
  );
}
