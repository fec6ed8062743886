import { BusinessFieldset, businessValuesOf, type BusinessFieldsetProps } from '@/components/customers/business-fieldset';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { saveCheckoutDetailsAction } from '@/lib/actions/checkout/save-checkout-details-action';
import type { FlashState } from '@/lib/http/form-flash';

/**
 * Shipping, payment method and (where asked) the business fields. A server form: a refusal comes
 * back as `state` (the page's flash), and the choices and fields start from what was sent.
 */
export function CheckoutDetailsForm(props: {
  methods: { value: string; label: string }[];
  selectedMethod: string | null;
  shippingOptions: { id: string; label: string }[];
  selectedShipping: string | null;
  business?: Omit<BusinessFieldsetProps, 'state' | 'chosen'>;
  texts: { shipping: string; paymentMethod: string; continue: string };
  state: FlashState;
}) {
  const { state } = props;
  const typed = state.values;
  const selectedShipping = typed?.shippingMethodId ?? props.selectedShipping;
  const selectedMethod = typed?.paymentMethod ?? props.selectedMethod;
  return (
    <form action={saveCheckoutDetailsAction} className="stack">
      {!state.fieldErrors && <FormAlert state={state} />}
      {props.shippingOptions.length > 0 && (
        <fieldset className="stack" style={{ border: 0, padding: 0 }}>
          <legend>
            <strong>{props.texts.shipping}</strong>
          </legend>
          {props.shippingOptions.map((option) => (
            <label key={option.id} className="inline">
              <input type="radio" name="shippingMethodId" value={option.id} defaultChecked={option.id === selectedShipping} />
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
            <input type="radio" name="paymentMethod" value={method.value} defaultChecked={method.value === selectedMethod} />
            {method.label}
          </label>
        ))}
        <FieldError state={state} name="paymentMethod" />
      </fieldset>
      {props.business && (
        <BusinessFieldset {...props.business} values={typed?.customerType ? businessValuesOf(typed) : props.business.values} state={state} />
      )}
      <SubmitButton testId="to-summary">
        {props.texts.continue}
      </SubmitButton>
    </form>
  );
}
