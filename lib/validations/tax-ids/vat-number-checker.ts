import { checkVatId } from './check-vat-id';

export type VatNumberStatus =
  | { status: 'valid'; name?: string; address?: string; checkedAt: Date; source: 'offline' | 'vies' }
  | { status: 'invalid'; reason: string; source: 'offline' | 'vies' }
  /** The register could not answer (down, rate-limited): the offline result stands, try later. */
  | { status: 'unavailable'; reason: string };

/**
 * Confirms a VAT id. The offline checker knows the format and check digits; an online one (VIES)
 * can also say whether the id is issued and active. Callers decide reverse charge on `valid`.
 */
export interface VatNumberChecker {
  check(vatId: string): Promise<VatNumberStatus>;
}

/** Format and check digits only; no network. The default. */
export const offlineVatNumberChecker: VatNumberChecker = {
  async check(vatId) {
    const result = checkVatId(vatId);
    return result.ok
      ? { status: 'valid', checkedAt: new Date(), source: 'offline' }
      : { status: 'invalid', reason: result.error.message, source: 'offline' };
  },
};
