'use server';

import type { ActionState } from '@/lib/actions/action-state';
import { customerAction } from '@/lib/actions/safe-action';
import { previewPlanChange } from '@/lib/services/subscriptions/preview-plan-change';
import { previewPlanChangeSchema } from '@/lib/validations/plan-change';
import { planChangeRefused, planChangeWords } from './plan-change-answer';

/** A plan change's preview as Min Side shows it: formatted in the customer's language. */
export type PlanChangePreviewView = {
  planId: string;
  quantity: number;
  /** What the confirm form sends back: the total shown, in minor units. */
  totalMinor: number;
  summary: string;
  lines: { description: string; amount: string }[];
  total: string | null;
  confirmLabel: string;
};

export type PlanChangePreviewState = ActionState & { preview?: PlanChangePreviewView };

/** Shows what changing to a plan and quantity costs and when it starts; writes nothing. */
export const previewPlanChangeAction = customerAction<{ subscriptionId: string; planId: string; quantity: number }, PlanChangePreviewState>(
  { to: 'change a subscription', schema: previewPlanChangeSchema },
  async (input, { viewer }) => {
    const result = await previewPlanChange({ customerId: viewer.customerId, ...input, now: new Date() });
    if (!result.ok) return planChangeRefused(viewer.customerId, result.error);
    const { t, f } = await planChangeWords(viewer.customerId);
    const p = result.value;
    const money = (minor: number) => f.money(minor, p.currency);
    const date = f.date(p.effectiveAt.toISOString());
    const now = p.timing === 'now';
    const summary = !now
      ? t('previewRenewal', { date, amount: money(p.termAmountMinor) })
      : p.lines.length === 0
        ? t('nothingToPay')
        : t('previewNow', { days: String(p.daysUnused), daysInPeriod: String(p.daysInPeriod) });
    return {
      preview: {
        planId: p.planId,
        quantity: p.quantity,
        totalMinor: p.totalMinor,
        summary,
        lines: p.lines.map((line) => ({ description: line.description, amount: money(line.amountMinor) })),
        total: p.lines.length ? money(p.totalMinor) : null,
        confirmLabel: !now ? t('confirmRenewal', { date }) : p.totalMinor > 0 ? t('confirmNow', { amount: money(p.totalMinor) }) : t('confirmFree'),
      },
    };
  },
);
