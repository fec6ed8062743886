import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { recordAudit } from '@/lib/services/audit/record-audit';

/** A customer's own self-service permissions on Min Side (the shop's switch must allow each too). */
export type CustomerSwitch = 'canCancel' | 'canChangePlan' | 'canStopNow';

/** Staff allow or forbid one customer a self-service action on Min Side. Audited; an unchanged value writes nothing. */
export async function setCustomerSelfService(input: {
  customerId: string;
  key: CustomerSwitch;
  value: boolean;
  staffUserId: string;
}): Promise<Result<{ changed: boolean }, DomainErrorShape>> {
  return db.transaction(async (tx) => {
    const [customer] = await tx.select().from(customers).where(eq(customers.id, input.customerId)).for('update');
    if (!customer) return err(domainError('not_found', 'That customer does not exist.'));
    if (customer[input.key] === input.value) return ok({ changed: false });
    await tx.update(customers).set({ [input.key]: input.value }).where(eq(customers.id, input.customerId));
    await recordAudit(tx, {
      actorUserId: input.staffUserId,
      action: 'customer.self-service',
      record: { type: 'customer', id: input.customerId },
      before: { [input.key]: customer[input.key] },
      after: { [input.key]: input.value },
    });
    return ok({ changed: true });
  });
}
