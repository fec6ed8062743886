import type { ReactNode } from 'react';
import type { ActionState } from '@/lib/actions/action-state';
import type { FormAction, StateAction } from '@/lib/actions/safe-action';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { ChangePasswordForm } from './change-password-form';
import { newPasswordTexts } from './new-password-texts';
import { SignOutEverywhereForm } from './sign-out-everywhere-form';

/**
 * One's own password and sessions, as Min Side and the dashboard both show them (each with its
 * own actions); `children` go between the two (the owner's sign-in address). The dashboard
 * reads English; Min Side the customer's language.
 */
export function PasswordAndSessions({
  changePassword,
  signOutEverywhere,
  hasPassword,
  changed,
  children,
  locale = 'en',
}: {
  changePassword: StateAction<ActionState>;
  signOutEverywhere: FormAction;
  hasPassword: boolean;
  changed: boolean;
  children?: ReactNode;
  locale?: Locale;
}) {
  const t = getTranslator(locale, 'auth.password');
  return (
    <>
      {changed && (
        <p className="alert ok" role="status" data-testid="password-changed">
          {t('changed')}
        </p>
      )}
      <section className="panel" style={{ maxWidth: 560 }}>
        <h2 style={{ marginTop: 0 }}>{hasPassword ? t('headingChange') : t('headingSet')}</h2>
        {!hasPassword && <p className="muted">{t('linkOnly')}</p>}
        <ChangePasswordForm
          action={changePassword}
          hasPassword={hasPassword}
          texts={{ ...newPasswordTexts(locale), current: t('current'), note: t('note'), change: t('change'), set: t('set') }}
        />
      </section>
      {children}
      <section className="panel" style={{ maxWidth: 560 }}>
        <h2 style={{ marginTop: 0 }}>{t('signOutEverywhere')}</h2>
        <SignOutEverywhereForm action={signOutEverywhere} texts={{ intro: t('signOutEverywhereIntro'), submit: t('signOutEverywhere') }} />
      </section>
    </>
  );
}
