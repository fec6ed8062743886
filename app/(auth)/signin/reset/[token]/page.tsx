import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { findUsableAuthToken } from '@/db/queries/auth/find-usable-auth-token';
import { getPageLocale } from '@/lib/auth/page-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { newPasswordTexts } from '@/components/auth/new-password-texts';
import { SpentLink } from '../../spent-link';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'auth.reset')('title'), referrer: 'no-referrer' as const };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [link, locale] = await Promise.all([findUsableAuthToken(token, 'reset-password'), getPageLocale()]);
  const t = getTranslator(locale, 'auth.reset');
  if (!link) return <SpentLink title={t('title')} again={{ href: '/signin/forgot', label: getTranslator(locale, 'auth.spent')('askNew') }} locale={locale} />;
  return (
    <div className="panel stack" style={{ maxWidth: 460 }}>
      <h1>{t('title')}</h1>
      <p>{t.rich('intro', { email: link.email, strong: (chunks) => <strong data-testid="reset-password-email">{chunks}</strong> })}</p>
      <ResetPasswordForm token={token} texts={{ ...newPasswordTexts(locale), submit: t('submit') }} />
    </div>
  );
}
