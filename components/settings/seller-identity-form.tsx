'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { saveSellerIdentityAction, type SellerIdentityFormState } from '@/lib/actions/settings/save-seller-identity-action';

export type SellerIdentityFormProps = {
  /** The fields' starting text, by field name (the identity in force, or empty). */
  initial: Record<string, string>;
  /** Whether this member may change the bank account (the owner); otherwise it is shown read-only. */
  mayChangeBankAccount: boolean;
};

const initialState: SellerIdentityFormState = {};

const FIELDS: { name: string; label: string; width?: string; hint?: string }[] = [
  { name: 'legalName', label: 'Legal name' },
  { name: 'legalForm', label: 'Legal form', width: '12rem', hint: 'AS, B.V., GmbH: printed after the name' },
  { name: 'addressLine1', label: 'Street address' },
  { name: 'addressLine2', label: 'Address line 2' },
  { name: 'postalCode', label: 'Postal code', width: '9rem' },
  { name: 'city', label: 'City', width: '16rem' },
  { name: 'country', label: 'Country (ISO code)', width: '9rem', hint: 'NO, NL, DE, BE…' },
  { name: 'vatId', label: 'VAT number', width: '16rem', hint: 'NO123456789MVA, NL805792461B01…' },
  { name: 'organisationNumber', label: 'Organisation number', width: '16rem', hint: 'Brønnøysund, KvK, KBO…' },
  { name: 'peppolScheme', label: 'Peppol scheme', width: '9rem', hint: '0192 (NO), 0106 (NL), 0208 (BE), 9930 (DE)' },
  { name: 'peppolValue', label: 'Peppol participant id', width: '16rem' },
  { name: 'contactEmail', label: 'Invoice contact e-mail', width: '20rem' },
  { name: 'contactPhone', label: 'Phone', width: '12rem' },
  {
    name: 'sepaCreditorId',
    label: 'SEPA creditor identifier',
    width: '22rem',
    hint: 'for SEPA direct debits, e.g. NL08ZZZ502057730000: shown in the mandate and the debit notices',
  },
];
const BANK_FIELDS: typeof FIELDS = [
  { name: 'iban', label: 'IBAN', width: '22rem' },
  { name: 'bic', label: 'BIC', width: '10rem' },
  { name: 'domesticAccount', label: 'Norwegian account number', width: '14rem', hint: '11 digits, for KID payments' },
];

/**
 * The shop's legal identity as every invoice and credit note prints it from now on. After a
 * refusal the form shows what was typed, with the message beside its field.
 */
export function SellerIdentityForm({ initial, mayChangeBankAccount }: SellerIdentityFormProps) {
  const [state, action] = useActionState(saveSellerIdentityAction, initialState);
  const values = state.values ?? initial;
  const field = ({ name, label, width, hint }: (typeof FIELDS)[number], readOnly = false) => (
    <label key={name} style={{ width }}>
      {label}
      {hint && <span className="muted"> ({hint})</span>}
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
          <strong>Bank account customers pay to</strong>
        </legend>
        {!mayChangeBankAccount && <p className="muted">Only the owner can change the bank account.</p>}
        <div className="row" style={{ alignItems: 'flex-start' }}>
          {BANK_FIELDS.map((f) => field(f, !mayChangeBankAccount))}
        </div>
      </fieldset>
      <div>
        <SubmitButton>Save</SubmitButton>
      </div>
    </form>
  );
}
