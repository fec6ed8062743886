import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { recordAudit } from '@/lib/services/audit/record-audit';

/**
 * Staff let one customer stop their subscriptions on Min Side, or forbid it (customers.can_cancel;
 * the shop's customersCanStop must allow it too). Audited; an unchanged value writes nothing.
 */
export async function setCustomerCanStop(input: {
  customerId: string;
  canStop: boolean;
  staffUserId: string;
}): Promise<Result<{ changed: boolean }, DomainErrorShape>> {
  return db.transaction(async (tx) => {
    const [customer] = await tx.select({ canCancel: customers.canCancel }).from(customers).where(eq(customers.id, input.customerId)).for('update');
    if (!customer) return err(domainError('not_found', 'That customer does not exist.'));
    if (customer.canCancel === input.canStop) return ok({ changed: false });
    await tx.update(customers).set({ canCancel: input.canStop }).where(eq(customers.id, input.customerId));
    await recordAudit(tx, {
      actorUserId: input.staffUserId,
      action: 'customer.self-service',
      record: { type: 'customer', id: input.customerId },
      before: { canCancel: customer.canCancel },
      after: { canCancel: input.canStop },
    });
    return ok({ changed: true });
  });
}
