'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { completeSetupAction, type SetupFormState } from '@/lib/actions/setup/complete-setup-action';
import { OWNER_PASSWORD_MIN } from '@/lib/validations/setup';

type Field = { name: string; label: string; type?: string; autoComplete?: string; hint?: string; list?: string };

const OWNER: Field[] = [
  { name: 'token', label: 'Setup token', autoComplete: 'off', hint: 'Printed in the server log at start, and in the setup-token file next to the data.' },
  { name: 'name', label: 'Your name', autoComplete: 'name' },
  { name: 'email', label: 'Your e-mail (you sign in with it)', type: 'email', autoComplete: 'email' },
  { name: 'password', label: 'Password', type: 'password', autoComplete: 'new-password', hint: `At least ${OWNER_PASSWORD_MIN} characters.` },
  { name: 'passwordConfirm', label: 'Password again', type: 'password', autoComplete: 'new-password' },
];
const SHOP: Field[] = [
  { name: 'shopName', label: 'Shop name', autoComplete: 'organization' },
  { name: 'timeZone', label: 'Time zone', list: 'time-zones', hint: 'Billing dates follow it, e.g. Europe/Amsterdam.' },
  { name: 'currency', label: 'Currency', hint: 'ISO code, e.g. EUR, NOK, USD.' },
  { name: 'invoicePrefix', label: 'Invoice number prefix', hint: 'Invoices are numbered PREFIX1, PREFIX2, …' },
];

const initialState: SetupFormState = {};

/** The first owner and the shop's basics; after a refusal it shows what was typed (never the token or password). */
export function SetupForm({ initial, timeZones }: { initial: Record<string, string>; timeZones: string[] }) {
  const [state, action] = useActionState(completeSetupAction, initialState);
  const values = state.values ?? initial;
  const input = (field: Field) => (
    <label key={field.name}>
      {field.label}
      <input
        name={field.name}
        type={field.type ?? 'text'}
        autoComplete={field.autoComplete}
        list={field.list}
        defaultValue={field.type === 'password' || field.name === 'token' ? undefined : (values[field.name] ?? '')}
        aria-invalid={Boolean(state.fieldErrors?.[field.name])}
        data-testid={`setup-${field.name}`}
      />
      {field.hint && <span className="muted">{field.hint}</span>}
      <FieldError state={state} name={field.name} />
    </label>
  );
  return (
    <form action={action} className="stack" data-testid="setup-form" noValidate>
      <FormAlert state={state} testId="setup-error" />
      <h2>Owner</h2>
      {OWNER.map(input)}
      <h2>Shop</h2>
      {SHOP.map(input)}
      <datalist id="time-zones">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <SubmitButton testId="setup-submit">Create the shop</SubmitButton>
    </form>
  );
}
