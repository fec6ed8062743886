'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import type { OrderPaymentSettings } from '@/db/queries/settings/get-order-payment-settings';
import { initialActionState } from '@/lib/actions/action-state';
import { saveOrderPaymentSettingsAction } from '@/lib/actions/settings/save-order-payment-settings-action';
import type { ORDER_PAYMENT_TEXTS, SettingsTexts } from './settings-texts';

/** Settings → Orders and payment: methods at checkout, pay-by-invoice access, the credit check, passwords. */
export function OrderPaymentSettingsForm({
  settings,
  methods,
  texts,
}: {
  settings: OrderPaymentSettings;
  /** Every method the checkout can offer, with its name. */
  methods: { value: string; label: string }[];
  texts: SettingsTexts<(typeof ORDER_PAYMENT_TEXTS)[number]>;
}) {
  const [state, action] = useActionState(saveOrderPaymentSettingsAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="order-payment-settings-form">
      <FormAlert state={state} />
      <fieldset>
        <legend>{texts.methodsLegend}</legend>
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
        {texts.invoiceAccess}
        <select name="invoiceAccess" defaultValue={settings.invoiceAccess} data-testid="invoice-access">
          <option value="order">{texts.invoiceAccessOrder}</option>
          <option value="payment">{texts.invoiceAccessPayment}</option>
        </select>
      </label>
      <label>
        {texts.creditCheckUrl}
        <input name="creditCheckUrl" type="url" defaultValue={settings.creditCheckUrl ?? ''} placeholder="https://" data-testid="credit-check-url" />
      </label>
      <label>
        {texts.creditCheckTimeout}
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
        {texts.creditCheckFallback}
        <select name="creditCheckFallback" defaultValue={settings.creditCheckFallback} data-testid="credit-check-fallback">
          <option value="allow">{texts.fallbackAllow}</option>
          <option value="allow_after_payment">{texts.fallbackAfterPayment}</option>
          <option value="refuse">{texts.fallbackRefuse}</option>
        </select>
      </label>
      <label>
        {texts.requirePassword}
        <select name="requirePassword" defaultValue={settings.requirePassword ? 'true' : 'false'} data-testid="require-password">
          <option value="true">{texts.requirePasswordYes}</option>
          <option value="false">{texts.requirePasswordNo}</option>
        </select>
      </label>
      <SubmitButton testId="order-payment-settings-save">{texts.save}</SubmitButton>
    </form>
  );
}
