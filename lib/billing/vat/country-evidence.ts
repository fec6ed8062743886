import { err, ok, type Result } from '../result';

/** One piece of evidence for where a consumer is (Implementing Regulation 282/2011, Art. 24f). */
export type CountryEvidence = {
  kind: 'billing-address' | 'ip-address' | 'bank-country' | 'card-country' | 'phone-country';
  country: string;
};

/**
 * NOTE: for OSS the seller must hold two pieces of non-contradictory evidence of the consumer's
 * country (one is enough below EUR 100,000 of cross-border sales, Art. 24b(d); we always ask for
 * two, so the rule does not depend on the year's turnover). "Non-contradictory" is read as: two
 * pieces name the country the VAT is charged for. Evidence pointing elsewhere is reported so staff
 * can look, but does not by itself overturn two agreeing pieces.
 */
export function checkCountryEvidence(
  country: string,
  evidence: readonly CountryEvidence[],
): Result<{ supporting: CountryEvidence[]; conflicting: CountryEvidence[] }, string> {
  const supporting = evidence.filter((piece) => piece.country === country);
  const conflicting = evidence.filter((piece) => piece.country !== country);
  const kinds = new Set(supporting.map((piece) => piece.kind));
  if (kinds.size < 2) {
    const have = supporting.length === 0 ? 'none' : [...kinds].join(', ');
    return err(`Two kinds of evidence must show the customer is in ${country} (have: ${have}).`);
  }
  return ok({ supporting, conflicting });
}

/** Where the evidence places a consumer, and on what ground (see consumerCountry). */
export type ConsumerPlace = { country: string; ground: 'agreeing' | 'address-outweighed' | 'unproven' };

/**
 * The country a consumer is in for the VAT of a digital service (OSS), from the evidence
 * (Implementing Regulation 282/2011, Art. 24b and 24f: two non-contradictory pieces):
 * - `agreeing`: the billing address and another kind of evidence name the same country: that
 *   country. Pieces naming another country are kept and shown to staff, but one piece cannot
 *   overturn two that agree.
 * - `address-outweighed`: the address stands alone and two other kinds (say the card's and the
 *   bank account's country) agree on one other country: that country. Two agreeing pieces are
 *   the evidence the law asks for; the address alone contradicts them and loses.
 * - `unproven`: no country has two kinds of evidence (or two countries have, neither the
 *   address's): the billing address, the customer's own statement, and the invoice keeps the
 *   missing evidence for staff to look at.
 */
export function consumerCountry(billingCountry: string, evidence: readonly CountryEvidence[]): ConsumerPlace {
  const kinds = new Map<string, Set<CountryEvidence['kind']>>();
  for (const piece of [{ kind: 'billing-address' as const, country: billingCountry }, ...evidence]) {
    kinds.set(piece.country, (kinds.get(piece.country) ?? new Set()).add(piece.kind));
  }
  const backed = [...kinds].filter(([, set]) => set.size >= 2).map(([country]) => country);
  if (backed.includes(billingCountry)) return { country: billingCountry, ground: 'agreeing' };
  if (backed.length === 1) return { country: backed[0]!, ground: 'address-outweighed' };
  return { country: billingCountry, ground: 'unproven' };
}

/**
 * For staff, of the evidence kept with an OSS invoice: what is missing (fewer than two agreeing
 * kinds) and every piece that names another country. Empty when there is nothing to look at.
 */
export function countryEvidenceNotes(stored: { country: string; evidence: readonly CountryEvidence[]; problem: string | null } | null): string[] {
  if (!stored) return [];
  const conflicting = stored.evidence.filter((piece) => piece.country !== stored.country);
  return [
    ...(stored.problem ? [`OSS country evidence: ${stored.problem}`] : []),
    ...conflicting.map((piece) => `OSS country evidence: the ${piece.kind.replace('-', ' ')} points to ${piece.country}, not ${stored.country}. Check where the customer is.`),
  ];
}

/**
 * The country of a bank account from its IBAN (or a masked IBAN, which keeps the country code
 * first: "NL91 •••• 4300", "DE•• •••• 3000"), as a piece of OSS evidence; null when there is none.
 */
export function ibanCountryEvidence(iban: string | null | undefined): CountryEvidence | null {
  const match = /^\s*([A-Za-z]{2})[0-9•*\s]/.exec(iban ?? '');
  return match ? { kind: 'bank-country', country: match[1]!.toUpperCase() } : null;
}
