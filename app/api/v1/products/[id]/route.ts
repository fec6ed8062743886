import { getApiProduct } from '@/db/queries/api/catalog-reads';
import { apiHandler } from '@/lib/api/api-handler';
import { found, pathId } from '@/lib/api/found';
import { getProduct } from '@/lib/api/operations/catalog';
import { presentProduct } from '@/lib/api/present';

export const GET = apiHandler(getProduct, async ({ params }) => ({
  body: presentProduct(found(await getApiProduct(pathId(params.id, 'product')), 'product')),
}));
