import type { Metadata } from 'next';
import Link from 'next/link';
import { COUPON_FORM_TEXTS } from '@/components/catalog/catalog-texts';
import { CouponForm } from '@/components/catalog/coupon-form';
import { newCouponFormValues } from '@/components/catalog/coupon-form-values';
import { couponPlanChoices } from '@/components/catalog/coupon-plan-choices';
import { listCatalogProducts } from '@/db/queries/catalog/list-catalog-products';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.catalog')('newCoupon') };
}

export default async function NewCouponPage() {
  await requireMerchantPage('/dashboard/catalog/coupons/new', 'catalog:write');
  const [products, locale] = await Promise.all([listCatalogProducts(), getPageLocale()]);
  const t = getTranslator(locale, 'dashboard.manage.catalog');
  return (
    <>
      <p>
        <Link href="/dashboard/catalog">{t('backToCatalog')}</Link>
      </p>
      <h1>{t('newCoupon')}</h1>
      <section className="panel" aria-label={t('newCoupon')}>
        <CouponForm target={null} initial={newCouponFormValues()} plans={couponPlanChoices(products)} texts={textsOf(locale, 'dashboard.manage.catalog', COUPON_FORM_TEXTS)} />
      </section>
    </>
  );
}
