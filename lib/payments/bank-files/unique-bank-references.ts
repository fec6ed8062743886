import type { BankEntry } from './types';

/**
 * Makes bank references unique within one file by numbering repeats ("REF", "REF#2"): imports
 * skip a reference they already hold, so a bank that reuses one reference for two movements
 * would otherwise lose the second. The numbering follows file order, so it is stable too.
 */
export function uniqueBankReferences(entries: BankEntry[]): BankEntry[] {
  const seen = new Map<string, number>();
  return entries.map((entry) => {
    const count = (seen.get(entry.bankReference) ?? 0) + 1;
    seen.set(entry.bankReference, count);
    return count === 1 ? entry : { ...entry, bankReference: `${entry.bankReference}#${count}` };
  });
}
