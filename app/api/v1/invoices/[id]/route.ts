import { getApiInvoice } from '@/db/queries/api/invoice-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { apiHandler } from '@/lib/api/api-handler';
import { found, pathId } from '@/lib/api/found';
import { getInvoice } from '@/lib/api/operations/invoices';
import { presentInvoice, presentInvoiceLine } from '@/lib/api/present';

export const GET = apiHandler(getInvoice, async ({ params }) => {
  const { invoice, lines } = found(await getApiInvoice(REAL_TIME, pathId(params.id, 'invoice')), 'invoice');
  return { body: { ...presentInvoice(invoice), lines: lines.map(presentInvoiceLine) } };
});
