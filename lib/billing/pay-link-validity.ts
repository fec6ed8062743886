import { addDays } from 'date-fns/addDays';

/** How long a pay link works when the shop has not said otherwise. */
export const DEFAULT_PAY_LINK_VALID_DAYS = 60;

/**
 * What an e-mailed pay link may still do:
 * - `payable`: the invoice is open with something owed, and the link is younger than the shop's
 *   `validDays` (counted from when the link was issued);
 * - `expired`: the invoice could be paid, but this link is too old: the customer may ask for a
 *   fresh one;
 * - `paid` / `closed`: never usable again, however young the link (paid; or void, uncollectible,
 *   nothing owed).
 */
export type PayLinkValidity = 'payable' | 'expired' | 'paid' | 'closed';

export function payLinkValidity(input: {
  status: 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
  owedMinor: number;
  issuedAt: Date;
  validDays: number;
  now: Date;
}): PayLinkValidity {
  if (!Number.isInteger(input.validDays) || input.validDays < 1) {
    throw new RangeError(`A pay link must be valid for a whole number of days >= 1, got ${input.validDays}`);
  }
  if (input.status === 'paid') return 'paid';
  if (input.status !== 'open' || input.owedMinor <= 0) return 'closed';
  return input.now.getTime() < addDays(input.issuedAt, input.validDays).getTime() ? 'payable' : 'expired';
}
