import { listSimulationPlans } from '@/db/queries/test-clocks/list-simulation-plans';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { PLAN_FORM_TEXTS } from '@/components/catalog/catalog-texts';
import { PlanForm } from '@/components/catalog/plan-form';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { planFormValues } from '@/components/catalog/plan-form-values';
import { getCatalogPlan } from '@/db/queries/catalog/get-catalog-plan';
import { listDunningPlans } from '@/db/queries/catalog/list-dunning-plans';
import { listProductVariants } from '@/db/queries/catalog/list-product-variants';
import { ReadOnlyUnless } from '@/components/dashboard/read-only-unless';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { hasPermission } from '@/lib/auth/permissions';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.catalog')('plan') };
}

// `guid`, not `uuid`: anything PostgreSQL's uuid type accepts, and nothing it would reject with an
// error (a 500) instead of finding no row.
const paramsSchema = z.object({ id: z.guid() });

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireMerchantPage(`/dashboard/catalog/plans/${encodeURIComponent(id)}`, 'read');
  const parsed = paramsSchema.safeParse({ id });
  if (!parsed.success) notFound();
  const [found, dunningPlans, sold, settings, locale] = await Promise.all([
    getCatalogPlan(parsed.data.id),
    listDunningPlans(),
    listSimulationPlans(),
    getDashboardSettings(),
    getPageLocale(),
  ]);
  if (!found) notFound();
  const t = getTranslator(locale, 'dashboard.manage.catalog');
  const { plan, productName } = found;
  const variants = await listProductVariants(plan.productId);
  return (
    <>
      <p>
        <Link href="/dashboard/catalog">{t('backToCatalog')}</Link>
      </p>
      <h1>
        {productName} — {plan.name}
      </h1>
      <section className="panel" aria-label={t('plan')}>
        <ReadOnlyUnless locale={locale} allowed={hasPermission(viewer.role, 'catalog:write')}>
          <PlanForm
            target={{ planId: plan.id, code: plan.code, currency: plan.currency }}
            initial={planFormValues(plan)}
            dunningPlans={dunningPlans.map(({ id: value, name }) => ({ id: value, name }))}
            nextPlans={sold.filter((p) => p.id !== plan.id).map((p) => ({ id: p.id, name: `${p.productName} — ${p.planName}` }))}
            variants={variants}
            pricesIncludeVat={settings.pricesIncludeVat}
            texts={textsOf(locale, 'dashboard.manage.catalog', PLAN_FORM_TEXTS)}
          />
        </ReadOnlyUnless>
      </section>
    </>
  );
}
