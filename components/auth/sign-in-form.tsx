import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { sendSignInLinkAction } from '@/lib/actions/auth/send-sign-in-link-action';
import { signInAction } from '@/lib/actions/auth/sign-in-action';
import type { FlashState } from '@/lib/http/form-flash';
import type { SignInTexts } from './auth-texts';

/**
 * Server forms (no client code on the pages that show them): a refusal comes back as `state` or
 * `linkState` (readSignInFlash), with the address typed; never the password.
 */
export function SignInForm({
  callbackUrl,
  texts,
  state,
  linkState,
}: {
  callbackUrl: string;
  texts: SignInTexts;
  state: FlashState;
  linkState: FlashState;
}) {
  return (
    <div className="stack">
      <form action={signInAction} className="stack" data-testid="sign-in-form">
        <FormAlert state={state} testId="sign-in-error" />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <label>
          {texts.email}
          <input name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} data-testid="sign-in-email" />
          <FieldError state={state} name="email" />
        </label>
        <label>
          {texts.password}
          <input name="password" type="password" autoComplete="current-password" required data-testid="sign-in-password" />
          <FieldError state={state} name="password" />
        </label>
        <SubmitButton testId="sign-in-submit">
          {texts.submit}
        </SubmitButton>
      </form>
      <form action={sendSignInLinkAction} className="stack">
        <p className="muted">{texts.orLink}</p>
        <FormAlert state={linkState} testId="sign-in-link-error" />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <div className="row">
          <input name="email" type="email" placeholder="name@example.com" aria-label={texts.linkEmail} defaultValue={linkState.values?.email} data-testid="magic-link-email" />
          <SubmitButton className="secondary" testId="magic-link-submit">
            {texts.sendLink}
          </SubmitButton>
        </div>
        <FieldError state={linkState} name="email" />
      </form>
    </div>
  );
}
