import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { COUPON_FORM_TEXTS } from '@/components/catalog/catalog-texts';
import { CouponForm } from '@/components/catalog/coupon-form';
import { couponFormValues } from '@/components/catalog/coupon-form-values';
import { couponPlanChoices } from '@/components/catalog/coupon-plan-choices';
import { ReadOnlyUnless } from '@/components/dashboard/read-only-unless';
import { getCoupon } from '@/db/queries/catalog/get-coupon';
import { listCatalogProducts } from '@/db/queries/catalog/list-catalog-products';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { hasPermission } from '@/lib/auth/permissions';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.catalog')('coupon') };
}

// `guid`, not `uuid`: anything PostgreSQL's uuid type accepts (see the plan page).
const paramsSchema = z.object({ id: z.guid() });

export default async function CouponPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireMerchantPage(`/dashboard/catalog/coupons/${encodeURIComponent(id)}`, 'read');
  const parsed = paramsSchema.safeParse({ id });
  if (!parsed.success) notFound();
  const [coupon, products, settings, locale] = await Promise.all([getCoupon(parsed.data.id), listCatalogProducts(), getDashboardSettings(), getPageLocale()]);
  if (!coupon) notFound();
  const t = getTranslator(locale, 'dashboard.manage.catalog');
  return (
    <>
      <p>
        <Link href="/dashboard/catalog">{t('backToCatalog')}</Link>
      </p>
      <h1>
        {t('coupon')} <code>{coupon.code}</code>
      </h1>
      <p className="muted">{t('usedInOrders', { count: coupon.timesRedeemed })}</p>
      <section className="panel" aria-label={t('coupon')}>
        <ReadOnlyUnless locale={locale} allowed={hasPermission(viewer.role, 'catalog:write')}>
          <CouponForm
            target={{ couponId: coupon.id, code: coupon.code }}
            initial={couponFormValues(coupon, settings.timeZone)}
            plans={couponPlanChoices(products)}
            texts={textsOf(locale, 'dashboard.manage.catalog', COUPON_FORM_TEXTS)}
          />
        </ReadOnlyUnless>
      </section>
    </>
  );
}
