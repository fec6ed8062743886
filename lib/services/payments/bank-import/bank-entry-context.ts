import type { BankEntry } from '@/lib/payments/bank-files/types';
import { normalizeReference } from '@/lib/payments/references/normalize-reference';
import { formatMoney } from '@/lib/billing/money';

/** What matching an entry needs besides the entry: the transaction's clock and zone. */
export type MatchContext = { now: Date; timeZone: string };

/** The entry's structured reference, or one the payer typed into the free text. */
export function referenceOf(entry: Pick<BankEntry, 'reference' | 'remittanceText'>): string | null {
  if (entry.reference) return entry.reference;
  return entry.remittanceText ? normalizeReference(entry.remittanceText) : null;
}

/** An amount as the merchant reads it in a match note. */
export function money(amountMinor: number, currency: string): string {
  return formatMoney(amountMinor, currency, 'en-GB');
}
