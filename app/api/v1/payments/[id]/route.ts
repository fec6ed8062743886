import { getApiPayment } from '@/db/queries/api/payment-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { apiHandler } from '@/lib/api/api-handler';
import { found, pathId } from '@/lib/api/found';
import { getPayment } from '@/lib/api/operations/others';
import { presentPayment } from '@/lib/api/present';

export const GET = apiHandler(getPayment, async ({ params }) => ({
  body: presentPayment(found(await getApiPayment(REAL_TIME, pathId(params.id, 'payment')), 'payment')),
}));
