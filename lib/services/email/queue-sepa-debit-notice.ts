import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { customers, payments } from '@/db/schema';
import { getSellerIdentity } from '@/db/queries/settings/get-seller-identity';
import { sepaMandateReference } from '@/lib/payments/sepa/mandate-reference';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { appUrl } from './app-url';
import { emailShop } from './email-shop';
import { queueEmail } from './queue-email';

/**
 * The customer's e-mail about a SEPA direct debit they mandated at checkout (emails/sepa-debit.tsx):
 * - `announced`: the pre-notification of the debit, once it is asked for;
 * - `mandate`: a free trial's mandate, with nothing debited yet;
 * - `failed`: the debit did not go through at the bank, so the order did not start.
 * Each names the creditor with its SEPA creditor identifier (the seller identity in force at
 * `at`) and the mandate reference. Idempotent: one message per payment and kind.
 */
export async function queueSepaDebitNotice(
  db: DbOrTx,
  input: { paymentId: string; kind: 'announced' | 'mandate' | 'failed'; at: Date },
): Promise<{ id: string; created: boolean }> {
  const [row] = await db
    .select({ payment: payments, customer: customers })
    .from(payments)
    .innerJoin(customers, eq(payments.customerId, customers.id))
    .where(eq(payments.id, input.paymentId));
  if (!row) throw new Error(`Payment ${input.paymentId} does not exist`);
  const { payment, customer } = row;
  const [settings, seller] = await Promise.all([getShopSettings(db), getSellerIdentity(input.at, db)]);
  return queueEmail(db, {
    template: 'sepa-debit',
    to: customer.email,
    locale: customer.locale,
    dedupeKey: `sepa-debit:${input.kind}:${payment.id}`,
    props: {
      shop: emailShop(settings),
      kind: input.kind,
      customerName: customer.name,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      account: payment.accountMasked ?? '',
      mandateReference: sepaMandateReference(payment.id),
      // NOTE: the creditor is the shop's legal name where its seller identity is saved, as in the mandate text.
      creditorName: seller?.legalName ?? settings.name,
      creditorId: seller?.sepaCreditorId ?? null,
      reason: input.kind === 'failed' ? payment.failureReason : null,
      retryUrl: input.kind === 'failed' && payment.orderId ? appUrl(`/checkout/failed/${payment.orderId}`) : null,
    },
  });
}
