import { listApiInvoices } from '@/db/queries/api/invoice-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { apiHandler } from '@/lib/api/api-handler';
import { listBody, pageRequest } from '@/lib/api/list-page';
import { listInvoices } from '@/lib/api/operations/invoices';
import { presentInvoice } from '@/lib/api/present';

export const GET = apiHandler(listInvoices, async ({ query }) => {
  const filter = { status: query.status, customerId: query.customer, subscriptionId: query.subscription };
  return { body: listBody('invoices', await listApiInvoices(REAL_TIME, pageRequest('invoices', query), filter), presentInvoice) };
});
