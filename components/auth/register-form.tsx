import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { registerAction } from '@/lib/actions/auth/register-action';
import type { FlashState } from '@/lib/http/form-flash';
import { COUNTRIES } from '@/lib/validations/countries';
import type { RegisterTexts } from './auth-texts';

const FIELDS = [
  { name: 'name', autoComplete: 'name', required: true },
  { name: 'email', autoComplete: 'email', type: 'email', required: true },
  { name: 'companyName', autoComplete: 'organization' },
  { name: 'vatId' },
  { name: 'addressLine1', autoComplete: 'address-line1', required: true },
  { name: 'addressLine2', autoComplete: 'address-line2' },
  { name: 'postalCode', autoComplete: 'postal-code', required: true },
  { name: 'city', autoComplete: 'address-level2', required: true },
] as const;

/**
 * A new customer's account with invoice address. The language for e-mails starts as the page's:
 * a customer who ordered in Norwegian gets their confirmation, invoices and PDFs in Norwegian.
 */
export function RegisterForm({
  callbackUrl,
  requirePassword,
  locale,
  texts,
  state,
}: {
  callbackUrl: string;
  requirePassword: boolean;
  locale: string;
  texts: RegisterTexts;
  state: FlashState;
}) {
  const typed = state.values ?? {};
  return (
    <form action={registerAction} className="stack" data-testid="register-form" noValidate>
      <FormAlert state={state} testId="register-error" />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {FIELDS.map((field) => (
        <label key={field.name}>
          {texts[field.name]}
          <input
            name={field.name}
            type={'type' in field ? field.type : 'text'}
            autoComplete={'autoComplete' in field ? field.autoComplete : undefined}
            defaultValue={typed[field.name]}
            aria-invalid={Boolean(state.fieldErrors?.[field.name])}
            data-testid={`register-${field.name}`}
          />
          <FieldError state={state} name={field.name} />
        </label>
      ))}
      <label>
        {texts.country}
        <select name="country" defaultValue={typed.country ?? 'NL'} data-testid="register-country">
          {COUNTRIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        <FieldError state={state} name="country" />
      </label>
      <label>
        {texts.language}
        <select name="locale" defaultValue={typed.locale ?? locale} data-testid="register-locale">
          <option value="en" lang="en">English</option>
          <option value="nl" lang="nl">Nederlands</option>
          <option value="de" lang="de">Deutsch</option>
          <option value="nb" lang="nb">Norsk bokmål</option>
        </select>
      </label>
      <label>
        {requirePassword ? texts.password : texts.passwordOptional}
        <input name="password" type="password" autoComplete="new-password" data-testid="register-password" />
        <FieldError state={state} name="password" />
      </label>
      <SubmitButton testId="register-submit">
        {texts.submit}
      </SubmitButton>
    </form>
  );
}
