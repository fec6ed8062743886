import type { Metadata } from 'next';
import Link from 'next/link';
import { ProductForm } from '@/components/catalog/product-form';
import { newProductFormValues } from '@/components/catalog/product-form-values';
import { requireMerchantPage } from '@/lib/auth/guards';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'New product' };

export default async function NewProductPage() {
  await requireMerchantPage('/dashboard/catalog/products/new', 'catalog:write');
  return (
    <>
      <p>
        <Link href="/dashboard/catalog">← Catalog</Link>
      </p>
      <h1>New product</h1>
      <p className="muted">Once the product is created, add its plans: each variant has plans and prices of its own.</p>
      <section className="panel" aria-label="New product">
        <ProductForm productId={null} initial={newProductFormValues()} />
      </section>
    </>
  );
}
