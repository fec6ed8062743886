'use client';

import { useActionState, type ReactNode } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { savePlanAction, type CatalogFormState } from '@/lib/actions/catalog/save-plan-action';
import { TAX_CLASSES } from '@/lib/billing/vat/vat-rates';
import { CATALOG_NAME_MAX, INTERVAL_UNITS, PLAN_CODE_MAX } from '@/lib/validations/catalog';
import type { PlanFormText } from './catalog-texts';
import { catalogTestIds, planFieldTestId } from './test-ids';

export type PlanFormProps = {
  /** An existing plan (its code and currency are fixed), or a new plan of a product. */
  target: { planId: string; code: string; currency: string } | { productId: string };
  /** The fields' starting text, by field name (see `planFormValues`). */
  initial: Record<string, string>;
  dunningPlans: { id: string; name: string }[];
  /** Plans a campaign can move its subscribers to after the offer. */
  nextPlans: { id: string; name: string }[];
  /** The product's variants (a variable product); a plan is sold for one of them. */
  variants?: { id: string; name: string }[];
  /** The shop's price mode (Settings → VAT): what the price fields' labels say about VAT. */
  pricesIncludeVat: boolean;
  /** The form's words in the staff member's language (PLAN_FORM_TEXTS). */
  texts: Record<PlanFormText, string>;
};

const initialState: CatalogFormState = {};


/**
 * A plan's price, term and timeline. Amounts are typed in major units of the plan's currency;
 * after a refusal the form shows what was typed, with the message beside its field.
 */
