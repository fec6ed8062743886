import { ApiKeyTable } from '@/components/api-keys/api-key-table';
import { getPageLocale } from '@/lib/auth/page-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { textsOf } from '@/lib/i18n/texts';
import { CreateApiKeyForm } from '@/components/api-keys/create-api-key-form';
import { listApiKeys } from '@/db/queries/api-keys/list-api-keys';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { requireMerchantPage } from '@/lib/auth/guards';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.apiKeys')('title') };
}

/** The owner's keys for the REST API: made here, shown once, revoked here. */
export default async function ApiKeysPage() {
  await requireMerchantPage('/dashboard/settings/api-keys', 'api-keys:manage');
  const [settings, rows, locale] = await Promise.all([getDashboardSettings(), listApiKeys(), getPageLocale()]);
  const t = getTranslator(locale, 'dashboard.manage.apiKeys');
  return (
    <>
      <h1>{t('title')}</h1>
      <section className="panel" aria-label={t('aboutSection')}>
        <p>
          {t.rich('about', {
            api: (chunks) => <a href="/docs/api">{chunks}</a>,
            code: (chunks) => <code>{chunks}</code>,
          })}
        </p>
        <p className="muted">{t('simulated')}</p>
      </section>
      <section className="panel" aria-label={t('createSection')}>
        <h2 style={{ marginTop: 0 }}>{t('createHeading')}</h2>
        <CreateApiKeyForm texts={textsOf(locale, 'dashboard.manage.apiKeys', ['name', 'namePlaceholder', 'access', 'readOnly', 'readWrite', 'create'])} />
      </section>
      <section className="panel" aria-label={t('title')}>
        <ApiKeyTable rows={rows} timeZone={settings.timeZone} locale={locale} />
      </section>
    </>
  );
}
