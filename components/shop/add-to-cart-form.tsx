import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { addToCartAction } from '@/lib/actions/cart/add-to-cart-action';
import type { FlashState } from '@/lib/http/form-flash';
import type { PlanGroup, PlanOption } from './order-page-options';

/** "incl. VAT" or "excl. VAT" after a price, as the shop's prices are entered. */
function VatNote({ text }: { text: string }) {
  return (
    <span className="muted" data-testid="vat-note">
      {' '}
      {text}
    </span>
  );
}

function PlanChoice({ plan, checked, vatNote }: { plan: PlanOption; checked: boolean; vatNote: string }) {
  return (
    <label className="inline" data-testid={`plan-option-${plan.code}`}>
      <input type="radio" name="planId" value={plan.id} defaultChecked={checked} />
      <span>
        {plan.name}:{' '}
        {plan.struck && (
          <>
            <s data-testid="plan-regular-price">{plan.struck}</s>{' '}
          </>
        )}
        {plan.price}
        <VatNote text={vatNote} />
        {plan.saving && (
          <>
            {' '}
            <strong className="badge" data-testid="plan-saving">
              {plan.saving}
            </strong>
          </>
        )}
        {plan.notes.length > 0 && <span className="muted"> ({plan.notes.join(', ')})</span>}
      </span>
    </label>
  );
}

/**
 * The plans to choose from, one radio group: for a variable product a fieldset per variant
 * (print, digital…) with that variant's plans, so choosing a plan chooses its variant too.
 * A server form: no client code; a refusal comes back as `state`, with the choice and quantity typed.
 */
export function AddToCartForm({
  groups,
  productId,
  oneOffPrice,
  texts,
  state,
}: {
  groups: PlanGroup[];
  productId: string | null;
  oneOffPrice: string | null;
  texts: { choose: string; chooseVariant: string; quantity: string; addToCart: string; vatNote: string };
  state: FlashState;
}) {
  const first = state.values?.planId ?? groups[0]?.plans[0]?.id;
  const variable = groups.some((group) => group.name !== null);
  return (
    <form action={addToCartAction} className="stack">
      <FormAlert state={state} />
      {groups.length > 0 ? (
        <fieldset className="stack" style={{ border: 0, padding: 0 }}>
          <legend>
            <strong>{variable ? texts.chooseVariant : texts.choose}</strong>
          </legend>
          {groups.map((group) =>
            group.name === null ? (
              group.plans.map((plan) => <PlanChoice key={plan.id} plan={plan} checked={plan.id === first} vatNote={texts.vatNote} />)
            ) : (
              <fieldset key={group.variantId} className="stack" style={{ padding: '0.5rem 0.75rem' }} data-testid={`variant-${group.name}`}>
                <legend>{group.name}</legend>
                {group.plans.map((plan) => (
                  <PlanChoice key={plan.id} plan={plan} checked={plan.id === first} vatNote={texts.vatNote} />
                ))}
              </fieldset>
            ),
          )}
          <FieldError state={state} name="planId" />
        </fieldset>
      ) : (
        <>
          <input type="hidden" name="productId" value={productId ?? ''} />
          {oneOffPrice && (
            <p className="price">
              {oneOffPrice}
              <VatNote text={texts.vatNote} />
            </p>
          )}
        </>
      )}
      <label style={{ maxWidth: 160 }}>
        {texts.quantity}
        <input name="quantity" type="number" min={1} max={99} defaultValue={state.values?.quantity ?? 1} data-testid="quantity" />
        <FieldError state={state} name="quantity" />
      </label>
      <SubmitButton testId="add-to-cart">
        {texts.addToCart}
      </SubmitButton>
    </form>
  );
}
