import Link from 'next/link';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';
import { getPageLocale } from '@/lib/auth/page-locale';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';

export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'auth.forgot')('title') };
}

export default async function ForgotPasswordPage() {
  const locale = await getPageLocale();
  const t = getTranslator(locale, 'auth.forgot');
  return (
    <div className="panel stack" style={{ maxWidth: 460 }}>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ForgotPasswordForm texts={textsOf(locale, 'auth.forgot', ['email', 'submit'])} />
      <p>
        <Link href="/signin">{t('back')}</Link>
      </p>
    </div>
  );
}
