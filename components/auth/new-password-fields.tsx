import { FieldError } from '@/components/ui/form-alert';
import type { ActionState } from '@/lib/actions/action-state';
import type { NewPasswordTexts } from './new-password-texts';

/** "New password" twice, as every form that sets a password asks for it. */
export function NewPasswordFields({
  state,
  name,
  testId,
  texts,
}: {
  state: ActionState;
  name: 'password' | 'newPassword';
  testId: string;
  texts: NewPasswordTexts;
}) {
  return (
    <>
      <label>
        {texts.new}
        <input name={name} type="password" autoComplete="new-password" required minLength={8} data-testid={`${testId}-password`} />
        <span className="muted">{texts.hint}</span>
        <FieldError state={state} name={name} />
      </label>
      <label>
        {texts.again}
        <input name="confirmPassword" type="password" autoComplete="new-password" required data-testid={`${testId}-confirm`} />
        <FieldError state={state} name="confirmPassword" />
      </label>
    </>
  );
}
