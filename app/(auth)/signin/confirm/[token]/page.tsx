import { ConfirmRegistrationForm } from '@/components/auth/confirm-registration-form';
import { findUsableAuthToken } from '@/db/queries/auth/find-usable-auth-token';
import { getPageLocale } from '@/lib/auth/page-locale';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';
import { SpentLink } from '../../spent-link';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'auth.confirm')('title'), referrer: 'no-referrer' as const };
}

/** The link in the mail after registering with a password; the password confirms it is them. */
export default async function ConfirmRegistrationPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const { token } = await params;
  const callbackUrl = safeRedirectPath((await searchParams).callbackUrl, '/account');
  const [link, locale] = await Promise.all([findUsableAuthToken(token, 'confirm-email'), getPageLocale()]);
  const t = getTranslator(locale, 'auth.confirm');
  if (!link) {
    return <SpentLink title={t('title')} again={{ href: '/signin', label: getTranslator(locale, 'auth.spent')('signInForNew') }} locale={locale} />;
  }
  return (
    <div className="panel stack" style={{ maxWidth: 460 }}>
      <h1>{t('title')}</h1>
      <p>{t.rich('intro', { email: link.email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <ConfirmRegistrationForm token={token} email={link.email} callbackUrl={callbackUrl} texts={textsOf(locale, 'auth.confirm', ['password', 'submit'])} />
    </div>
  );
}
