import { desc } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog } from '@/db/schema';

/** Everyone with an entry in the audit log, for its actor filter, with the e-mail of their latest entry. */
export async function listAuditActors(): Promise<{ userId: string; email: string }[]> {
  const rows = await db
    .selectDistinctOn([auditLog.actorUserId], { userId: auditLog.actorUserId, email: auditLog.actorEmail })
    .from(auditLog)
    .orderBy(auditLog.actorUserId, desc(auditLog.at));
  return rows.sort((a, b) => a.email.localeCompare(b.email));
}
