'use client';

import { useActionState } from 'react';
import { BusinessFields, type BusinessFieldsProps } from '@/components/customers/business-fields';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { saveCheckoutDetailsAction } from '@/lib/actions/checkout/save-checkout-details-action';

export function CheckoutDetailsForm(props: {
  methods: { value: string; label: string }[];
  selectedMethod: string | null;
  shippingOptions: { id: string; label: string }[];
  selectedShipping: string | null;
  business?: Omit<BusinessFieldsProps, 'state'>;
  texts: { shipping: string; paymentMethod: string; continue: string };
}) {
  const [state, action] = useActionState(saveCheckoutDetailsAction, initialActionState);
  return (
    <form action={action} className="stack">
      {!state.fieldErrors && <FormAlert state={state} />}
      {props.shippingOptions.length > 0 && (
        <fieldset className="stack" style={{ border: 0, padding: 0 }}>
          <legend>
            <strong>{props.texts.shipping}</strong>
          </legend>
          {props.shippingOptions.map((option) => (
            <label key={option.id} className="inline">
              <input type="radio" name="shippingMethodId" value={option.id} defaultChecked={option.id === props.selectedShipping} />
              {option.label}
            </label>
          ))}
          <FieldError state={state} name="shippingMethodId" />
        </fieldset>
      )}
      <fieldset className="stack" style={{ border: 0, padding: 0 }}>
        <legend>
          <strong>{props.texts.paymentMethod}</strong>
        </legend>
        {props.methods.map((method) => (
          <label key={method.value} className="inline" data-testid={`payment-method-${method.value}`}>
            <input type="radio" name="paymentMethod" value={method.value} defaultChecked={method.value === props.selectedMethod} />
            {method.label}
          </label>
        ))}
        <FieldError state={state} name="paymentMethod" />
      </fieldset>
      {props.business && <BusinessFields {...props.business} state={state} />}
      <SubmitButton testId="to-summary">{props.texts.continue}</SubmitButton>
    </form>
  );
}
