'use client';

import { useState } from 'react';
import { FieldError } from '@/components/ui/form-alert';
import type { ActionState } from '@/lib/actions/action-state';
import type { DetailsTexts } from './details-texts';

export type BusinessValues = {
  customerType: 'consumer' | 'business';
  companyName: string | null;
  vatId: string | null;
  organisationNumber: string | null;
  peppolScheme: string | null;
  peppolId: string | null;
  wantsEinvoice: boolean;
};

/** The Peppol schemes offered as suggestions (any EAS code is accepted). */
const SCHEMES = [
  ['0192', 'NO org. no.'],
  ['0106', 'NL KvK'],
  ['0208', 'BE enterprise no.'],
  ['9930', 'DE VAT'],
  ['9944', 'NL VAT'],
  ['9925', 'BE VAT'],
  ['0007', 'SE org. no.'],
  ['0184', 'DK CVR'],
  ['0088', 'GLN'],
] as const;

/**
 * Private person or business, and a business's tax identity: company, VAT id, organisation
 * number, Peppol id and the wish for e-invoices. The business fields show only for a business.
 * Used at checkout, on Min Side and on the dashboard (the server checks every field).
 */
export type BusinessFieldsProps = { values: BusinessValues; texts: DetailsTexts; state: ActionState; intro?: boolean };

export function BusinessFields(props: BusinessFieldsProps) {
  // After a refusal the fields start from what was typed (returned as `values`), not the stored answers.
  const typed = (props.state as { values?: Record<string, string> }).values;
  const values = typed ? businessValuesOf(typed) : props.values;
  return <BusinessFieldset key={JSON.stringify(values)} {...props} values={values} />;
}

/** Form text (a ticked checkbox is "on") as the fields' values. */
export function businessValuesOf(text: Record<string, string>): BusinessValues {
  return {
    customerType: text.customerType === 'business' ? 'business' : 'consumer',
    companyName: text.companyName ?? null,
    vatId: text.vatId ?? null,
    organisationNumber: text.organisationNumber ?? null,
    peppolScheme: text.peppolScheme ?? null,
    peppolId: text.peppolId ?? null,
    wantsEinvoice: text.wantsEinvoice === 'on' || text.wantsEinvoice === 'true',
  };
}

function BusinessFieldset({ values, texts, state, intro = false }: BusinessFieldsProps) {
  const [type, setType] = useState(values.customerType);
  const field = (name: 'companyName' | 'vatId' | 'organisationNumber' | 'peppolId', autoComplete?: string) => (
    <label>
      {texts[name]}
      <input
        name={name}
        defaultValue={values[name] ?? ''}
        autoComplete={autoComplete}
        aria-invalid={Boolean(state.fieldErrors?.[name])}
        data-testid={`details-${name}`}
      />
      <FieldError state={state} name={name} />
    </label>
  );
  return (
    <fieldset className="stack" style={{ border: 0, padding: 0 }} data-testid="business-fields">
      <legend>
        <strong>{texts.customerType}</strong>
      </legend>
      {intro && <p className="muted">{texts.businessIntro}</p>}
      {(['consumer', 'business'] as const).map((option) => (
        <label key={option} className="inline">
          <input
            type="radio"
            name="customerType"
            value={option}
            checked={type === option}
            onChange={() => setType(option)}
            data-testid={`details-customerType-${option}`}
          />
          {texts[option]}
        </label>
      ))}
      <FieldError state={state} name="customerType" />
      {type === 'business' && (
        <>
          {field('companyName', 'organization')}
          {field('vatId')}
          {field('organisationNumber')}
          <label>
            {texts.peppolScheme}
            <input
              name="peppolScheme"
              list="peppol-schemes"
              inputMode="numeric"
              defaultValue={values.peppolScheme ?? ''}
              aria-invalid={Boolean(state.fieldErrors?.peppolScheme)}
              data-testid="details-peppolScheme"
            />
            <datalist id="peppol-schemes">
              {SCHEMES.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </datalist>
            <FieldError state={state} name="peppolScheme" />
          </label>
          {field('peppolId')}
          <p className="muted">{texts.peppolHelp}</p>
          <label className="inline">
            <input type="checkbox" name="wantsEinvoice" defaultChecked={values.wantsEinvoice} data-testid="details-wantsEinvoice" />
            {texts.wantsEinvoice}
          </label>
        </>
      )}
    </fieldset>
  );
}
