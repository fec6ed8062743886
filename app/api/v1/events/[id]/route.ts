import { getApiEvent } from '@/db/queries/api/event-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { apiHandler } from '@/lib/api/api-handler';
import { found, pathId } from '@/lib/api/found';
import { getEvent } from '@/lib/api/operations/others';
import { presentEvent } from '@/lib/api/present';

export const GET = apiHandler(getEvent, async ({ params }) => ({
  body: presentEvent(found(await getApiEvent(REAL_TIME, pathId(params.id, 'event')), 'event')),
}));
