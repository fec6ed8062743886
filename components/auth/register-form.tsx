'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { registerAction } from '@/lib/actions/auth/register-action';
import { COUNTRIES } from '@/lib/validations/auth';

const FIELDS = [
  { name: 'name', label: 'Full name', autoComplete: 'name', required: true },
  { name: 'email', label: 'E-mail', autoComplete: 'email', type: 'email', required: true },
  { name: 'companyName', label: 'Company (optional)', autoComplete: 'organization' },
  { name: 'vatId', label: 'VAT id (optional)' },
  { name: 'addressLine1', label: 'Street and number', autoComplete: 'address-line1', required: true },
  { name: 'addressLine2', label: 'Address line 2 (optional)', autoComplete: 'address-line2' },
  { name: 'postalCode', label: 'Postal code', autoComplete: 'postal-code', required: true },
  { name: 'city', label: 'City', autoComplete: 'address-level2', required: true },
] as const;

export function RegisterForm({ callbackUrl, requirePassword }: { callbackUrl: string; requirePassword: boolean }) {
  const [state, action] = useActionState(registerAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="register-form" noValidate>
      <FormAlert state={state} testId="register-error" />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {FIELDS.map((field) => (
        <label key={field.name}>
          {field.label}
          <input
            name={field.name}
            type={'type' in field ? field.type : 'text'}
            autoComplete={'autoComplete' in field ? field.autoComplete : undefined}
            aria-invalid={Boolean(state.fieldErrors?.[field.name])}
            data-testid={`register-${field.name}`}
          />
          <FieldError state={state} name={field.name} />
        </label>
      ))}
      <label>
        Country
        <select name="country" defaultValue="NL" data-testid="register-country">
          {COUNTRIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        <FieldError state={state} name="country" />
      </label>
      <label>
        Language for e-mails
        <select name="locale" defaultValue="en">
          <option value="en">English</option>
          <option value="nl">Nederlands</option>
          <option value="de">Deutsch</option>
          <option value="nb">Norsk bokmål</option>
        </select>
      </label>
      <label>
        Password{requirePassword ? '' : ' (optional: without one we e-mail you sign-in links)'}
        <input name="password" type="password" autoComplete="new-password" data-testid="register-password" />
        <FieldError state={state} name="password" />
      </label>
      <SubmitButton testId="register-submit">Create account</SubmitButton>
    </form>
  );
}
