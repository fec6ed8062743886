import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { PRODUCT_FORM_TEXTS } from '@/components/catalog/catalog-texts';
import { ProductForm } from '@/components/catalog/product-form';
import { productFormValues } from '@/components/catalog/product-form-values';
import { catalogTestIds } from '@/components/catalog/test-ids';
import { ReadOnlyUnless } from '@/components/dashboard/read-only-unless';
import { getProductForEdit } from '@/db/queries/catalog/get-product-for-edit';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { hasPermission } from '@/lib/auth/permissions';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.catalog')('product') };
}

// `guid`, not `uuid`: anything PostgreSQL's uuid type accepts (see the plan page).
const paramsSchema = z.object({ id: z.guid() });

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireMerchantPage(`/dashboard/catalog/products/${encodeURIComponent(id)}`, 'read');
  const parsed = paramsSchema.safeParse({ id });
  if (!parsed.success) notFound();
  const found = await getProductForEdit(parsed.data.id);
  if (!found) notFound();
  const { product, variants } = found;
  const canEdit = hasPermission(viewer.role, 'catalog:write');
  const locale = await getPageLocale();
  const t = getTranslator(locale, 'dashboard.manage.catalog');
  return (
    <>
      <p>
        <Link href="/dashboard/catalog">{t('backToCatalog')}</Link>
      </p>
      <h1>{product.name}</h1>
      <p className="row">
        <Link href={`/plans/${product.slug}`}>{t('orderPage')}</Link>
        {canEdit && (
          <Link href={`/dashboard/catalog/plans/new?product=${product.id}`} data-testid={catalogTestIds.newPlanLink}>
            {t('addPlan')}
          </Link>
        )}
      </p>
      <section className="panel" aria-label={t('product')}>
        <ReadOnlyUnless locale={locale} allowed={canEdit}>
          <ProductForm productId={product.id} initial={productFormValues(product, variants)} texts={textsOf(locale, 'dashboard.manage.catalog', PRODUCT_FORM_TEXTS)} />
        </ReadOnlyUnless>
      </section>
    </>
  );
}
