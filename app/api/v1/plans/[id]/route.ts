import { getApiPlan } from '@/db/queries/api/catalog-reads';
import { apiHandler } from '@/lib/api/api-handler';
import { found, pathId } from '@/lib/api/found';
import { getPlan } from '@/lib/api/operations/catalog';
import { presentPlan } from '@/lib/api/present';

export const GET = apiHandler(getPlan, async ({ params }) => ({
  body: presentPlan(found(await getApiPlan(pathId(params.id, 'plan')), 'plan')),
}));
