'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { addToCartAction } from '@/lib/actions/cart/add-to-cart-action';

type PlanOption = { id: string; code: string; label: string; notes: string[] };

export function AddToCartForm({
  plans,
  productId,
  oneOffPrice,
  texts,
}: {
  plans: PlanOption[];
  productId: string | null;
  oneOffPrice: string | null;
  texts: { choose: string; quantity: string; addToCart: string };
}) {
  const [state, action] = useActionState(addToCartAction, initialActionState);
  return (
    <form action={action} className="stack">
      <FormAlert state={state} />
      {plans.length > 0 ? (
        <fieldset className="stack" style={{ border: 0, padding: 0 }}>
          <legend>
            <strong>{texts.choose}</strong>
          </legend>
          {plans.map((plan, i) => (
            <label key={plan.id} className="inline" data-testid={`plan-option-${plan.code}`}>
              <input type="radio" name="planId" value={plan.id} defaultChecked={i === 0} />
              <span>
                {plan.label}
                {plan.notes.length > 0 && <span className="muted"> ({plan.notes.join(', ')})</span>}
              </span>
            </label>
          ))}
          <FieldError state={state} name="planId" />
        </fieldset>
      ) : (
        <>
          <input type="hidden" name="productId" value={productId ?? ''} />
          {oneOffPrice && <p className="price">{oneOffPrice}</p>}
        </>
      )}
      <label style={{ maxWidth: 160 }}>
        {texts.quantity}
        <input name="quantity" type="number" min={1} max={99} defaultValue={1} data-testid="quantity" />
        <FieldError state={state} name="quantity" />
      </label>
      <SubmitButton testId="add-to-cart">{texts.addToCart}</SubmitButton>
    </form>
  );
}
