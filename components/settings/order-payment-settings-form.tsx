'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import type { OrderPaymentSettings } from '@/db/queries/settings/get-order-payment-settings';
import { initialActionState } from '@/lib/actions/action-state';
import { saveOrderPaymentSettingsAction } from '@/lib/actions/settings/save-order-payment-settings-action';

/** Settings → Orders and payment: methods at checkout, pay-by-invoice access, the credit check, passwords. */
export function OrderPaymentSettingsForm({
  settings,
  methods,
}: {
  settings: OrderPaymentSettings;
  /** Every method the checkout can offer, with its name. */
  methods: { value: string; label: string }[];
}) {
  const [state, action] = useActionState(saveOrderPaymentSettingsAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="order-payment-settings-form">
      <FormAlert state={state} />
      <fieldset>
        <legend>Payment methods offered at checkout (bank transfer is pay by invoice: no provider, the customer transfers with the invoice’s reference)</legend>
        {methods.map((method) => (
          <label key={method.value}>
            <input
              type="checkbox"
              name="enabledPaymentMethods"
              value={method.value}
              defaultChecked={settings.enabledPaymentMethods.includes(method.value)}
              data-testid={`enabled-method-${method.value}`}
            />{' '}
            {method.label}
          </label>
        ))}
      </fieldset>
      <label>
        A pay-by-invoice order starts the subscription
        <select name="invoiceAccess" defaultValue={settings.invoiceAccess} data-testid="invoice-access">
          <option value="order">On order: at once, with the first invoice e-mailed</option>
          <option value="payment">On payment: when the money for the first invoice arrives</option>
        </select>
      </label>
      <label>
        Credit check address (optional; POSTed each pay-by-invoice order and its customer, it answers allow, allow-after-payment or refuse)
        <input name="creditCheckUrl" type="url" defaultValue={settings.creditCheckUrl ?? ''} placeholder="https://" data-testid="credit-check-url" />
      </label>
      <label>
        Credit check timeout, in seconds
        <input
          name="creditCheckTimeoutSeconds"
          type="number"
          min={0.5}
          max={30}
          step={0.5}
          defaultValue={settings.creditCheckTimeoutMs / 1000}
          data-testid="credit-check-timeout"
        />
      </label>
      <label>
        When the credit check does not answer in time, fails or answers something else
        <select name="creditCheckFallback" defaultValue={settings.creditCheckFallback} data-testid="credit-check-fallback">
          <option value="allow">Allow (access as set above)</option>
          <option value="allow_after_payment">Allow, with access on payment</option>
          <option value="refuse">Refuse pay by invoice (the customer chooses another method)</option>
        </select>
      </label>
      <label>
        New customers
        <select name="requirePassword" defaultValue={settings.requirePassword ? 'true' : 'false'} data-testid="require-password">
          <option value="true">Set a password</option>
          <option value="false">Sign in by e-mailed link (no password)</option>
        </select>
      </label>
      <SubmitButton testId="order-payment-settings-save">Save</SubmitButton>
    </form>
  );
}
