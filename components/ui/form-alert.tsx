import type { ActionState } from '@/lib/actions/action-state';

export function FormAlert({ state, testId }: { state: ActionState; testId?: string }) {
  if (state.error) {
    return (
      <p className="alert error" role="alert" data-testid={testId ?? 'form-error'}>
        {state.error}
      </p>
    );
  }
  if (state.notice) {
    return (
      <p className="alert ok" role="status" data-testid="form-notice">
        {state.notice}
      </p>
    );
  }
  return null;
}

export function FieldError({ state, name }: { state: ActionState; name: string }) {
  const message = state.fieldErrors?.[name];
  return message ? (
    <span className="field-error" data-testid={`field-error-${name}`}>
      {message}
    </span>
  ) : null;
}
