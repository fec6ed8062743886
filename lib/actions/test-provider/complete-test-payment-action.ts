'use server';

import { and, eq } from 'drizzle-orm';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { db } from '@/db/client';
import { testProviderPayments } from '@/db/schema';
import { formObject } from '@/lib/actions/action-state';
import { TEST_OUTCOMES, testMandateRef, type TestOutcome } from '@/lib/payments/test-provider-outcomes';

const schema = z.object({
  id: z.string().regex(/^tp_[0-9a-f]{24}$/),
  outcome: z.enum(Object.keys(TEST_OUTCOMES) as [TestOutcome, ...TestOutcome[]]),
});

/**
 * The payer's choice on the test provider's page. Like a real provider, the first decision is
 * final: a second click or a replayed form finds the payment closed and just returns.
 */
export async function completeTestPaymentAction(formData: FormData): Promise<void> {
  const parsed = schema.safeParse(formObject(formData));
  if (!parsed.success) notFound();
  const outcome = TEST_OUTCOMES[parsed.data.outcome];
  await db
    .update(testProviderPayments)
    .set({
      status: outcome.status,
      failureReason: outcome.reason,
      failureKind: outcome.kind,
      mandateRef: outcome.mandate ? testMandateRef(outcome.mandate, parsed.data.id) : null,
      completedAt: outcome.status === 'pending' ? null : new Date(),
    })
    .where(and(eq(testProviderPayments.id, parsed.data.id), eq(testProviderPayments.status, 'open')));
  const [payment] = await db.select().from(testProviderPayments).where(eq(testProviderPayments.id, parsed.data.id));
  if (!payment) notFound();
  redirect(payment.returnUrl);
}
