'use client';

import { useActionState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { saveInvoicingSettingsAction } from '@/lib/actions/settings/save-invoicing-settings-action';
import type { SettingsTexts } from './settings-texts';

export type InvoicingFormValues = { timeZone: string; invoiceSeriesId: string; invoicePrefix: string; paymentTermsDays: number };

/** Settings → Invoicing: time zone, the series invoices are numbered in and its prefix, payment terms. */
export function InvoicingSettingsForm({
  initial,
  series,
  texts,
}: {
  initial: InvoicingFormValues;
  /** Each series with its label ("INV (next number 12)") in the page's language. */
  series: { id: string; label: string }[];
  texts: SettingsTexts<'save' | 'timeZone' | 'invoiceSeries' | 'invoicePrefix' | 'paymentTermsDays'>;
}) {
  const [state, action] = useActionState(saveInvoicingSettingsAction, initialActionState);
  const shown = initial;
  return (
    <form action={action} className="stack" data-testid="invoicing-settings-form">
      <FormAlert state={state} />
      <label>
        {texts.timeZone}
        <input name="timeZone" defaultValue={String(shown.timeZone)} aria-invalid={Boolean(state.fieldErrors?.timeZone)} data-testid="settings-time-zone" />
        <FieldError state={state} name="timeZone" />
      </label>
      <label>
        {texts.invoiceSeries}
        <select name="invoiceSeriesId" defaultValue={String(shown.invoiceSeriesId)} aria-invalid={Boolean(state.fieldErrors?.invoiceSeriesId)} data-testid="settings-invoice-series">
          {series.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
        <FieldError state={state} name="invoiceSeriesId" />
      </label>
      <label>
        {texts.invoicePrefix}
        <input name="invoicePrefix" defaultValue={String(shown.invoicePrefix)} aria-invalid={Boolean(state.fieldErrors?.invoicePrefix)} data-testid="settings-invoice-prefix" />
        <FieldError state={state} name="invoicePrefix" />
      </label>
      <label>
        {texts.paymentTermsDays}
        <input name="paymentTermsDays" type="number" min={1} max={120} defaultValue={String(shown.paymentTermsDays)} aria-invalid={Boolean(state.fieldErrors?.paymentTermsDays)} data-testid="settings-payment-terms" />
        <FieldError state={state} name="paymentTermsDays" />
      </label>
      <SubmitButton testId="invoicing-settings-save">{texts.save}</SubmitButton>
    </form>
  );
}
