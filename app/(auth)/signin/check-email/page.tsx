import { getPageLocale } from '@/lib/auth/page-locale';
import { getTranslator } from '@/lib/i18n/translator';

export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'auth.checkEmail')('title') };
}

/** Where sign-in links and registrations land, known address or not: the same words for both. */
export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ registered?: string }> }) {
  const [{ registered }, locale] = await Promise.all([searchParams, getPageLocale()]);
  const t = getTranslator(locale, 'auth.checkEmail');
  return (
    <div className="panel" style={{ maxWidth: 460 }} data-testid="check-email">
      <h1>{t('title')}</h1>
      {registered ? <p data-testid="check-email-registered">{t('registered')}</p> : <p>{t('signIn')}</p>}
    </div>
  );
}
