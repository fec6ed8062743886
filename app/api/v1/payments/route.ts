import { listApiPayments } from '@/db/queries/api/payment-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { apiHandler } from '@/lib/api/api-handler';
import { listBody, pageRequest } from '@/lib/api/list-page';
import { listPayments } from '@/lib/api/operations/others';
import { presentPayment } from '@/lib/api/present';

export const GET = apiHandler(listPayments, async ({ query }) => {
  const filter = { status: query.status, customerId: query.customer, invoiceId: query.invoice };
  return { body: listBody('payments', await listApiPayments(REAL_TIME, pageRequest('payments', query), filter), presentPayment) };
});
