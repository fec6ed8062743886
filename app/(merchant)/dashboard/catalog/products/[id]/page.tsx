import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ProductForm } from '@/components/catalog/product-form';
import { productFormValues } from '@/components/catalog/product-form-values';
import { catalogTestIds } from '@/components/catalog/test-ids';
import { ReadOnlyUnless } from '@/components/dashboard/read-only-unless';
import { getProductForEdit } from '@/db/queries/catalog/get-product-for-edit';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Product' };

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
  return (
    <>
      <p>
        <Link href="/dashboard/catalog">← Catalog</Link>
      </p>
      <h1>{product.name}</h1>
      <p className="row">
        <Link href={`/plans/${product.slug}`}>Order page</Link>
        {canEdit && (
          <Link href={`/dashboard/catalog/plans/new?product=${product.id}`} data-testid={catalogTestIds.newPlanLink}>
            Add a plan
          </Link>
        )}
      </p>
      <section className="panel" aria-label="Product">
        <ReadOnlyUnless allowed={canEdit}>
          <ProductForm productId={product.id} initial={productFormValues(product, variants)} />
        </ReadOnlyUnless>
      </section>
    </>
  );
}
