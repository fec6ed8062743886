'use client';

import { useActionState } from 'react';
import { byHandTestIds as ids } from '@/components/dashboard/by-hand-test-ids';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { addOneOffChargeAction } from '@/lib/actions/subscriptions/add-one-off-charge-action';
import { extendSubscriptionAction } from '@/lib/actions/subscriptions/extend-subscription-action';
import { setSubscriptionCollectionAction } from '@/lib/actions/subscriptions/set-subscription-collection-action';
import { COLLECTIONS, type CollectionTexts } from '@/components/dashboard/collection-labels';

type Ids = { customerId: string; subscriptionId: string };
/** The forms' texts in the page's language (dashboard.manage.customer), the amount's label with its currency. */
export type ByHandTexts = Record<
  'extendDays' | 'extend' | 'chargeDescription' | 'chargeAmount' | 'vatClass' | 'vatStandard' | 'vatReduced' | 'vatZero' | 'vatExempt' | 'chargeSubmit',
  string
>;

/** Staff extend the running term by N days, free: the next renewal and every later one move with it. */
export function ExtendSubscriptionForm({ customerId, subscriptionId, texts }: Ids & { texts: ByHandTexts }) {
  const [state, action] = useActionState(extendSubscriptionAction, initialActionState);
  return (
    <form action={action} className="row" data-testid={ids.extendForm}>
      <FormAlert state={state} />
      <input type="hidden" name="customerId" value={customerId} />
      <input type="hidden" name="subscriptionId" value={subscriptionId} />
      <label>
        {texts.extendDays}
        <input name="days" type="number" min={1} max={366} defaultValue="7" aria-invalid={Boolean(state.fieldErrors?.days)} data-testid={ids.extendDays} />
        <FieldError state={state} name="days" />
      </label>
      <SubmitButton className="secondary" testId={ids.extendSubmit}>
        {texts.extend}
      </SubmitButton>
    </form>
  );
}

/**
 * Staff invoice a one-off charge on its own invoice. `chargeKey` is new on every render of the
 * page: the same form sent twice is one charge.
 */
export function OneOffChargeForm({ customerId, subscriptionId, chargeKey, texts }: Ids & { chargeKey: string; texts: ByHandTexts }) {
  const [state, action] = useActionState(addOneOffChargeAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid={ids.chargeForm}>
      <FormAlert state={state} testId={ids.chargeAnswer} />
      <input type="hidden" name="key" value={chargeKey} />
      <input type="hidden" name="customerId" value={customerId} />
      <input type="hidden" name="subscriptionId" value={subscriptionId} />
      <label>
        {texts.chargeDescription}
        <input name="description" maxLength={200} aria-invalid={Boolean(state.fieldErrors?.description)} data-testid={ids.chargeDescription} />
        <FieldError state={state} name="description" />
      </label>
      <label>
        {texts.chargeAmount}
        <input name="amountMinor" inputMode="numeric" aria-invalid={Boolean(state.fieldErrors?.amountMinor)} data-testid={ids.chargeAmount} />
        <FieldError state={state} name="amountMinor" />
      </label>
      <label>
        {texts.vatClass}
        <select name="taxClass" defaultValue="standard" data-testid={ids.chargeTaxClass}>
          <option value="standard">{texts.vatStandard}</option>
          <option value="reduced">{texts.vatReduced}</option>
          <option value="zero">{texts.vatZero}</option>
          <option value="exempt">{texts.vatExempt}</option>
        </select>
        <FieldError state={state} name="taxClass" />
      </label>
      <FieldError state={state} name="subscriptionId" />
      <SubmitButton className="secondary" testId={ids.chargeSubmit}>
        {texts.chargeSubmit}
      </SubmitButton>
    </form>
  );
}

/**
 * Staff choose how the subscription's invoices are collected: charged to the customer's stored
 * method, or sent for them to pay (refused with a reason when there is no method to charge).
 */
export function SubscriptionCollectionForm({
  customerId,
  subscriptionId,
  collection,
  texts,
}: Ids & { collection: (typeof COLLECTIONS)[number]; texts: CollectionTexts }) {
  const [state, action] = useActionState(setSubscriptionCollectionAction, initialActionState);
  return (
    <form action={action} className="row" data-testid={ids.collectionForm}>
      <FormAlert state={state} />
      <input type="hidden" name="customerId" value={customerId} />
      <input type="hidden" name="subscriptionId" value={subscriptionId} />
      <label>
        {texts.heading}
        <select name="collection" defaultValue={collection} data-testid={ids.collectionChoice}>
          {COLLECTIONS.map((value) => (
            <option key={value} value={value}>
              {texts.labels[value]}
            </option>
          ))}
        </select>
        <FieldError state={state} name="collection" />
      </label>
      <SubmitButton className="secondary" testId={ids.collectionSubmit}>
        {texts.save}
      </SubmitButton>
    </form>
  );
}
