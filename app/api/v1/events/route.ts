import { listApiEvents } from '@/db/queries/api/event-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { apiHandler } from '@/lib/api/api-handler';
import { listBody, pageRequest } from '@/lib/api/list-page';
import { listEvents } from '@/lib/api/operations/others';
import { presentEvent } from '@/lib/api/present';

export const GET = apiHandler(listEvents, async ({ query }) => ({
  body: listBody('events', await listApiEvents(REAL_TIME, pageRequest('events', query), { type: query.type }), presentEvent),
}));
