import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { recordAudit } from '@/lib/services/audit/record-audit';

/**
 * Staff let one customer pause and resume their subscriptions on Min Side, or forbid it
 * (customers.can_pause; the shop's customersCanPause must allow it too). Audited; an unchanged
 * value writes nothing.
 */
export async function setCustomerCanPause(input: {
  customerId: string;
  canPause: boolean;
  staffUserId: string;
}): Promise<Result<{ changed: boolean }, DomainErrorShape>> {
  return db.transaction(async (tx) => {
    const [customer] = await tx.select({ canPause: customers.canPause }).from(customers).where(eq(customers.id, input.customerId)).for('update');
    if (!customer) return err(domainError('not_found', 'That customer does not exist.'));
    if (customer.canPause === input.canPause) return ok({ changed: false });
    await tx.update(customers).set({ canPause: input.canPause }).where(eq(customers.id, input.customerId));
    await recordAudit(tx, {
      actorUserId: input.staffUserId,
      action: 'customer.self-service-pause',
      record: { type: 'customer', id: input.customerId },
      before: { canPause: customer.canPause },
      after: { canPause: input.canPause },
    });
    return ok({ changed: true });
  });
}
