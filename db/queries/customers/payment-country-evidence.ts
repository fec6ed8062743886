import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { paymentMethods, payments } from '@/db/schema';
import { ibanCountryEvidence, type CountryEvidence } from '@/lib/billing/vat/country-evidence';

/**
 * The OSS evidence the shop holds for each customer besides the billing address: the country of
 * the bank account of their default payment method (a SEPA mandate's IBAN, as the provider told
 * it) and the country of the card of their latest paid card payment (as the provider told it when
 * it succeeded). A customer with neither is absent: their invoice then keeps the missing piece
 * for staff. Two queries for a whole bill-run batch.
 */
export async function paymentCountryEvidence(db: DbOrTx, customerIds: readonly string[]): Promise<Map<string, CountryEvidence[]>> {
  const found = new Map<string, CountryEvidence[]>();
  if (customerIds.length === 0) return found;
  const methods = await db
    .select({ customerId: paymentMethods.customerId, ibanMasked: paymentMethods.ibanMasked })
    .from(paymentMethods)
    .where(and(inArray(paymentMethods.customerId, [...new Set(customerIds)]), eq(paymentMethods.isDefault, true), isNotNull(paymentMethods.ibanMasked)))
    .orderBy(desc(paymentMethods.createdAt));
  for (const method of methods) {
    const bank = ibanCountryEvidence(method.ibanMasked);
    // Newest first: a customer's newest default method speaks for them.
    if (bank && !found.has(method.customerId)) found.set(method.customerId, [bank]);
  }
  const cards = await db
    .selectDistinctOn([payments.customerId], { customerId: payments.customerId, country: payments.cardCountry })
    .from(payments)
    .where(and(inArray(payments.customerId, [...new Set(customerIds)]), eq(payments.status, 'paid'), isNotNull(payments.cardCountry)))
    .orderBy(payments.customerId, desc(payments.settledAt), desc(payments.createdAt));
  for (const card of cards) {
    found.set(card.customerId, [...(found.get(card.customerId) ?? []), { kind: 'card-country', country: card.country! }]);
  }
  return found;
}
