import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import type { StaffRole } from '@/lib/auth/permissions';

/** A staff user of one test (addresses are unique: test files share one database). */
export async function createStaffUser(role: StaffRole, name = `Staff ${role}`) {
  const [user] = await db.insert(users).values({ email: `staff-${randomUUID()}@example.test`, name, role }).returning();
  return user!;
}

/** The audit entries about one record, oldest first. */
export async function auditEntriesOf(recordType: string, recordId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.recordType, recordType), eq(auditLog.recordId, recordId)))
    .orderBy(asc(auditLog.at), asc(auditLog.id));
}

class RolledBack extends Error {}

/** Runs `work` in a transaction that is then rolled back: its changes are never seen by other tests. */
export async function rolledBack<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  let result: T | undefined;
  try {
    await db.transaction(async (tx) => {
      result = await work(tx);
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
  return result as T;
}
