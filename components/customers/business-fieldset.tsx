import { FieldError } from '@/components/ui/form-alert';
import type { ActionState } from '@/lib/actions/action-state';
import type { CustomerTaxFields } from '@/lib/validations/customer-details';
import { DetailsField } from './details-field';
import type { DetailsTexts } from './details-texts';

/** What the fields show: the customer's stored answers, or what was typed. */
export type BusinessValues = CustomerTaxFields;

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

export type BusinessFieldsetProps = {
  values: BusinessValues;
  texts: DetailsTexts;
  state: ActionState;
  intro?: boolean;
  /**
   * In a client form: the type chosen, and what to call when it changes (the business fields are
   * rendered for a business only). Without it (a server form, no client code): every field is
   * rendered and the style sheet hides the business ones while "private person" is ticked
   * (`.business-fields` in globals.css); the server ignores them for a private person.
   */
  chosen?: { type: BusinessValues['customerType']; choose: (type: BusinessValues['customerType']) => void };
};

/**
 * Private person or business, and a business's tax identity: company, VAT id, organisation
 * number, Peppol id and the wish for e-invoices. The business fields show only for a business.
 */
export function BusinessFieldset({ values, texts, state, intro = false, chosen }: BusinessFieldsetProps) {
  const businessFields = (
    <>
      <DetailsField name="companyName" label={texts.companyName} value={values.companyName} state={state} autoComplete="organization" />
      <DetailsField name="vatId" label={texts.vatId} value={values.vatId} state={state} />
      <DetailsField name="organisationNumber" label={texts.organisationNumber} value={values.organisationNumber} state={state} />
      <DetailsField name="peppolScheme" label={texts.peppolScheme} value={values.peppolScheme} state={state} list="peppol-schemes" inputMode="numeric">
        <datalist id="peppol-schemes">
          {SCHEMES.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </datalist>
      </DetailsField>
      <DetailsField name="peppolId" label={texts.peppolId} value={values.peppolId} state={state} />
      <p className="muted">{texts.peppolHelp}</p>
      <label className="inline">
        <input type="checkbox" name="wantsEinvoice" defaultChecked={values.wantsEinvoice} data-testid="details-wantsEinvoice" />
        {texts.wantsEinvoice}
      </label>
    </>
  );
  return (
    <fieldset className="stack business-fields" style={{ border: 0, padding: 0 }} data-testid="business-fields">
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
            {...(chosen ? { checked: chosen.type === option, onChange: () => chosen.choose(option) } : { defaultChecked: values.customerType === option })}
            data-testid={`details-customerType-${option}`}
          />
          {texts[option]}
        </label>
      ))}
      <FieldError state={state} name="customerType" />
      {chosen ? chosen.type === 'business' && businessFields : <div className="stack business-only">{businessFields}</div>}
    </fieldset>
  );
}
