import { isSupportedCurrency } from './currency';
import { formatMoney } from './money';
import { validateInterval, type Interval } from './periods';
import { err, ok, type Result } from './result';

export type PlanTermsInput = {
  interval: Interval;
  priceMinor: number;
  currency: string;
  setupFeeMinor: number;
  trialDays: number;
  commitmentMonths: number | null;
  maxInstalments: number | null;
  announceDaysBefore: number;
  invoiceDaysBefore: number;
  paymentTermsDays: number;
  offerPriceMinor: number | null;
  offerTerms: number | null;
};

const wholeIn = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

/** null when `amount` is a valid price, else what is wrong with it ("The price ..."). */
function checkAmount(amount: number, what: string): string | null {
  if (typeof amount !== 'number' || !Number.isInteger(amount)) return `${what} must be a whole number of minor units.`;
  if (amount < 0) return `${what} cannot be negative.`;
  if (!Number.isSafeInteger(amount)) return `${what} is too large.`;
  return null;
}

/** The first problem, in the order of the plan form; null when there is none. */
function firstProblem(input: PlanTermsInput): string | null {
  const interval = validateInterval(input.interval);
  if (!interval.ok) return interval.error;
  const price = checkAmount(input.priceMinor, 'The price');
  if (price !== null) return price;
  if (!isSupportedCurrency(input.currency)) {
    return `"${input.currency}" is not a currency code we know: use an ISO code such as EUR or NOK.`;
  }
  const setupFee = checkAmount(input.setupFeeMinor, 'The setup fee');
  if (setupFee !== null) return setupFee;
  if (!wholeIn(input.trialDays, 0, 365)) return 'The trial must be a whole number of days from 0 to 365.';
  if (input.commitmentMonths !== null && !wholeIn(input.commitmentMonths, 1, 120)) {
    return 'The commitment must be a whole number of months from 1 to 120, or empty for none.';
  }
  if (input.maxInstalments !== null && !wholeIn(input.maxInstalments, 1, 1000)) {
    return 'The maximum number of instalments must be a whole number from 1 to 1000, or empty for no maximum.';
  }

  const { announceDaysBefore: announce, invoiceDaysBefore: invoice } = input;
  if (!wholeIn(announce, 0, 90)) {
    return 'The announcement must go out a whole number of days from 0 to 90 before the term.';
  }
  if (!wholeIn(invoice, 0, 90)) return 'The invoice must be made a whole number of days from 0 to 90 before the term.';
  // NOTE: the announcement tells the customer an invoice is coming, so it cannot come after it.
  if (announce < invoice) {
    const dates = `(${announce} days before the term) must not come after the invoice (${invoice} days before)`;
    return `The announcement ${dates}.`;
  }
  if (!wholeIn(input.paymentTermsDays, 0, 120)) return 'Payment terms must be a whole number of days from 0 to 120.';

  const { offerPriceMinor: offerPrice, offerTerms } = input;
  if ((offerPrice === null) !== (offerTerms === null)) {
    return 'A campaign needs both an offer price and the number of terms it lasts, or neither.';
  }
  if (offerPrice !== null && offerTerms !== null) {
    const offer = checkAmount(offerPrice, 'The offer price');
    if (offer !== null) return offer;
    if (!wholeIn(offerTerms, 1, 120)) return 'The offer must last a whole number of terms from 1 to 120.';
    if (offerPrice > input.priceMinor) {
      const money = (minor: number) => formatMoney(minor, input.currency);
      return `The offer price (${money(offerPrice)}) cannot be above the list price (${money(input.priceMinor)}).`;
    }
  }
  return null;
}

/** Checks a plan's prices and term timeline as a merchant saves it. */
export function validatePlanTerms(input: PlanTermsInput): Result<PlanTermsInput> {
  const problem = firstProblem(input);
  return problem === null ? ok(input) : err(problem);
}

/**
 * The unit price of term `term` (0 = the first billed term) under a campaign: the offer price
 * for the first `offerTerms` terms, then the list price. Moving to another plan after the offer
 * (`nextPlanId`) is a plan change, decided by the caller, not a price.
 */
export function priceForTerm(input: {
  listPriceMinor: number;
  offerPriceMinor: number | null;
  offerTerms: number | null;
  term: number;
}): { unitPriceMinor: number; onOffer: boolean } {
  const { listPriceMinor, offerPriceMinor, offerTerms, term } = input;
  if (!Number.isSafeInteger(term) || term < 0) throw new RangeError(`Term must be a non-negative integer, got ${term}`);
  if ((offerPriceMinor === null) !== (offerTerms === null)) {
    throw new RangeError('A campaign needs both offerPriceMinor and offerTerms; validatePlanTerms must run first');
  }
  if (offerPriceMinor !== null && offerTerms !== null && term < offerTerms) {
    return { unitPriceMinor: offerPriceMinor, onOffer: true };
  }
  return { unitPriceMinor: listPriceMinor, onOffer: false };
}
