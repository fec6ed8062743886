import { addDaysInZone } from './periods';

/** Days to wait before each retry of a temporarily failed autopay charge (3 retries). */
export const AUTOPAY_RETRY_DAYS: readonly number[] = [1, 3, 5];

export type AutopayFailure = {
  kind: 'temporary' | 'permanent';
  /**
   * The autopay charges of the invoice so far, the one that just failed included: 1 for the
   * charge of the `issue` step, 2 after its first retry, ...
   */
  charges: number;
  failedAt: Date;
  timeZone: string;
};

/**
 * What follows a failed autopay charge: another charge after a growing wait (insufficient funds
 * is often gone by payday), or give up: the customer must pay or change the payment method, and
 * the dunning plan carries on. A permanent failure (expired card, closed account) never retries:
 * the same mandate would fail the same way.
 *
 * NOTE: counted in the autopay sequence's own charges, not in the invoice's payment attempt
 * numbers: a balance payment or a pay-link attempt on the same invoice takes an attempt number
 * too, and must not use up a retry.
 */
export function afterAutopayFailure(failure: AutopayFailure): { retry: true; chargeAt: Date } | { retry: false } {
  if (!Number.isSafeInteger(failure.charges) || failure.charges < 1) {
    throw new RangeError(`charges must be a positive integer, got ${failure.charges}`);
  }
  const wait = AUTOPAY_RETRY_DAYS[failure.charges - 1];
  if (failure.kind === 'permanent' || wait === undefined) return { retry: false };
  return { retry: true, chargeAt: addDaysInZone(failure.failedAt, wait, failure.timeZone) };
}
