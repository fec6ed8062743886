import type { Metadata } from 'next';
import Link from 'next/link';
import { CatalogProducts } from '@/components/catalog/catalog-products';
import { CouponsTable } from '@/components/catalog/coupons-table';
import { DunningPlansTable } from '@/components/catalog/dunning-plans-table';
import { catalogTestIds } from '@/components/catalog/test-ids';
import { listCatalogProducts } from '@/db/queries/catalog/list-catalog-products';
import { listCoupons } from '@/db/queries/catalog/list-coupons';
import { listDunningPlans } from '@/db/queries/catalog/list-dunning-plans';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { hasPermission } from '@/lib/auth/permissions';
import { templatesOf } from '@/lib/i18n/templates';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.catalog')('title') };
}

export default async function CatalogPage() {
  const viewer = await requireMerchantPage('/dashboard/catalog', 'read');
  const canEdit = hasPermission(viewer.role, 'catalog:write');
  const [products, dunningPlans, coupons, settings, locale] = await Promise.all([
    listCatalogProducts(),
    listDunningPlans(),
    listCoupons(),
    getDashboardSettings(),
    getPageLocale(),
  ]);
  const t = getTranslator(locale, 'dashboard.manage.catalog');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {canEdit ? (
        <p>
          <Link href="/dashboard/catalog/products/new" data-testid={catalogTestIds.newProductLink}>
            {t('newProduct')}
          </Link>
        </p>
      ) : null}
      <CatalogProducts products={products} canEdit={canEdit} t={t} intervals={templatesOf(locale, 'dashboard.table')} />
      <section className="panel" aria-label={t('coupons')}>
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <h2 style={{ margin: 0 }}>{t('coupons')}</h2>
          {canEdit ? (
            <Link href="/dashboard/catalog/coupons/new" data-testid={catalogTestIds.newCouponLink}>
              {t('newCoupon')}
            </Link>
          ) : null}
        </div>
        <CouponsTable rows={coupons} timeZone={settings.timeZone} t={t} />
      </section>
      <section className="panel" aria-label={t('reminderProcesses')}>
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <h2 style={{ margin: 0 }}>{t('reminderProcesses')}</h2>
          {canEdit ? (
            <Link href="/dashboard/catalog/dunning/new" data-testid={catalogTestIds.newDunningLink}>
              {t('newReminderProcess')}
            </Link>
          ) : null}
        </div>
        <DunningPlansTable rows={dunningPlans} t={t} />
      </section>
    </>
  );
}
