import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { auditLog } from '@/db/schema';
import { auditEntriesOf, createStaffUser } from './audit-test-fixtures';
import { recordAudit } from './record-audit';

const entry = (actorUserId: string, recordId: string) => ({
  actorUserId,
  action: 'plan.update' as const,
  record: { type: 'plan' as const, id: recordId },
  before: { priceMinor: 3200 },
  after: { priceMinor: 3500 },
});

/** The SQLSTATE of what `work` failed with (drizzle wraps the driver's error in `cause`). */
async function failureCode(work: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await work();
  } catch (error) {
    return (error as { cause?: { code?: string } }).cause?.code;
  }
  throw new Error('expected the statement to be refused');
}

describe('recordAudit', () => {
  test('writes who (with their e-mail and role as they are now), what, the record, before and after', async () => {
    const admin = await createStaffUser('admin');
    const recordId = randomUUID();
    await db.transaction((tx) => recordAudit(tx, entry(admin.id, recordId)));
    expect(await auditEntriesOf('plan', recordId)).toEqual([
      expect.objectContaining({
        actorUserId: admin.id,
        actorEmail: admin.email,
        actorRole: 'admin',
        action: 'plan.update',
        recordType: 'plan',
        recordId,
        before: { priceMinor: 3200 },
        after: { priceMinor: 3500 },
        at: expect.any(Date),
      }),
    ]);
  });

  test('is part of the change’s transaction: rolled back with it', async () => {
    const admin = await createStaffUser('admin');
    const recordId = randomUUID();
    await expect(
      db.transaction(async (tx) => {
        await recordAudit(tx, entry(admin.id, recordId));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await auditEntriesOf('plan', recordId)).toEqual([]);
  });

  test('entries cannot be edited or deleted, even by a statement that tries', async () => {
    const admin = await createStaffUser('admin');
    const recordId = randomUUID();
    await db.transaction((tx) => recordAudit(tx, entry(admin.id, recordId)));
    const [written] = await auditEntriesOf('plan', recordId);

    // 42501: the trigger's "append-only" refusal.
    expect(await failureCode(() => db.update(auditLog).set({ after: { priceMinor: 1 } }).where(eq(auditLog.id, written!.id)))).toBe('42501');
    expect(await failureCode(() => db.delete(auditLog).where(eq(auditLog.id, written!.id)))).toBe('42501');
    expect(await failureCode(() => db.execute(sql`truncate audit_log`))).toBe('42501');
    expect(await auditEntriesOf('plan', recordId)).toEqual([written]);
  });
});
