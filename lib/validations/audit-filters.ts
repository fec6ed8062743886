import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { manageCode, manageMessage } from '@/lib/i18n/manage-code';
import { AUDIT_ACTION_NAMES, AUDIT_RECORD_TYPES, type AuditAction, type AuditRecordType } from './audit-actions';

/** What the audit page lists: every field optional; dates are the shop's calendar days, inclusive. */
export type AuditFilters = {
  actorUserId?: string;
  action?: AuditAction;
  recordType?: AuditRecordType;
  recordId?: string;
  /** Instants: `from` inclusive, `to` exclusive (midnight after the last day). */
  from?: Date;
  to?: Date;
  /** The id of the last entry of the previous page: the next page starts after it. */
  after?: string;
};

/** "YYYY-MM-DD" naming a day that exists (no 30 February: Date would roll it into March). */
function isRealDay(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const blank = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const text = (max: number) => z.preprocess(blank, z.string().trim().max(max, { error: manageCode('auditFilterTooLong') }).optional());
// Refusals are dashboard.manage.messages codes: the page words them for the staff member.
const day = (field: 'from' | 'to') =>
  z.preprocess(
    blank,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: manageMessage('auditDateFormat', { field }) })
      .refine(isRealDay, { error: manageMessage('auditDateReal', { field }) })
      .optional(),
  );

const querySchema = z
  .object({
    actor: text(100),
    action: z.preprocess(blank, z.enum(AUDIT_ACTION_NAMES as [AuditAction, ...AuditAction[]], { error: manageCode('auditActionFromList') }).optional()),
    recordType: z.preprocess(blank, z.enum(AUDIT_RECORD_TYPES, { error: manageCode('auditRecordTypeFromList') }).optional()),
    record: text(100),
    from: day('from'),
    to: day('to'),
    after: z.preprocess(blank, z.guid({ error: manageCode('auditPageMissing') }).optional()),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: manageCode('auditDatesOrder'), path: ['to'] });

export type AuditQuery = z.infer<typeof querySchema>;

const midnight = (date: string, timeZone: string, plusDays = 0) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + plusDays, 0, 0, 0, timeZone).getTime());
};

/** The page's query string into filters, or its first problem (a dashboard.manage.messages code); days in the shop's zone. */
export function parseAuditQuery(
  input: Record<string, string | string[] | undefined>,
  timeZone: string,
): { ok: true; value: AuditFilters; query: AuditQuery } | { ok: false; error: string } {
  const single = Object.fromEntries(Object.entries(input).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = querySchema.safeParse(single);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]!.message };
  const q = parsed.data;
  return {
    ok: true,
    query: q,
    value: {
      actorUserId: q.actor,
      action: q.action,
      recordType: q.recordType,
      recordId: q.record,
      from: q.from ? midnight(q.from, timeZone) : undefined,
      to: q.to ? midnight(q.to, timeZone, 1) : undefined,
      after: q.after,
    },
  };
}
