import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, type Customer } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { recordEvent } from '@/lib/services/events/record-event';
import type { CustomerDetailsInput, CustomerTaxFields } from '@/lib/validations/customer-details';

type Changes = Partial<CustomerDetailsInput & { signInByLinkOnly: boolean }>;

/** Which of the given fields differ from the stored row (the audit log names them, not their values). */
function changedFields(stored: Customer, changes: Changes): (keyof Changes)[] {
  return (Object.keys(changes) as (keyof Changes)[]).filter((key) => changes[key] !== undefined && changes[key] !== stored[key]);
}

/**
 * Saves a customer's details (already validated: lib/validations/customer-details) in one
 * transaction. Invoices already issued keep the snapshot frozen on them; the next one is issued
 * to the new details. A change by staff is audited with the names of the fields it changed.
 *
 * NOTE: the audit entry names fields only, never their values: the log cannot be erased, and
 * names, addresses and phone numbers are personal data.
 */
export async function updateCustomerDetails(input: {
  customerId: string;
  changes: Changes;
  staffUserId?: string;
}): Promise<Result<{ changed: (keyof Changes)[]; customer: Customer }, DomainErrorShape>> {
  return db.transaction(async (tx) => {
    const [stored] = await tx.select().from(customers).where(eq(customers.id, input.customerId)).for('update');
    if (!stored) return err(domainError('customer_not_found', 'That customer does not exist.'));
    if (stored.erasedAt) return err(domainError('customer_erased', 'This customer’s personal data was erased; their details cannot be edited.'));
    const changed = changedFields(stored, input.changes);
    if (changed.length === 0) return ok({ changed, customer: stored });
    const [customer] = await tx
      .update(customers)
      .set(Object.fromEntries(changed.map((key) => [key, input.changes[key]])))
      .where(eq(customers.id, input.customerId))
      .returning();
    // For the outgoing webhooks (customer.updated), in the change's own transaction.
    await recordEvent(tx, {
      name: 'customer/updated',
      data: { customerId: input.customerId },
    });
    if (input.staffUserId) {
      await recordAudit(tx, {
        actorUserId: input.staffUserId,
        action: 'customer.details',
        record: { type: 'customer', id: input.customerId },
        before: { fields: changed, customerType: stored.customerType },
        after: {
          fields: changed,
          customerType: input.changes.customerType ?? stored.customerType,
        },
      });
    }
    return ok({ changed, customer: customer! });
  });
}

/** Just the tax identity (checkout's business fields), on the same path as a full edit. */
export function updateCustomerTaxFields(customerId: string, fields: CustomerTaxFields) {
  return updateCustomerDetails({ customerId, changes: fields });
}
