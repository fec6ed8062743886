'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionState } from '@/lib/actions/action-state';
import type { StateAction } from '@/lib/actions/safe-action';
import { COUNTRIES } from '@/lib/validations/auth';
import { BusinessFields } from './business-fields';
import { DetailsField } from './details-field';
import { businessValuesOf } from './business-fieldset';
import type { DetailsTexts } from './details-texts';

export type DetailsFormState = ActionState & { values?: Record<string, string> };

const TEXT_FIELDS = [
  { name: 'name', autoComplete: 'name' },
  { name: 'addressLine1', autoComplete: 'address-line1' },
  { name: 'addressLine2', autoComplete: 'address-line2' },
  { name: 'postalCode', autoComplete: 'postal-code' },
  { name: 'city', autoComplete: 'address-level2' },
] as const;

const LANGUAGES = [
  ['en', 'English'],
  ['nl', 'Nederlands'],
  ['de', 'Deutsch'],
  ['nb', 'Norsk bokmål'],
] as const;

/**
 * A customer's details: name, invoice address, phone, language and tax identity; with
 * `signInPreference`, the customer's own choice to sign in by link only (Min Side). The fields
 * start from `initial` (form names to text), and after a refusal show what was typed.
 */
export function CustomerDetailsForm({
  action,
  initial,
  texts,
  hidden = {},
  signInPreference = false,
}: {
  action: StateAction<DetailsFormState>;
  initial: Record<string, string>;
  texts: DetailsTexts;
  hidden?: Record<string, string>;
  signInPreference?: boolean;
}) {
  const [state, formAction] = useActionState(action, {} as DetailsFormState);
  const values = state.values ?? initial;
  return (
    <form key={JSON.stringify(values)} action={formAction} className="stack" noValidate data-testid="customer-details-form">
      <FormAlert state={state} testId="details-error" />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <h2 style={{ margin: 0 }}>{texts.personalHeading}</h2>
      {TEXT_FIELDS.map(({ name, autoComplete }) => (
        <DetailsField key={name} name={name} label={texts[name]} value={values[name]} state={state} autoComplete={autoComplete} />
      ))}
      <label>
        {texts.country}
        <select name="country" defaultValue={values.country} data-testid="details-country">
          {COUNTRIES.map((country) => (
            <option key={country} value={country}>
              {country}
            </option>
          ))}
        </select>
        <FieldError state={state} name="country" />
      </label>
      <DetailsField name="phone" label={texts.phone} value={values.phone} state={state} type="tel" autoComplete="tel" />
      <label>
        {texts.language}
        <select name="locale" defaultValue={values.locale} data-testid="details-locale">
          {LANGUAGES.map(([value, label]) => (
            <option key={value} value={value} lang={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <h2 style={{ marginBottom: 0 }}>{texts.businessHeading}</h2>
      <BusinessFields
        texts={texts}
        state={state}
        values={businessValuesOf(values)}
      />
      {signInPreference && (
        <label className="inline">
          <input type="checkbox" name="signInByLinkOnly" defaultChecked={values.signInByLinkOnly === 'on'} data-testid="details-signInByLinkOnly" />
          <span>
            {texts.signInByLinkOnly} <span className="muted">({texts.signInByLinkOnlyHelp})</span>
          </span>
        </label>
      )}
      <div>
        <SubmitButton testId="details-save">{texts.save}</SubmitButton>
      </div>
    </form>
  );
}

