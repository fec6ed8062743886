import type { Metadata } from 'next';
import Link from 'next/link';
import { CouponForm } from '@/components/catalog/coupon-form';
import { newCouponFormValues } from '@/components/catalog/coupon-form-values';
import { couponPlanChoices } from '@/components/catalog/coupon-plan-choices';
import { listCatalogProducts } from '@/db/queries/catalog/list-catalog-products';
import { requireMerchantPage } from '@/lib/auth/guards';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'New coupon' };

export default async function NewCouponPage() {
  await requireMerchantPage('/dashboard/catalog/coupons/new', 'catalog:write');
  const products = await listCatalogProducts();
  return (
    <>
      <p>
        <Link href="/dashboard/catalog">← Catalog</Link>
      </p>
      <h1>New coupon</h1>
      <section className="panel" aria-label="New coupon">
        <CouponForm target={null} initial={newCouponFormValues()} plans={couponPlanChoices(products)} />
      </section>
    </>
  );
}