export function PlanForm({ target, initial, dunningPlans, nextPlans, variants = [], pricesIncludeVat, texts }: PlanFormProps) {
  const [state, action] = useActionState(savePlanAction, initialState);
  const values = state.values ?? initial;
  const currency = 'currency' in target ? target.currency : values.currency || '';

  const text = (name: string, label: ReactNode, extra: { width?: string; inputMode?: 'decimal' | 'numeric'; maxLength?: number } = {}) => (
    <label style={{ width: extra.width }}>
      {label}
      <input
        name={name}
        defaultValue={values[name] ?? ''}
        inputMode={extra.inputMode}
        maxLength={extra.maxLength}
        autoComplete="off"
        aria-invalid={Boolean(state.fieldErrors?.[name])}
        data-testid={planFieldTestId(name)}
      />
      <FieldError state={state} name={name} />
    </label>
  );
  const days = (name: string, label: ReactNode) => text(name, label, { width: '12rem', inputMode: 'numeric' });
  const vat = pricesIncludeVat ? texts.inclVat : texts.exclVat;
  const money = (name: string, label: string) => text(name, `${label}, ${vat}${currency ? ` (${currency})` : ''}`, { width: '12rem', inputMode: 'decimal' });

  return (
    // The key shows the answer's values again after a refusal (an uncontrolled form keeps its
    // own text otherwise) and the saved plan after a save.
    <form key={JSON.stringify(values)} action={action} className="stack" data-testid={catalogTestIds.planForm} noValidate>
      <FormAlert state={state} testId={catalogTestIds.planError} />
      {'planId' in target ? (
        <>
          <input type="hidden" name="id" value={target.planId} />
          <p className="muted" style={{ margin: 0 }}>
            {texts.code} <code>{target.code}</code> · {texts.pricedIn} {target.currency} {texts.codeCurrencyFixed}
          </p>
        </>
      ) : (
        <input type="hidden" name="productId" value={target.productId} />
      )}
      <div className="row" style={{ alignItems: 'flex-start' }}>
        <div style={{ flex: '1 1 16rem' }}>{text('name', texts.name, { maxLength: CATALOG_NAME_MAX })}</div>
        {!('planId' in target) && (
          <>
            {text('code', texts.code, { width: '16rem', maxLength: PLAN_CODE_MAX })}
            {text('currency', texts.planCurrency, { width: '7rem', maxLength: 3 })}
          </>
        )}
        {variants.length > 0 && (
          <label style={{ width: '14rem' }}>
            {texts.variant}
            <select
              name="variantId"
              defaultValue={values.variantId ?? ''}
              aria-invalid={Boolean(state.fieldErrors?.variantId)}
              data-testid={planFieldTestId('variantId')}
            >
              <option value="">{texts.wholeProduct}</option>
              {variants.map((variant) => (
                <option key={variant.id} value={variant.id}>
                  {variant.name}
                </option>
              ))}
            </select>
            <FieldError state={state} name="variantId" />
          </label>
        )}
      </div>

      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>
          <strong>{texts.priceAndTerm}</strong>
        </legend>
        <div className="row" style={{ alignItems: 'flex-start' }}>
          {money('price', texts.pricePerTerm)}
          {text('intervalCount', texts.every, { width: '7rem', inputMode: 'numeric' })}
          <label style={{ width: '9rem' }}>
            {texts.unit}
            <select name="intervalUnit" defaultValue={values.intervalUnit ?? 'month'} data-testid={planFieldTestId('intervalUnit')}>
              {INTERVAL_UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {texts[`unit_${unit}`]}
                </option>
              ))}
            </select>
            <FieldError state={state} name="intervalUnit" />
          </label>
          {text('taxRate', texts.vatPercent, { width: '7rem', inputMode: 'decimal' })}
          <label style={{ width: '12rem' }}>
            {texts.taxClass}
            <select
              name="taxClass"
              defaultValue={values.taxClass ?? 'standard'}
              aria-invalid={Boolean(state.fieldErrors?.taxClass)}
              aria-describedby="plan-tax-class-help"
              data-testid={planFieldTestId('taxClass')}
            >
              {TAX_CLASSES.map((taxClass) => (
                <option key={taxClass} value={taxClass}>
                  {texts[`tax_${taxClass}`]}
                </option>
              ))}
            </select>
            <FieldError state={state} name="taxClass" />
          </label>
        </div>
        <p id="plan-tax-class-help" className="muted" style={{ margin: 0 }}>
          {texts.taxClassHelp}
        </p>
        <div className="row" style={{ alignItems: 'flex-start' }}>
          {money('setupFee', texts.setupFee)}
          {days('trialDays', texts.trialDays)}
          {text('commitmentMonths', texts.commitmentMonths, { width: '14rem', inputMode: 'numeric' })}
          {text('maxInstalments', texts.maxInstalments, { width: '14rem', inputMode: 'numeric' })}
        </div>
      </fieldset>

      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>
          <strong>{texts.timeline}</strong>
        </legend>
        <div className="row" style={{ alignItems: 'flex-start' }}>
          {days('announceDaysBefore', texts.announceDaysBefore)}
          {days('invoiceDaysBefore', texts.invoiceDaysBefore)}
          {days('paymentTermsDays', texts.paymentTermsDays)}
        </div>
        <label>
          {texts.reminderProcess}
          <select
            name="dunningPlanId"
            defaultValue={values.dunningPlanId ?? ''}
            aria-invalid={Boolean(state.fieldErrors?.dunningPlanId)}
            data-testid={planFieldTestId('dunningPlanId')}
          >
            <option value="">{texts.noReminderProcess}</option>
            {dunningPlans.map((plan) => (
              <option key={plan.id} value={plan.id}>
                {plan.name}
              </option>
            ))}
          </select>
          <FieldError state={state} name="dunningPlanId" />
        </label>
      </fieldset>

      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>
          <strong>{texts.campaign}</strong> <span className="muted">{texts.campaignHint}</span>
        </legend>
        <div className="row" style={{ alignItems: 'flex-start' }}>
          {money('offerPrice', texts.offerPrice)}
          {text('offerTerms', texts.offerTerms, { width: '12rem', inputMode: 'numeric' })}
        </div>
        <label>
          {texts.afterOffer}
          <select
            name="nextPlanId"
            defaultValue={values.nextPlanId ?? ''}
            aria-invalid={Boolean(state.fieldErrors?.nextPlanId)}
            data-testid={planFieldTestId('nextPlanId')}
          >
            <option value="">{texts.stayOnPlan}</option>
            {nextPlans.map((plan) => (
              <option key={plan.id} value={plan.id}>
                {texts.moveTo} {plan.name}
              </option>
            ))}
          </select>
          <FieldError state={state} name="nextPlanId" />
        </label>
      </fieldset>

      <label className="inline">
        <input type="checkbox" name="active" defaultChecked={values.active === 'on'} data-testid={planFieldTestId('active')} />
        {texts.planActive}
      </label>
      <div>
        <SubmitButton testId={catalogTestIds.planSubmit}>{'planId' in target ? texts.savePlan : texts.createPlan}</SubmitButton>
      </div>
    </form>
  );
}
