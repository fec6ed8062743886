import { listApiProducts } from '@/db/queries/api/catalog-reads';
import { apiHandler } from '@/lib/api/api-handler';
import { listBody, pageRequest } from '@/lib/api/list-page';
import { listProducts } from '@/lib/api/operations/catalog';
import { presentProduct } from '@/lib/api/present';

export const GET = apiHandler(listProducts, async ({ query }) => ({
  body: listBody('products', await listApiProducts(pageRequest('products', query)), presentProduct),
}));
