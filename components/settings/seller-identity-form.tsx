'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { saveSellerIdentityAction, type SellerIdentityFormState } from '@/lib/actions/settings/save-seller-identity-action';
import type { SELLER_IDENTITY_TEXTS, SettingsTexts } from './settings-texts';

export type SellerIdentityFormProps = {
  /** The fields' starting text, by field name (the identity in force, or empty). */
  initial: Record<string, string>;
  /** Whether this member may change the bank account (the owner); otherwise it is shown read-only. */
  mayChangeBankAccount: boolean;
  texts: SettingsTexts<(typeof SELLER_IDENTITY_TEXTS)[number]>;
};

const initialState: SellerIdentityFormState = {};

type Label = keyof SellerIdentityFormProps['texts'];
/** Each field's name is also its label's key; a hint is a key, or an example that needs no translation. */
const FIELDS: { name: Label; width?: string; hint?: Label | { example: string } }[] = [
  { name: 'legalName' },
  { name: 'legalForm', width: '12rem', hint: 'legalFormHint' },
  { name: 'addressLine1' },
  { name: 'addressLine2' },
  { name: 'postalCode', width: '9rem' },
  { name: 'city', width: '16rem' },
  { name: 'country', width: '9rem', hint: { example: 'NO, NL, DE, BE…' } },
  { name: 'vatId', width: '16rem', hint: { example: 'NO123456789MVA, NL805792461B01…' } },
  { name: 'organisationNumber', width: '16rem', hint: { example: 'Brønnøysund, KvK, KBO…' } },
  { name: 'peppolScheme', width: '9rem', hint: { example: '0192 (NO), 0106 (NL), 0208 (BE), 9930 (DE)' } },
  { name: 'peppolValue', width: '16rem' },
  { name: 'contactEmail', width: '20rem' },
  { name: 'contactPhone', width: '12rem' },
  { name: 'sepaCreditorId', width: '22rem', hint: 'sepaCreditorIdHint' },
];
const BANK_FIELDS: typeof FIELDS = [
  { name: 'iban', width: '22rem' },
  { name: 'bic', width: '10rem' },
  { name: 'domesticAccount', width: '14rem', hint: 'domesticAccountHint' },
];

/**
 * The shop's legal identity as every invoice and credit note prints it from now on. After a
 * refusal the form shows what was typed, with the message beside its field.
 */
export function SellerIdentityForm({ initial, mayChangeBankAccount, texts }: SellerIdentityFormProps) {
  const [state, action] = useActionState(saveSellerIdentityAction, initialState);
  const values = state.values ?? initial;
  const field = ({ name, width, hint }: (typeof FIELDS)[number], readOnly = false) => (
    <label key={name} style={{ width }}>
      {texts[name]}
      {hint && <span className="muted"> ({typeof hint === 'string' ? texts[hint] : hint.example})</span>}
      <input
        name={name}
        defaultValue={values[name] ?? ''}
        readOnly={readOnly}
        autoComplete="off"
        aria-invalid={Boolean(state.fieldErrors?.[name])}
        data-testid={`seller-${name}`}
      />
      <FieldError state={state} name={name} />
    </label>
  );
  return (
    <form key={JSON.stringify(values)} action={action} className="stack" noValidate data-testid="seller-identity-form">
      <FormAlert state={state} testId="seller-identity-error" />
      <div className="row" style={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
        {FIELDS.map((f) => field(f))}
      </div>
      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>
          <strong>{texts.bankHeading}</strong>
        </legend>
        {!mayChangeBankAccount && <p className="muted">{texts.bankOwnerOnly}</p>}
        <div className="row" style={{ alignItems: 'flex-start' }}>
          {BANK_FIELDS.map((f) => field(f, !mayChangeBankAccount))}
        </div>
      </fieldset>
      <div>
        <SubmitButton>{texts.save}</SubmitButton>
      </div>
    </form>
  );
}
