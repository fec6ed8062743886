'use server';

import { z } from 'zod';
import { merchantAction } from '@/lib/actions/safe-action';
import { markAbandonedNotPaid, markAbandonedPaid } from '@/lib/services/payments/abandoned-payments';

const settle = {
  to: 'settle payments',
  permission: 'payments:write',
  schema: z.object({ paymentId: z.uuid({ error: 'That payment does not exist.' }) }),
  invalid: 'first',
  revalidate: ['/dashboard/payments/abandoned', '/dashboard/payments'],
} as const;

/** Merchant staff only: an abandoned checkout was paid after all; the order is fulfilled. */
export const markAbandonedPaidAction = merchantAction(settle, async ({ paymentId }, { viewer }) => {
  const result = await markAbandonedPaid({ paymentId, staffUserId: viewer.userId, now: new Date() });
  if (!result.ok) return { error: result.error };
  return { notice: 'Marked paid: the order is fulfilled and the customer has been e-mailed.' };
});

/** Merchant staff only: an abandoned checkout will not be paid; its order is canceled. */
export const markAbandonedNotPaidAction = merchantAction(settle, async ({ paymentId }, { viewer }) => {
  const result = await markAbandonedNotPaid({ paymentId, staffUserId: viewer.userId, now: new Date() });
  if (!result.ok) return { error: result.error };
  return { notice: result.value.invoiceVoided ? 'Marked not paid: the order’s invoice is voided.' : 'Marked not paid: the order is canceled.' };
});
