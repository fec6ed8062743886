import type { Metadata } from 'next';
import { CreateTestClockForm } from '@/components/test-clocks/create-test-clock-form';
import { TestClocksTable } from '@/components/test-clocks/test-clocks-table';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { listTestClocks } from '@/db/queries/test-clocks/list-test-clocks';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { getPageLocale } from '@/lib/auth/page-locale';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';
import { toLocalDateTimeInput } from '@/lib/validations/test-clocks';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.testClocks')('title') };
}

export default async function TestClocksPage() {
  const viewer = await requireMerchantPage('/dashboard/test-clocks', 'read');
  const [settings, clocks, locale] = await Promise.all([getDashboardSettings(), listTestClocks(), getPageLocale()]);
  const t = getTranslator(locale, 'dashboard.manage.testClocks');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {hasPermission(viewer.role, 'test-clocks:write') ? (
        <section className="panel" aria-label={t('new')}>
          <h2 style={{ marginTop: 0 }}>{t('new')}</h2>
          <CreateTestClockForm
            defaultStartAt={toLocalDateTimeInput(new Date(), settings.timeZone)}
            zones={Intl.supportedValuesOf('timeZone')}
            texts={{
              ...textsOf(locale, 'dashboard.manage.testClocks', ['name', 'namePlaceholder', 'timeZone', 'startsAt', 'create']),
              shopZone: t('shopZone', { timeZone: settings.timeZone }),
            }}
          />
        </section>
      ) : null}
      <section className="panel" aria-label={t('title')}>
        <TestClocksTable rows={clocks} timeZone={settings.timeZone} locale={locale} />
      </section>
    </>
  );
}
