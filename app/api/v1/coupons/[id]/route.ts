import { getApiCoupon } from '@/db/queries/api/catalog-reads';
import { apiHandler } from '@/lib/api/api-handler';
import { found, pathId } from '@/lib/api/found';
import { getCoupon } from '@/lib/api/operations/catalog';
import { presentCoupon } from '@/lib/api/present';

export const GET = apiHandler(getCoupon, async ({ params }) => ({
  body: presentCoupon(found(await getApiCoupon(pathId(params.id, 'coupon')), 'coupon')),
}));
