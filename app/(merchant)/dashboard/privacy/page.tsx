import type { Metadata } from 'next';
import { EraseCustomerForm } from '@/components/privacy/erase-customer-form';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';
import { outboxRetentionDays } from '@/lib/services/privacy/outbox-retention';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.privacy')('title') };
}

export default async function PrivacyPage() {
  await requireMerchantPage('/dashboard/privacy', 'customers:erase');
  const locale = await getPageLocale();
  const t = getTranslator(locale, 'dashboard.manage.privacy');
  return (
    <>
      <h1>{t('title')}</h1>
      <section className="panel stack" aria-label={t('erase')}>
        <h2 style={{ marginTop: 0 }}>{t('erase')}</h2>
        <p className="muted">{t('eraseIntro')}</p>
        <EraseCustomerForm texts={textsOf(locale, 'dashboard.manage.privacy', ['email', 'confirm', 'submit'])} />
      </section>
      <section className="panel" aria-label={t('selfService')}>
        <h2 style={{ marginTop: 0 }}>{t('automatic')}</h2>
        <p className="muted">{t('automaticText', { days: String(outboxRetentionDays()) })}</p>
      </section>
    </>
  );
}
