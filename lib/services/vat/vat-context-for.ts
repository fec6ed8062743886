import type { DbOrTx } from '@/db/client';
import type { Customer } from '@/db/schema';
import { getSellerIdentity } from '@/db/queries/settings/get-seller-identity';
import { isBusinessBuyer } from '@/lib/billing/vat/buyer-kind';
import { consumerCountry, type CountryEvidence } from '@/lib/billing/vat/country-evidence';
import type { VatContext } from '@/lib/billing/vat/line-vat';
import { checkVatId } from '@/lib/validations/tax-ids/check-vat-id';

export type VatBuyer = Pick<Customer, 'country' | 'vatId' | 'customerType'>;

/**
 * Who sells to whom, for the VAT decision of every line of a document. Null when the shop has no
 * identity (no country to decide from): lines then carry the shop's own rates, as before.
 * A VAT id counts only when it passes the format and check-digit test for the customer's country.
 */
export function vatContextFor(seller: { country: string } | null, ossRegistered: boolean, buyer: VatBuyer): VatContext | null {
  if (!seller) return null;
  const business = isBusinessBuyer(buyer);
  return {
    seller: { country: seller.country, ossRegistered },
    buyer: {
      country: buyer.country,
      kind: business ? 'business' : 'consumer',
      hasValidVatId: business && buyer.vatId !== null && checkVatId(buyer.vatId, buyer.country).ok,
    },
  };
}

/**
 * The evidence of a consumer's country the shop holds at the moment of the sale (OSS): the billing
 * address. A second kind (the payment's card or bank country) is added where the provider tells it.
 */
export function countryEvidenceOf(buyer: Pick<Customer, 'country'>, more: readonly CountryEvidence[] = []): CountryEvidence[] {
  return [{ kind: 'billing-address', country: buyer.country }, ...more];
}

/** The VAT context of a sale at `at`: the seller identity in force then, the shop's OSS registration. */
export async function loadVatContext(db: DbOrTx, buyer: VatBuyer, at: Date, ossRegistered: boolean): Promise<VatContext | null> {
  const identity = await getSellerIdentity(at, db);
  return vatContextFor(identity, ossRegistered, buyer);
}

/**
 * What decides the VAT of a sale to this customer at `at`: the context (seller in force, OSS
 * registration, the buyer's type, country and VAT id) and the evidence of their country. The one
 * place an order, the checkout's VAT preview and a renewal start from, so they charge the same.
 */
export async function buyerVat(
  db: DbOrTx,
  buyer: VatBuyer,
  at: Date,
  ossRegistered: boolean,
  more: readonly CountryEvidence[] = [],
): Promise<{ context: VatContext | null; evidence: CountryEvidence[] }> {
  const context = await loadVatContext(db, buyer, at, ossRegistered);
  const evidence = countryEvidenceOf(buyer, more);
  return { context: context && placedByEvidence(context, evidence), evidence };
}

/** The context with the consumer's country as the evidence shows it, when that is not their address's. */
export function placedByEvidence(context: VatContext, evidence: readonly CountryEvidence[]): VatContext {
  const placed = consumerCountry(context.buyer.country, evidence);
  return placed.country === context.buyer.country ? context : { ...context, buyer: { ...context.buyer, evidencedCountry: placed.country } };
}
