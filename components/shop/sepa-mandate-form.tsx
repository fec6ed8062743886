import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { confirmSepaMandateAction } from '@/lib/actions/checkout/confirm-sepa-mandate-action';
import type { FlashState } from '@/lib/http/form-flash';

export type SepaMandateTexts = {
  accountHolder: string;
  iban: string;
  ibanHint: string;
  mandateTitle: string;
  mandateText: string;
  creditor: string;
  /** "Creditor identifier: NL08ZZZ502057730000", when the seller identity has one. */
  creditorId: string | null;
  consent: string;
  confirm: string;
};

/**
 * The SEPA direct debit mandate: account holder, IBAN, the mandate text and the payer's consent.
 * A server form: a refusal comes back as `state` (the page's flash) with what was typed.
 */
export function SepaMandateForm({ orderId, texts, state }: { orderId: string; texts: SepaMandateTexts; state: FlashState }) {
  return (
    <form action={confirmSepaMandateAction} className="stack" data-testid="sepa-mandate-form">
      {!state.fieldErrors && <FormAlert state={state} />}
      <input type="hidden" name="orderId" value={orderId} />
      <label>
        {texts.accountHolder}
        <input name="accountHolder" required autoComplete="name" defaultValue={state.values?.accountHolder} data-testid="sepa-account-holder" />
      </label>
      <FieldError state={state} name="accountHolder" />
      <label>
        {texts.iban}
        <input
          name="iban"
          required
          autoComplete="off"
          spellCheck={false}
          defaultValue={state.values?.iban}
          aria-describedby="sepa-iban-hint"
          data-testid="sepa-iban"
        />
      </label>
      <small id="sepa-iban-hint">{texts.ibanHint}</small>
      <FieldError state={state} name="iban" />
      <fieldset className="stack" style={{ border: 0, padding: 0 }}>
        <legend>
          <strong>{texts.mandateTitle}</strong>
        </legend>
        <p data-testid="sepa-creditor">
          {texts.creditor}
          {texts.creditorId && (
            <>
              <br />
              <span data-testid="sepa-creditor-id">{texts.creditorId}</span>
            </>
          )}
        </p>
        <p data-testid="sepa-mandate-text">{texts.mandateText}</p>
        <label className="inline">
          <input type="checkbox" name="consent" value="yes" required data-testid="sepa-consent" />
          {texts.consent}
        </label>
        <FieldError state={state} name="consent" />
      </fieldset>
      <SubmitButton testId="sepa-confirm">
        {texts.confirm}
      </SubmitButton>
    </form>
  );
}
