import type { Metadata } from 'next';
import Link from 'next/link';
import { PRODUCT_FORM_TEXTS } from '@/components/catalog/catalog-texts';
import { ProductForm } from '@/components/catalog/product-form';
import { newProductFormValues } from '@/components/catalog/product-form-values';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.catalog')('newProduct') };
}

export default async function NewProductPage() {
  await requireMerchantPage('/dashboard/catalog/products/new', 'catalog:write');
  const locale = await getPageLocale();
  const t = getTranslator(locale, 'dashboard.manage.catalog');
  return (
    <>
      <p>
        <Link href="/dashboard/catalog">{t('backToCatalog')}</Link>
      </p>
      <h1>{t('newProduct')}</h1>
      <p className="muted">{t('newProductIntro')}</p>
      <section className="panel" aria-label={t('newProduct')}>
        <ProductForm productId={null} initial={newProductFormValues()} texts={textsOf(locale, 'dashboard.manage.catalog', PRODUCT_FORM_TEXTS)} />
      </section>
    </>
  );
}
