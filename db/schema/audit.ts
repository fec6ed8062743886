import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Every change a staff member made, written in the transaction of the change: who (the user and,
 * as it was then, their e-mail and role), when, what (`action`), the record, and its state before
 * and after.
 *
 * NOTE: append-only. A trigger (see the migration) refuses UPDATE, DELETE and TRUNCATE, so an
 * entry cannot be edited or removed even by a bug. For the same reason there is no foreign key to
 * users: a removed staff member's entries stay, with the e-mail they had.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid().primaryKey().defaultRandom(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: text().notNull(),
    actorEmail: text().notNull(),
    actorRole: text().notNull(),
    // e.g. `payment.register`, `credit-note.issue`, `staff.role-change` (see lib/services/audit).
    action: text().notNull(),
    recordType: text().notNull(),
    recordId: text().notNull(),
    before: jsonb(),
    after: jsonb(),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at, t.id),
    index('audit_log_actor_idx').on(t.actorUserId, t.at),
    index('audit_log_record_idx').on(t.recordType, t.recordId),
    index('audit_log_action_idx').on(t.action, t.at),
  ],
);

export type AuditLogEntry = typeof auditLog.$inferSelect;
export type NewAuditLogEntry = typeof auditLog.$inferInsert;
