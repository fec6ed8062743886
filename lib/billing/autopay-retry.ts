import { addDaysInZone } from './periods';

/** Days to wait before each retry of a temporarily failed autopay charge (3 retries). */
export const AUTOPAY_RETRY_DAYS: readonly number[] = [1, 3, 5];

export type AutopayFailure = { kind: 'temporary' | 'permanent'; attempt: number; failedAt: Date; timeZone: string };

/**
 * What follows a failed autopay charge: another attempt after a growing wait (insufficient funds
 * is often gone by payday), or give up: the customer must pay or change the payment method, and
 * the dunning plan carries on. A permanent failure (expired card, closed account) never retries:
 * the same mandate would fail the same way.
 */
export function afterAutopayFailure(failure: AutopayFailure): { retry: true; attempt: number; chargeAt: Date } | { retry: false } {
  if (!Number.isSafeInteger(failure.attempt) || failure.attempt < 1) {
    throw new RangeError(`attempt must be a positive integer, got ${failure.attempt}`);
  }
  const wait = AUTOPAY_RETRY_DAYS[failure.attempt - 1];
  if (failure.kind === 'permanent' || wait === undefined) return { retry: false };
  return { retry: true, attempt: failure.attempt + 1, chargeAt: addDaysInZone(failure.failedAt, wait, failure.timeZone) };
}
