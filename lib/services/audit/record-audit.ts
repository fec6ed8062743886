import { sql } from 'drizzle-orm';
import { builtOnceQuery, placeholders } from '@/db/built-once';
import { db, type Tx } from '@/db/client';
import { auditLog } from '@/db/schema';
import type { AuditAction, AuditRecordType } from '@/lib/validations/audit-actions';

export type AuditEntry = {
  /** The staff member who made the change. */
  actorUserId: string;
  action: AuditAction;
  record: { type: AuditRecordType; id: string };
  /** The record's state before the change (null: it did not exist). */
  before: unknown;
  /** Its state after the change (null: it no longer exists). */
  after: unknown;
};

/**
 * Records a staff change in the audit log, in the transaction of the change itself: the entry
 * commits with the change or not at all. The actor's e-mail and role are copied as they are now,
 * so the entry still says who it was after they change address or leave.
 *
 * NOTE: keep personal data of customers out of `before` and `after` (ids, numbers, amounts and
 * statuses say what changed): the log cannot be edited, so it could not be erased either.
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await insertStatement(tx, {
    actorUserId: entry.actorUserId,
    action: entry.action,
    recordType: entry.record.type,
    recordId: entry.record.id,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

const actor = sql.placeholder('actorUserId');
/** Built once (db/built-once.ts): the demo history registers hundreds of bank transfers, each audited. */
const insertStatement = builtOnceQuery<never>(() =>
  db.insert(auditLog).values({
    ...placeholders('actorUserId', 'action', 'recordType', 'recordId', 'before', 'after'),
    actorEmail: sql`coalesce((select email from users where id = ${actor}), '(unknown user)')`,
    actorRole: sql`coalesce((select role::text from users where id = ${actor}), 'unknown')`,
  }),
);
