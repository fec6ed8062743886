'use server';

import type { ActionState } from '@/lib/actions/action-state';
import { merchantAction } from '@/lib/actions/safe-action';
import { formatMoney } from '@/lib/billing/money';
import { previewPlanChange } from '@/lib/services/subscriptions/preview-plan-change';
import { staffPreviewPlanChangeSchema } from '@/lib/validations/plan-change';

/** A plan change's preview as the dashboard shows it (in English). */
export type StaffPlanChangePreview = {
  planId: string;
  quantity: number;
  /** What the confirm form sends back: the total shown, in minor units. */
  totalMinor: number;
  summary: string;
  lines: { description: string; amount: string }[];
  total: string | null;
  confirmLabel: string;
};

export type StaffPlanChangePreviewState = ActionState & { preview?: StaffPlanChangePreview };

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Staff see what changing a customer's subscription to a plan and quantity costs and when it
 * starts, by the same rules as Min Side (the customer's switches aside); writes nothing.
 */
export const staffPreviewPlanChangeAction = merchantAction<
  { customerId: string; subscriptionId: string; planId: string; quantity: number },
  StaffPlanChangePreviewState
>({ to: 'change subscriptions', permission: 'subscriptions:write', schema: staffPreviewPlanChangeSchema }, async (input, { viewer }) => {
  const result = await previewPlanChange({ ...input, now: new Date(), staffUserId: viewer.userId });
  if (!result.ok) return { error: result.error.message };
  const p = result.value;
  const money = (minor: number) => formatMoney(minor, p.currency);
  const now = p.timing === 'now';
  return {
    preview: {
      planId: p.planId,
      quantity: p.quantity,
      totalMinor: p.totalMinor,
      summary: now
        ? `Applies at once: ${p.lines.length ? `the proration for ${p.daysUnused} of ${p.daysInPeriod} days is invoiced` : 'nothing to invoice'}.`
        : `Applies from the next term, on ${day(p.effectiveAt)}, at ${money(p.termAmountMinor)} a term.`,
      lines: p.lines.map((line) => ({ description: line.description, amount: money(line.amountMinor) })),
      total: p.lines.length ? money(p.totalMinor) : null,
      confirmLabel: now ? (p.totalMinor > 0 ? `Change now and invoice ${money(p.totalMinor)}` : 'Change now') : `Change from ${day(p.effectiveAt)}`,
    },
  };
});
