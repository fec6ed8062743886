import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { CouponForm } from '@/components/catalog/coupon-form';
import { couponFormValues } from '@/components/catalog/coupon-form-values';
import { couponPlanChoices } from '@/components/catalog/coupon-plan-choices';
import { ReadOnlyUnless } from '@/components/dashboard/read-only-unless';
import { getCoupon } from '@/db/queries/catalog/get-coupon';
import { listCatalogProducts } from '@/db/queries/catalog/list-catalog-products';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Coupon' };

// `guid`, not `uuid`: anything PostgreSQL's uuid type accepts (see the plan page).
const paramsSchema = z.object({ id: z.guid() });

export default async function CouponPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireMerchantPage(`/dashboard/catalog/coupons/${encodeURIComponent(id)}`, 'read');
  const parsed = paramsSchema.safeParse({ id });
  if (!parsed.success) notFound();
  const [coupon, products, settings] = await Promise.all([getCoupon(parsed.data.id), listCatalogProducts(), getDashboardSettings()]);
  if (!coupon) notFound();
  return (
    <>
      <p>
        <Link href="/dashboard/catalog">← Catalog</Link>
      </p>
      <h1>
        Coupon <code>{coupon.code}</code>
      </h1>
      <p className="muted">Used in {coupon.timesRedeemed === 1 ? '1 order' : `${coupon.timesRedeemed} orders`} so far.</p>
      <section className="panel" aria-label="Coupon">
        <ReadOnlyUnless allowed={hasPermission(viewer.role, 'catalog:write')}>
          <CouponForm
            target={{ couponId: coupon.id, code: coupon.code }}
            initial={couponFormValues(coupon, settings.timeZone)}
            plans={couponPlanChoices(products)}
          />
        </ReadOnlyUnless>
      </section>
    </>
  );
}
