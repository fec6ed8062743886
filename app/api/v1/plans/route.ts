import { listApiPlans } from '@/db/queries/api/catalog-reads';
import { apiHandler } from '@/lib/api/api-handler';
import { listBody, pageRequest } from '@/lib/api/list-page';
import { listPlans } from '@/lib/api/operations/catalog';
import { presentPlan } from '@/lib/api/present';

export const GET = apiHandler(listPlans, async ({ query }) => ({
  body: listBody('plans', await listApiPlans(pageRequest('plans', query), { productId: query.product }), presentPlan),
}));
