import { FieldError } from '@/components/ui/form-alert';
import type { ActionState } from '@/lib/actions/action-state';
import { PASSWORD_MAX_BYTES } from '@/lib/validations/auth';

/** "New password" twice, as every form that sets a password asks for it. */
export function NewPasswordFields({ state, name, testId }: { state: ActionState; name: 'password' | 'newPassword'; testId: string }) {
  return (
    <>
      <label>
        New password
        <input name={name} type="password" autoComplete="new-password" required minLength={8} data-testid={`${testId}-password`} />
        <span className="muted">At least 8 characters and at most {PASSWORD_MAX_BYTES} bytes (accented letters and emoji count double or more).</span>
        <FieldError state={state} name={name} />
      </label>
      <label>
        New password again
        <input name="confirmPassword" type="password" autoComplete="new-password" required data-testid={`${testId}-confirm`} />
        <FieldError state={state} name="confirmPassword" />
      </label>
    </>
  );
}
