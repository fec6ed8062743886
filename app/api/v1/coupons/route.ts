import { listApiCoupons } from '@/db/queries/api/catalog-reads';
import { apiHandler } from '@/lib/api/api-handler';
import { listBody, pageRequest } from '@/lib/api/list-page';
import { listCoupons } from '@/lib/api/operations/catalog';
import { presentCoupon } from '@/lib/api/present';

export const GET = apiHandler(listCoupons, async ({ query }) => ({
  body: listBody('coupons', await listApiCoupons(pageRequest('coupons', query)), presentCoupon),
}));
