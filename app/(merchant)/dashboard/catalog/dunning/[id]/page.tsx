import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { DUNNING_FORM_TEXTS } from '@/components/catalog/catalog-texts';
import { DunningPlanForm } from '@/components/catalog/dunning-plan-form';
import { dunningPlanFormValues } from '@/components/catalog/dunning-plan-form-values';
import { getDunningPlan } from '@/db/queries/catalog/get-dunning-plan';
import { listPlanCurrencies } from '@/db/queries/catalog/list-plan-currencies';
import { ReadOnlyUnless } from '@/components/dashboard/read-only-unless';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { hasPermission } from '@/lib/auth/permissions';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.catalog')('reminderProcess') };
}

const paramsSchema = z.object({ id: z.guid() });

export default async function DunningPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireMerchantPage(`/dashboard/catalog/dunning/${encodeURIComponent(id)}`, 'read');
  const parsed = paramsSchema.safeParse({ id });
  if (!parsed.success) notFound();
  const [plan, shopCurrencies, locale] = await Promise.all([getDunningPlan(parsed.data.id), listPlanCurrencies(), getPageLocale()]);
  if (!plan) notFound();
  const t = getTranslator(locale, 'dashboard.manage.catalog');
  // Fees in the currencies of the plans using it; a process no plan uses yet offers the shop's.
  const currencies = plan.currencies.length > 0 ? plan.currencies : shopCurrencies;
  return (
    <>
      <p>
        <Link href="/dashboard/catalog">{t('backToCatalog')}</Link>
      </p>
      <h1>{plan.name}</h1>
      <p className="muted">
        {plan.plans.length === 0
          ? t('noPlanUsesProcess')
          : t('processUsedBy', { plans: plan.plans.map((p) => p.code).join(', '), currencies: plan.currencies.join(', ') })}
      </p>
      <section className="panel" aria-label={t('reminderProcess')}>
        <ReadOnlyUnless locale={locale} allowed={hasPermission(viewer.role, 'catalog:write')}>
          <DunningPlanForm
            dunningPlanId={plan.id}
            initial={dunningPlanFormValues(plan)}
            currencies={currencies}
            texts={textsOf(locale, 'dashboard.manage.catalog', DUNNING_FORM_TEXTS)}
          />
        </ReadOnlyUnless>
      </section>
    </>
  );
}
