import { listSimulationPlans } from '@/db/queries/test-clocks/list-simulation-plans';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { PLAN_FORM_TEXTS } from '@/components/catalog/catalog-texts';
import { PlanForm } from '@/components/catalog/plan-form';
import { newPlanFormValues } from '@/components/catalog/plan-form-values';
import { getCatalogProduct } from '@/db/queries/catalog/get-catalog-product';
import { listDunningPlans } from '@/db/queries/catalog/list-dunning-plans';
import { listProductVariants } from '@/db/queries/catalog/list-product-variants';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.catalog')('newPlan') };
}

const searchSchema = z.object({ product: z.guid() });

export default async function NewPlanPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { product: productParam } = await searchParams;
  await requireMerchantPage(`/dashboard/catalog/plans/new?product=${encodeURIComponent(String(productParam ?? ''))}`, 'catalog:write');
  const parsed = searchSchema.safeParse({ product: productParam });
  if (!parsed.success) notFound();
  const [product, dunningPlans, settings, sold, variants, locale] = await Promise.all([
    getCatalogProduct(parsed.data.product),
    listDunningPlans(),
    getDashboardSettings(),
    listSimulationPlans(),
    listProductVariants(parsed.data.product),
    getPageLocale(),
  ]);
  if (!product) notFound();
  const t = getTranslator(locale, 'dashboard.manage.catalog');
  return (
    <>
      <p>
        <Link href="/dashboard/catalog">{t('backToCatalog')}</Link>
      </p>
      <h1>{t('newPlanOf', { product: product.name })}</h1>
      <section className="panel" aria-label={t('newPlan')}>
        <PlanForm
          target={{ productId: product.id }}
          // The shop's first reminder process, as most shops have one; "None" is a choice away.
          initial={newPlanFormValues({ currency: settings.defaultCurrency, dunningPlanId: dunningPlans[0]?.id ?? null })}
          dunningPlans={dunningPlans.map(({ id, name }) => ({ id, name }))}
          nextPlans={sold.map((p) => ({ id: p.id, name: `${p.productName} — ${p.planName}` }))}
          variants={variants}
          pricesIncludeVat={settings.pricesIncludeVat}
          texts={textsOf(locale, 'dashboard.manage.catalog', PLAN_FORM_TEXTS)}
        />
      </section>
    </>
  );
}
