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
import { hasPermission } from '@/lib/auth/permissions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Catalog' };

export default async function CatalogPage() {
  const viewer = await requireMerchantPage('/dashboard/catalog', 'read');
  const canEdit = hasPermission(viewer.role, 'catalog:write');
  const [products, dunningPlans, coupons, settings] = await Promise.all([
    listCatalogProducts(),
    listDunningPlans(),
    listCoupons(),
    getDashboardSettings(),
  ]);
  return (
    <>
      <h1>Catalog</h1>
      <p className="muted">
        Products (simple, or with variants such as print and digital) and their plans, coupons, and the reminder processes that follow an unpaid invoice. A plan is checked as you save
        it: a term, a price or a timeline the billing engine could not run is refused with the reason.
      </p>
      {canEdit ? (
        <p>
          <Link href="/dashboard/catalog/products/new" data-testid={catalogTestIds.newProductLink}>
            New product
          </Link>
        </p>
      ) : null}
      <CatalogProducts products={products} canEdit={canEdit} />
      <section className="panel" aria-label="Coupons">
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <h2 style={{ margin: 0 }}>Coupons</h2>
          {canEdit ? (
            <Link href="/dashboard/catalog/coupons/new" data-testid={catalogTestIds.newCouponLink}>
              New coupon
            </Link>
          ) : null}
        </div>
        <CouponsTable rows={coupons} timeZone={settings.timeZone} />
      </section>
      <section className="panel" aria-label="Reminder processes">
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <h2 style={{ margin: 0 }}>Reminder processes</h2>
          {canEdit ? (
            <Link href="/dashboard/catalog/dunning/new" data-testid={catalogTestIds.newDunningLink}>
              New reminder process
            </Link>
          ) : null}
        </div>
        <DunningPlansTable rows={dunningPlans} />
      </section>
    </>
  );
}
