import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { anyOfJsonIds, builtOnceQuery } from '@/db/built-once';
import { db as appDb, type DbOrTx } from '@/db/client';
import { paymentMethods, payments } from '@/db/schema';
import { ibanCountryEvidence, type CountryEvidence } from '@/lib/billing/vat/country-evidence';

/**
 * The OSS evidence the shop holds for each customer besides the billing address: the country of
 * the bank account of their default payment method (a SEPA mandate's IBAN, as the provider told
 * it) and the country of the card of their latest paid card payment (as the provider told it when
 * it succeeded). A customer with neither is absent: their invoice then keeps the missing piece
 * for staff. Two queries for a whole bill-run batch.
 */
const IDS = 'customerIds';
// NOTE: built once, the customers as one JSON parameter (db/built-once.ts): every checkout asks
// for one customer and each renewal batch for its own list, so one text whatever the length
// where a parameter per id was another statement to build, parse and plan.
const methodsStatement = builtOnceQuery<{ customerId: string; ibanMasked: string | null }>(() =>
  appDb
    .select({ customerId: paymentMethods.customerId, ibanMasked: paymentMethods.ibanMasked })
    .from(paymentMethods)
    .where(and(sql`${paymentMethods.customerId} = ${anyOfJsonIds(IDS)}`, eq(paymentMethods.isDefault, true), isNotNull(paymentMethods.ibanMasked)))
    .orderBy(desc(paymentMethods.createdAt)),
);
const cardsStatement = builtOnceQuery<{ customerId: string; country: string | null }>(() =>
  appDb
    .selectDistinctOn([payments.customerId], { customerId: payments.customerId, country: payments.cardCountry })
    .from(payments)
    .where(and(sql`${payments.customerId} = ${anyOfJsonIds(IDS)}`, eq(payments.status, 'paid'), isNotNull(payments.cardCountry)))
    .orderBy(payments.customerId, desc(payments.settledAt), desc(payments.createdAt)),
);

export async function paymentCountryEvidence(db: DbOrTx, customerIds: readonly string[]): Promise<Map<string, CountryEvidence[]>> {
  const found = new Map<string, CountryEvidence[]>();
  if (customerIds.length === 0) return found;
  const ids = JSON.stringify([...new Set(customerIds)]);
  const methods = await methodsStatement(db, { [IDS]: ids });
  for (const method of methods) {
    const bank = ibanCountryEvidence(method.ibanMasked);
    // Newest first: a customer's newest default method speaks for them.
    if (bank && !found.has(method.customerId)) found.set(method.customerId, [bank]);
  }
  const cards = await cardsStatement(db, { [IDS]: ids });
  for (const card of cards) {
    found.set(card.customerId, [...(found.get(card.customerId) ?? []), { kind: 'card-country', country: card.country! }]);
  }
  return found;
}
