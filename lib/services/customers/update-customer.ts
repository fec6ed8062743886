import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, type Customer } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { recordAudit } from '@/lib/services/audit/record-audit';

/** The details staff (or their API key) may change; the e-mail is the customer's login and is theirs to change. */
export type CustomerPatch = Partial<
  Pick<Customer, 'name' | 'companyName' | 'vatId' | 'addressLine1' | 'addressLine2' | 'postalCode' | 'city' | 'country' | 'locale'>
>;

/**
 * Changes a customer's details in one transaction, audited with which fields changed (not their
 * values: the log cannot be erased, so it keeps no personal data). Issued invoices keep their
 * snapshot. An erased customer's placeholders stay as they are.
 */
export async function updateCustomer(input: { customerId: string; patch: CustomerPatch; staffUserId: string }): Promise<Result<Customer>> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(customers).where(eq(customers.id, input.customerId)).for('update');
    if (!current) return err('That customer does not exist.');
    if (current.erasedAt) return err('This customer’s personal data was erased; their details cannot be changed.');
    const changed = (Object.keys(input.patch) as Array<keyof CustomerPatch>).filter((field) => input.patch[field] !== current[field]);
    if (changed.length === 0) return ok(current);
    const [updated] = await tx.update(customers).set(input.patch).where(eq(customers.id, current.id)).returning();
    await recordAudit(tx, {
      actorUserId: input.staffUserId,
      action: 'customer.update',
      record: { type: 'customer', id: current.id },
      before: { fields: changed },
      after: { fields: changed },
    });
    return ok(updated!);
  });
}
