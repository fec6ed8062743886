import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog } from '@/db/schema';
import type { AuditFilters } from '@/lib/validations/audit-filters';

export const AUDIT_PAGE_SIZE = 50;

/** One audit entry as the audit page shows it; `at` as an ISO string. */
export type AuditEntryRow = {
  id: string;
  at: string;
  actorUserId: string;
  actorEmail: string;
  actorRole: string;
  action: string;
  recordType: string;
  recordId: string;
  before: unknown;
  after: unknown;
};

/**
 * The entries matching `filters`, newest first, a page at a time: `next` is the id to pass as
 * `after` for the following page (null on the last one).
 *
 * NOTE: keyset paging on (at, id) from the row of the id, read in SQL: `at` has microseconds,
 * which a JavaScript date would round away (and skip or repeat entries at a page boundary).
 */
export async function listAuditEntries(filters: AuditFilters, limit = AUDIT_PAGE_SIZE): Promise<{ rows: AuditEntryRow[]; next: string | null }> {
  const conditions: (SQL | undefined)[] = [
    filters.actorUserId ? eq(auditLog.actorUserId, filters.actorUserId) : undefined,
    filters.action ? eq(auditLog.action, filters.action) : undefined,
    filters.recordType ? eq(auditLog.recordType, filters.recordType) : undefined,
    filters.recordId ? eq(auditLog.recordId, filters.recordId) : undefined,
    filters.from ? gte(auditLog.at, filters.from) : undefined,
    filters.to ? lt(auditLog.at, filters.to) : undefined,
    filters.after
      ? sql`(${auditLog.at}, ${auditLog.id}) < (select a.at, a.id from audit_log a where a.id = ${filters.after})`
      : undefined,
  ];
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit).map((row) => ({ ...row, at: row.at.toISOString() }));
  return { rows: page, next: rows.length > limit ? page[page.length - 1]!.id : null };
}
