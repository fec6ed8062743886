'use server';

import { z } from 'zod';
import { manageText } from '@/lib/actions/request-locale';
import { merchantAction } from '@/lib/actions/safe-action';
import { manageCode } from '@/lib/i18n/manage-code';
import { markAbandonedNotPaid, markAbandonedPaid } from '@/lib/services/payments/abandoned-payments';

const settle = {
  to: 'settle payments',
  permission: 'payments:write',
  schema: z.object({ paymentId: z.uuid({ error: manageCode('paymentNotFound') }) }),
  invalid: 'first',
  revalidate: ['/dashboard/payments/abandoned', '/dashboard/payments'],
} as const;

/** Merchant staff only: an abandoned checkout was paid after all; the order is fulfilled. */
export const markAbandonedPaidAction = merchantAction(settle, async ({ paymentId }, { viewer }) => {
  const result = await markAbandonedPaid({ paymentId, staffUserId: viewer.userId, now: new Date() });
  if (!result.ok) return { error: result.error };
  return { notice: await manageText('abandonedMarkedPaid') };
});

/** Merchant staff only: an abandoned checkout will not be paid; its order is canceled. */
export const markAbandonedNotPaidAction = merchantAction(settle, async ({ paymentId }, { viewer }) => {
  const result = await markAbandonedNotPaid({ paymentId, staffUserId: viewer.userId, now: new Date() });
  if (!result.ok) return { error: result.error };
  return { notice: await manageText(result.value.invoiceVoided ? 'abandonedNotPaidVoided' : 'abandonedNotPaidCanceled') };
});
