import { db } from '@/db/client';
import { consumerCountry, checkCountryEvidence, countryEvidenceNotes, type ConsumerPlace, type CountryEvidence } from '@/lib/billing/vat/country-evidence';
import { paymentCountryEvidence } from './payment-country-evidence';

export type CustomerCountryEvidence = {
  /** Every piece the shop holds now: the billing address, the default method's bank, the latest card. */
  evidence: CountryEvidence[];
  /** Where the evidence places the customer for OSS, and on what ground. */
  place: ConsumerPlace;
  /** What staff should look at (missing or contradicting evidence); empty when all agrees. */
  notes: string[];
};

/**
 * The evidence of one customer's country as a sale to them today would keep it (OSS), for the
 * staff's customer page: what each piece says and which country the VAT of a digital service
 * would follow. Scoped by the customer's id.
 */
export async function getCountryEvidence(customer: { id: string; country: string }): Promise<CustomerCountryEvidence> {
  const more = (await paymentCountryEvidence(db, [customer.id])).get(customer.id) ?? [];
  const evidence: CountryEvidence[] = [{ kind: 'billing-address', country: customer.country }, ...more];
  const place = consumerCountry(customer.country, evidence);
  const checked = checkCountryEvidence(place.country, evidence);
  return { evidence, place, notes: countryEvidenceNotes({ country: place.country, evidence, problem: checked.ok ? null : checked.error }) };
}
