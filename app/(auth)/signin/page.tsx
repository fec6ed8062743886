import Link from 'next/link';
import { SIGN_IN_TEXT_KEYS } from '@/components/auth/auth-texts';
import { SignInForm } from '@/components/auth/sign-in-form';
import { getPageLocale } from '@/lib/auth/page-locale';
import { readFormFlash } from '@/lib/http/form-flash';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';

export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'auth.signIn')('title') };
}

/** Why someone is here again, after a flow that ends in signing in (or out). */
const NOTICES = ['reset', 'emailChanged', 'signedOut'] as const;

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const [params, locale, state, linkState] = await Promise.all([searchParams, getPageLocale(), readFormFlash('sign-in'), readFormFlash('sign-in-link')]);
  const t = getTranslator(locale, 'auth.signIn');
  const callbackUrl = safeRedirectPath(params.callbackUrl, '/account');
  const notice = NOTICES.find((key) => params[key]);
  return (
    <div className="panel" style={{ maxWidth: 460 }}>
      <h1>{t('title')}</h1>
      {params.error && (
        <p className="alert error" role="alert">
          {t('linkError')}
        </p>
      )}
      {notice && (
        <p className="alert ok" role="status" data-testid="sign-in-notice">
          {t(`notices.${notice}`)}
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} texts={textsOf(locale, 'auth.signInForm', SIGN_IN_TEXT_KEYS)} state={state} linkState={linkState} />
      <p>
        <Link href="/signin/forgot" data-testid="forgot-password-link">
          {t('forgot')}
        </Link>
      </p>
    </div>
  );
}
