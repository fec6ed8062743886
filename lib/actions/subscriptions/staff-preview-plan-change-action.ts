'use server';

import { requestLocale } from '@/lib/actions/request-locale';
import { manageLocalizer } from '@/lib/i18n/manage-messages';
import type { ActionState } from '@/lib/actions/action-state';
import { merchantAction } from '@/lib/actions/safe-action';
import { formatMoney } from '@/lib/billing/money';
import { previewPlanChange } from '@/lib/services/subscriptions/preview-plan-change';
import { staffPreviewPlanChangeSchema } from '@/lib/validations/plan-change';

/** A plan change's preview as the dashboard shows it (in the page's language; line descriptions as the invoice will have them). */
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
  const { text } = manageLocalizer(await requestLocale());
  return {
    preview: {
      planId: p.planId,
      quantity: p.quantity,
      totalMinor: p.totalMinor,
      summary: now
        ? p.lines.length
          ? text('previewNowProration', { unused: p.daysUnused ?? 0, days: p.daysInPeriod ?? 0 })
          : text('previewNowNothing')
        : text('previewNextTerm', { start: day(p.effectiveAt), amount: money(p.termAmountMinor) }),
      lines: p.lines.map((line) => ({ description: line.description, amount: money(line.amountMinor) })),
      total: p.lines.length ? money(p.totalMinor) : null,
      confirmLabel: now
        ? p.totalMinor > 0
          ? text('confirmNowInvoice', { amount: money(p.totalMinor) })
          : text('confirmNow')
        : text('confirmFrom', { start: day(p.effectiveAt) }),
    },
  };
});
