import type { Metadata } from 'next';
import Link from 'next/link';
import { DUNNING_FORM_TEXTS } from '@/components/catalog/catalog-texts';
import { DunningPlanForm } from '@/components/catalog/dunning-plan-form';
import { dunningPlanFormValues } from '@/components/catalog/dunning-plan-form-values';
import { listPlanCurrencies } from '@/db/queries/catalog/list-plan-currencies';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.catalog')('newReminderProcess') };
}

export default async function NewDunningPlanPage() {
  await requireMerchantPage('/dashboard/catalog/dunning/new', 'catalog:write');
  const [currencies, settings, locale] = await Promise.all([listPlanCurrencies(), getDashboardSettings(), getPageLocale()]);
  const t = getTranslator(locale, 'dashboard.manage.catalog');
  return (
    <>
      <p>
        <Link href="/dashboard/catalog">{t('backToCatalog')}</Link>
      </p>
      <h1>{t('newReminderProcess')}</h1>
      <section className="panel" aria-label={t('newReminderProcess')}>
        <DunningPlanForm
          dunningPlanId={null}
          initial={dunningPlanFormValues({ name: '', suspendInsteadOfRemind: false, endAfterDays: 30, steps: [] })}
          currencies={currencies.length > 0 ? currencies : [settings.defaultCurrency]}
          texts={textsOf(locale, 'dashboard.manage.catalog', DUNNING_FORM_TEXTS)}
        />
      </section>
    </>
  );
}
