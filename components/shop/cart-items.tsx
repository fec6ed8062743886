import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { removeCartItemAction } from '@/lib/actions/cart/remove-cart-item-action';
import { updateCartQuantityAction } from '@/lib/actions/cart/update-cart-quantity-action';
import type { FlashState } from '@/lib/http/form-flash';

type Item = { index: number; description: string; quantity: number };
type Texts = { quantity: string; update: string; remove: string };

function CartItem({ item, texts, state }: { item: Item; texts: Texts; state: FlashState }) {
  return (
    <li className="panel" data-testid="cart-item">
      <form action={updateCartQuantityAction} className="row">
        <strong style={{ marginRight: 'auto' }}>{item.description}</strong>
        <input type="hidden" name="index" value={item.index} />
        <label className="inline">
          {texts.quantity}
          <input
            name="quantity"
            type="number"
            defaultValue={state.values?.quantity ?? item.quantity}
            min={1}
            max={99}
            style={{ width: 90 }}
            data-testid="cart-quantity"
          />
        </label>
        <button type="submit" className="secondary" data-testid="update-quantity">
          {texts.update}
        </button>
        <button type="submit" formAction={removeCartItemAction} className="secondary" data-testid="remove-item">
          {texts.remove}
        </button>
      </form>
      <FieldError state={state} name="quantity" />
      {!state.fieldErrors && <FormAlert state={state} />}
    </li>
  );
}

/** Server forms, one per line: a line's answer (`state`, the page's flash) shows under the line it was sent from. */
export function CartItems({ items, texts, state }: { items: Item[]; texts: Texts; state: FlashState }) {
  return (
    <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => (
        <CartItem key={item.index} item={item} texts={texts} state={state.values?.index === String(item.index) ? state : {}} />
      ))}
    </ul>
  );
}
