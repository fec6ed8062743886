'use server';

import type { ActionState } from '@/lib/actions/action-state';
import { customerAction } from '@/lib/actions/safe-action';
import { previewStopNow } from '@/lib/services/subscriptions/stop-now-by-customer';
import { previewStopNowSchema } from '@/lib/validations/subscription-stop';
import { stopNowRefused, stopNowWords, termAmounts } from './stop-now-answer';

/** A stop at once's preview as Min Side shows it: formatted in the customer's language. */
export type StopNowPreviewView = {
  /** What the confirm form sends back: the amounts shown, in minor units. */
  creditMinor: number;
  feeMinor: number;
  lines: { description: string; amount: string; kind: 'credit' | 'fee' }[];
  creditTotal: string;
  /** How the early-exit fee was computed, in words; null without a fee. */
  feeBasis: string | null;
  /** Where the credit goes: the fee and open invoices it pays first, then the balance. */
  creditUse: { description: string; amount: string }[];
  confirmLabel: string;
};

export type StopNowPreviewState = ActionState & { preview?: StopNowPreviewView };

/** Shows what stopping now gives back (and costs, inside a commitment); writes nothing. */
export const previewStopNowAction = customerAction<{ subscriptionId: string }, StopNowPreviewState>(
  { to: 'stop a subscription', schema: previewStopNowSchema },
  async (input, { viewer }) => {
    const result = await previewStopNow({ customerId: viewer.customerId, ...input, now: new Date() });
    if (!result.ok) return stopNowRefused(viewer.customerId, result.error);
    const { t, f } = await stopNowWords(viewer.customerId);
    const q = result.value;
    const money = (minor: number) => f.money(minor, q.currency);
    const lines: StopNowPreviewView['lines'] = q.credits.map((credit) => {
      const values = { days: String(credit.daysUnused ?? ''), daysInPeriod: String(credit.daysInPeriod ?? ''), number: credit.invoiceNumber ?? '' };
      const key = credit.kind === 'term' ? 'creditTerm' : credit.kind === 'upgrade' ? 'creditUpgrade' : 'creditAhead';
      return { description: t(key, values), amount: money(credit.amountMinor), kind: 'credit' };
    });
    if (q.feeMinor > 0) {
      lines.push({ description: t('feeLine', { date: q.commitmentEndsAt ? f.date(q.commitmentEndsAt.toISOString()) : '' }), amount: money(q.feeMinor), kind: 'fee' });
    }
    const date = q.commitmentEndsAt ? f.date(q.commitmentEndsAt.toISOString()) : '';
    const basis = q.feeBasis;
    const feeBasis =
      basis === null
        ? null
        : basis.kind === 'fixed'
          ? t('feeFixedBasis')
          : t('feeRestBasis', { date, count: String(basis.terms.length), terms: termAmounts(basis.terms.map((term) => term.amountMinor), money), credit: money(basis.runningCreditMinor) });
    const use = q.creditUse;
    const creditUse = [
      ...(use.feeMinor > 0 ? [{ description: t('creditPaysFee', { amount: money(use.feeMinor) }), amount: money(use.feeMinor) }] : []),
      ...use.invoices.map((paid) => ({ description: t('creditPaysInvoice', { amount: money(paid.amountMinor), number: paid.number ?? '' }), amount: money(paid.amountMinor) })),
      ...(use.keptMinor > 0 && use.keptMinor !== q.creditMinor ? [{ description: t('creditKept', { amount: money(use.keptMinor) }), amount: money(use.keptMinor) }] : []),
    ];
    return {
      preview: {
        creditMinor: q.creditMinor,
        feeMinor: q.feeMinor,
        lines,
        creditTotal: money(q.creditMinor),
        feeBasis,
        creditUse,
        confirmLabel: q.feeMinor > 0 ? t('confirmWithFee', { fee: money(q.feeMinor) }) : t('confirm'),
      },
    };
  },
);
