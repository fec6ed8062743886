import { getApiCreditNote } from '@/db/queries/api/credit-note-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { apiHandler } from '@/lib/api/api-handler';
import { found, pathId } from '@/lib/api/found';
import { getCreditNote } from '@/lib/api/operations/others';
import { presentCreditNote } from '@/lib/api/present';

export const GET = apiHandler(getCreditNote, async ({ params }) => ({
  body: presentCreditNote(found(await getApiCreditNote(REAL_TIME, pathId(params.id, 'credit note')), 'credit note')),
}));
