import { and, eq, sql } from 'drizzle-orm';
import { anyOfJsonIds, builtOnceQuery } from '@/db/built-once';
import { db } from '@/db/client';
import { invoices, subscriptions, type Invoice } from '@/db/schema';
import { amountOwed } from '@/lib/billing/amount-owed';
import type { DemoChange, DemoPayer } from '@/lib/billing/demo/demo-story';
import { minorToDecimal } from '@/lib/csv';
import { registerManualPayment } from '@/lib/services/payments/register-manual-payment';
import { shopDate } from '@/lib/services/payments/payment-instant';
import { changePlan } from '@/lib/services/subscriptions/change-plan';
import { pauseSubscription } from '@/lib/services/subscriptions/pause/pause-subscription';
import { previewPlanChange } from '@/lib/services/subscriptions/preview-plan-change';
import { scheduleSubscriptionStop } from '@/lib/services/subscriptions/schedule-subscription-stop';

const DAY_MS = 86_400_000;
/** A prompt payer transfers the money two days after the invoice; a late one well after its due date. */
const PROMPT_AFTER_ISSUE_MS = 2 * DAY_MS;
const LATE_AFTER_DUE_MS = 9 * DAY_MS;

/**
 * One of a customer's own decisions, made through the service Min Side calls, at `now`. Answers
 * whether the shop took it: a refusal (the subscription ended, the magazine's commitment still
 * runs) is part of the story, as it would be for a real customer.
 */
export async function applyDemoChange(customerId: string, change: DemoChange, now: Date): Promise<boolean> {
  const [sub] = await db
    .select({ id: subscriptions.id, planId: subscriptions.planId })
    .from(subscriptions)
    .where(eq(subscriptions.customerId, customerId))
    .limit(1);
  if (!sub) return false;
  switch (change.kind) {
    case 'upgrade':
    case 'downgrade': {
      const target = { customerId, subscriptionId: sub.id, planId: sub.planId, quantity: change.quantity, now };
      const preview = await previewPlanChange(target);
      if (!preview.ok) return false;
      return (await changePlan({ ...target, expectedTotalMinor: preview.value.totalMinor })).ok;
    }
    case 'pause':
      return (await pauseSubscription({ subscriptionId: sub.id, actor: { kind: 'customer', customerId }, terms: change.terms, now })).ok;
    case 'stop':
      return (await scheduleSubscriptionStop({ customerId, subscriptionId: sub.id, reason: change.reason, note: null, now })).ok;
  }
}

const PAYERS = 'payers';
/** Built once: asked on every engine date (db/built-once.ts). */
const openInvoicesStatement = builtOnceQuery<Invoice>(() =>
  db
    .select()
    .from(invoices)
    .where(and(eq(invoices.status, 'open'), sql`${invoices.customerId} = ${anyOfJsonIds(PAYERS)}`)),
);

/**
 * Invoice payers transfer what their open invoices owe when their habit says so, registered as
 * the merchant registers a bank transfer. Answers how many invoices were paid.
 */
export async function payDemoInvoices(input: {
  payers: Map<string, DemoPayer>;
  staffUserId: string;
  timeZone: string;
  now: Date;
}): Promise<number> {
  const customerIds = [...input.payers].filter(([, payer]) => payer === 'prompt' || payer === 'late').map(([id]) => id);
  if (customerIds.length === 0) return 0;
  // NOTE: the payers as one JSON parameter, not one parameter each: asked on every engine date,
  // with one more payer after each sign-up, a list of parameters would be another statement to
  // build, parse and plan each time.
  const open = await openInvoicesStatement(db, { [PAYERS]: JSON.stringify(customerIds) });
  let paid = 0;
  for (const invoice of open) {
    const payer = input.payers.get(invoice.customerId);
    const payAt =
      payer === 'prompt'
        ? (invoice.issuedAt?.getTime() ?? 0) + PROMPT_AFTER_ISSUE_MS
        : (invoice.dueAt?.getTime() ?? invoice.issuedAt?.getTime() ?? 0) + LATE_AFTER_DUE_MS;
    if (payAt > input.now.getTime()) continue;
    const owed = amountOwed(invoice);
    if (owed <= 0) continue;
    const result = await registerManualPayment(
      {
        invoiceId: invoice.id,
        amount: minorToDecimal(owed, invoice.currency),
        currency: invoice.currency,
        paidOn: shopDate(input.now, input.timeZone),
        method: 'bank_transfer',
        note: null,
      },
      { staffUserId: input.staffUserId, now: input.now },
    );
    if (result.ok) paid += 1;
  }
  return paid;
}
