import type { ReactNode } from 'react';
import type { ActionState } from '@/lib/actions/action-state';
import type { FormAction, StateAction } from '@/lib/actions/safe-action';
import { ChangePasswordForm } from './change-password-form';
import { SignOutEverywhereForm } from './sign-out-everywhere-form';

/**
 * One's own password and sessions, as Min Side and the dashboard both show them (each with its
 * own actions); `children` go between the two (the owner's sign-in address).
 */
export function PasswordAndSessions({
  changePassword,
  signOutEverywhere,
  hasPassword,
  changed,
  children,
}: {
  changePassword: StateAction<ActionState>;
  signOutEverywhere: FormAction;
  hasPassword: boolean;
  changed: boolean;
  children?: ReactNode;
}) {
  return (
    <>
      {changed && (
        <p className="alert ok" role="status" data-testid="password-changed">
          Your password was changed. Every other device was signed out.
        </p>
      )}
      <section className="panel" style={{ maxWidth: 560 }}>
        <h2 style={{ marginTop: 0 }}>{hasPassword ? 'Change your password' : 'Set a password'}</h2>
        {!hasPassword && <p className="muted">You sign in with e-mailed links. With a password you can also sign in without one.</p>}
        <ChangePasswordForm action={changePassword} hasPassword={hasPassword} />
      </section>
      {children}
      <section className="panel" style={{ maxWidth: 560 }}>
        <h2 style={{ marginTop: 0 }}>Sign out everywhere</h2>
        <SignOutEverywhereForm action={signOutEverywhere} />
      </section>
    </>
  );
}
