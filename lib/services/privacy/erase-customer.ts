import { randomUUID } from 'node:crypto';
import { and, count, eq, inArray, ne, or } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { accounts, customers, invoices, payments, paymentMethods, subscriptions, users, verificationTokens } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { onStaffAccessChanged } from '@/lib/services/staff/on-staff-access-changed';
import { purgeCustomerEmails } from './purge-customer-emails';
import { recordEvent } from '@/lib/services/events/record-event';
import { purgeCustomerWebhookBodies } from '@/lib/services/webhooks/purge-customer-webhook-bodies';

export const ERASED_NAME = 'Erased customer';
const ERASED = 'erased';

export type ErasedCustomer = { paymentMethodsDetached: number; emailsPurged: number };

/**
 * Erases a customer's personal data on their request (the right to erasure), in one transaction:
 * - the customer record: name, e-mail, company, VAT id and address become placeholders (the
 *   country stays: it identifies nobody, and the VAT treatment of their invoices depends on it);
 * - their account: the same placeholder address (unguessable, on the reserved .invalid domain,
 *   so no sign-in link can ever reach it), no name, no password; linked sign-in accounts, waiting
 *   sign-in links and sessions are deleted;
 * - their payment methods: deleted, so no mandate can be charged again;
 * - the e-mails sent to them: the address replaced and the bodies purged (the record stays).
 *
 * NOTE: kept, for the legal retention period of accounting records (7 years in the Netherlands,
 * 10 in Germany, 5 in Norway): invoices and credit notes with their frozen snapshot of the name,
 * address and VAT id they were issued to, the payments and refunds, and the bank statement lines
 * as the bank sent them. Their amounts and numbers are the shop's books, not a profile.
 *
 * Refused while anything is still running for the customer: a subscription not yet ended, an
 * invoice still open (or a draft), or a payment still pending.
 */
export async function eraseCustomer(input: { customerId: string; staffUserId: string; now: Date }): Promise<Result<ErasedCustomer>> {
  return db.transaction(async (tx) => {
    const [customer] = await tx.select().from(customers).where(eq(customers.id, input.customerId)).for('update');
    if (!customer) return err('That customer does not exist.');
    if (customer.erasedAt) return err('This customer’s personal data was already erased.');
    const running = await stillRunning(tx, customer.id);
    if (running) return err(running);

    const [user] = await tx.select().from(users).where(eq(users.id, customer.userId)).for('update');
    const placeholder = `erased-${randomUUID()}@erased.invalid`;
    await tx
      .update(customers)
      .set({ name: ERASED_NAME, email: placeholder, companyName: null, vatId: null, organisationNumber: null, peppolScheme: null, peppolId: null, phone: null, addressLine1: ERASED, addressLine2: null, postalCode: ERASED, city: ERASED, erasedAt: input.now })
      .where(eq(customers.id, customer.id));
    // The customer's own words when they chose to stop; the reason code (from a list) stays.
    await tx.update(subscriptions).set({ stopReasonNote: null }).where(eq(subscriptions.customerId, customer.id));
    const addresses = [...new Set([customer.email, user?.email ?? customer.email])];
    if (user) {
      await tx.update(users).set({ email: placeholder, name: null, passwordHash: null, emailVerified: null, image: null }).where(eq(users.id, user.id));
      await tx.delete(accounts).where(eq(accounts.userId, user.id));
      await tx.delete(verificationTokens).where(inArray(verificationTokens.identifier, addresses));
      // The same hook as a staff member's removal: every session of the account ends.
      await onStaffAccessChanged(tx, user.id);
    }
    const detached = await tx.delete(paymentMethods).where(eq(paymentMethods.customerId, customer.id)).returning({ id: paymentMethods.id });
    const emailsPurged = await purgeCustomerEmails(tx, { customerId: customer.id, addresses, placeholder, now: input.now });
    // Integrations hear of it (customer.updated, now with placeholders) and the webhook log forgets it.
    await purgeCustomerWebhookBodies(tx, customer.id);
    await recordEvent(tx, { name: 'customer/updated', data: { customerId: customer.id } });

    const result = { paymentMethodsDetached: detached.length, emailsPurged };
    // NOTE: ids and counts only: the audit log cannot be erased, so it never holds what was.
    await recordAudit(tx, {
      actorUserId: input.staffUserId,
      action: 'customer.erase',
      record: { type: 'customer', id: customer.id },
      before: { erasedAt: null },
      after: { erasedAt: input.now.toISOString(), ...result },
    });
    return ok(result);
  });
}

/** Why the customer cannot be erased yet, or null. */
async function stillRunning(tx: Tx, customerId: string): Promise<string | null> {
  const [[subs], [open], [pending]] = await Promise.all([
    tx.select({ n: count() }).from(subscriptions).where(and(eq(subscriptions.customerId, customerId), ne(subscriptions.status, 'ended'))),
    tx
      .select({ n: count() })
      .from(invoices)
      .where(and(eq(invoices.customerId, customerId), or(eq(invoices.status, 'open'), eq(invoices.status, 'draft')))),
    tx.select({ n: count() }).from(payments).where(and(eq(payments.customerId, customerId), eq(payments.status, 'pending'))),
  ]);
  const reasons = [
    subs!.n ? `${subs!.n === 1 ? 'a subscription that has' : `${subs!.n} subscriptions that have`} not ended (stop ${subs!.n === 1 ? 'it' : 'them'} first)` : null,
    open!.n ? `${open!.n === 1 ? 'an invoice' : `${open!.n} invoices`} still open (settle, credit or void ${open!.n === 1 ? 'it' : 'them'} first)` : null,
    pending!.n ? `${pending!.n === 1 ? 'a payment' : `${pending!.n} payments`} still pending` : null,
  ].filter((reason): reason is string => reason !== null);
  if (reasons.length === 0) return null;
  const listed = reasons.length === 1 ? reasons[0] : `${reasons.slice(0, -1).join(', ')} and ${reasons.at(-1)}`;
  return `The customer cannot be erased yet: they have ${listed}.`;
}
