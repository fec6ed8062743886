import type { CreditableLine } from './credit-note-lines';
import { allocateMinor, sumMinor } from './money';
import { unusedPeriodShare, type UnusedPeriodShare } from './unused-period-share';

/** A creditable invoice line with its kind (plan, discount, ...), as the credit of an unused term reads it. */
export type CreditableInvoiceLine = CreditableLine & { kind: string };

// The kinds a coupon discounts (shipping and fees added later never are).
const DISCOUNTED_KINDS = ['plan', 'setup_fee', 'one_off'];

/**
 * What a subscription stopped at `now` gets back of its running term: the unused calendar days'
 * share (unusedPeriodShare) of what the term's plan line charged after its part of the coupon,
 * less what credit notes already took back from that line.
 *
 * NOTE: a coupon's discount line covers every discounted line of its VAT rate; the plan line's
 * part is its proportional share, allocated as the coupon spread it (allocateMinor).
 */
export function unusedTermCredit(input: {
  lines: CreditableInvoiceLine[];
  planLineId: string;
  periodStart: Date;
  periodEnd: Date;
  now: Date;
  timeZone: string;
}): UnusedPeriodShare {
  const { lines, planLineId, ...period } = input;
  return unusedPeriodShare({ amountMinor: planAmountAfterDiscount(lines, planLineId), ...period });
}

function planAmountAfterDiscount(lines: CreditableInvoiceLine[], planLineId: string): number {
  const plan = lines.find((line) => line.invoiceLineId === planLineId);
  if (!plan) throw new RangeError(`Line ${planLineId} is not a line of this invoice`);
  const sameRate = lines.filter((line) => line.taxRateBp === plan.taxRateBp);
  const discount = -sumMinor(sameRate.filter((line) => line.kind === 'discount').map((line) => line.amountMinor));
  const discounted = sameRate.filter((line) => DISCOUNTED_KINDS.includes(line.kind) && line.amountMinor > 0);
  const planDiscount = discount > 0 ? allocateMinor(discount, discounted.map((line) => line.amountMinor))[discounted.indexOf(plan)]! : 0;
  return Math.max(0, plan.amountMinor - planDiscount - plan.creditedMinor);
}
