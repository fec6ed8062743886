'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { removeCartItemAction } from '@/lib/actions/cart/remove-cart-item-action';
import { updateCartQuantityAction } from '@/lib/actions/cart/update-cart-quantity-action';

type Item = { index: number; description: string; quantity: number };
type Texts = { quantity: string; update: string; remove: string };

function CartItem({ item, texts }: { item: Item; texts: Texts }) {
  const [state, update] = useActionState(updateCartQuantityAction, initialActionState);
  return (
    <li className="panel" data-testid="cart-item">
      <form action={update} className="row">
        <strong style={{ marginRight: 'auto' }}>{item.description}</strong>
        <input type="hidden" name="index" value={item.index} />
        <label className="inline">
          {texts.quantity}
          <input
            name="quantity"
            type="number"
            defaultValue={item.quantity}
            min={1}
            max={99}
            style={{ width: 90 }}
            data-testid="cart-quantity"
          />
        </label>
        <SubmitButton className="secondary" testId="update-quantity">
          {texts.update}
        </SubmitButton>
        <button type="submit" formAction={removeCartItemAction} className="secondary" data-testid="remove-item">
          {texts.remove}
        </button>
      </form>
      <FieldError state={state} name="quantity" />
      {!state.fieldErrors && <FormAlert state={state} />}
    </li>
  );
}

export function CartItems({ items, texts }: { items: Item[]; texts: Texts }) {
  return (
    <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => (
        <CartItem key={item.index} item={item} texts={texts} />
      ))}
    </ul>
  );
}
