import { assertMinor } from './money';

/**
 * How much of a customer's credit balance pays a new invoice: all of what it owes when the
 * balance covers it, else the whole balance; nothing from a balance at or below zero.
 *
 * NOTE: the caller passes the balance in the invoice's currency only: credit in EUR never pays NOK.
 */
export function balanceToApply(balanceMinor: number, owedMinor: number): number {
  assertMinor(balanceMinor, 'balance');
  assertMinor(owedMinor, 'amount owed');
  return Math.max(0, Math.min(balanceMinor, owedMinor));
}
