import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { auditLog } from '@/db/schema';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { manageLocalizer } from '@/lib/i18n/manage-messages';
import { parseAuditQuery } from '@/lib/validations/audit-filters';
import { listAuditActors } from './list-audit-actors';
import { listAuditEntries } from './list-audit-entries';

/** Entries of one test: its own actor, so filtering by actor isolates them from other test files. */
async function seedEntries() {
  const [admin, accountant] = [await createStaffUser('admin'), await createStaffUser('accountant')];
  const plan = randomUUID();
  const invoice = randomUUID();
  // Several entries in one transaction share `at` (now()); paging must still see each once.
  const rows = await db
    .insert(auditLog)
    .values([
      ...Array.from({ length: 5 }, (_, i) => ({
        at: new Date('2031-02-01T10:00:00Z'),
        actorUserId: admin.id,
        actorEmail: admin.email,
        actorRole: 'admin',
        action: 'plan.update',
        recordType: 'plan',
        recordId: plan,
        before: { step: i },
        after: { step: i + 1 },
      })),
      {
        at: new Date('2031-02-03T23:30:00Z'),
        actorUserId: admin.id,
        actorEmail: admin.email,
        actorRole: 'admin',
        action: 'payment.register',
        recordType: 'invoice',
        recordId: invoice,
        before: null,
        after: null,
      },
      {
        at: new Date('2031-02-02T10:00:00Z'),
        actorUserId: accountant.id,
        actorEmail: accountant.email,
        actorRole: 'accountant',
        action: 'credit-note.issue',
        recordType: 'invoice',
        recordId: invoice,
        before: null,
        after: null,
      },
    ])
    .returning();
  return { admin, accountant, plan, invoice, rows };
}

describe('listAuditEntries', () => {
  test('filters by who, what and the record; newest first', async () => {
    const { admin, accountant, plan, invoice } = await seedEntries();
    const byAdmin = await listAuditEntries({ actorUserId: admin.id });
    expect(byAdmin.rows.map((row) => row.action)).toEqual(['payment.register', ...Array(5).fill('plan.update')]);
    expect((await listAuditEntries({ actorUserId: accountant.id })).rows).toEqual([
      expect.objectContaining({ action: 'credit-note.issue', actorEmail: accountant.email, recordId: invoice }),
    ]);
    expect((await listAuditEntries({ recordType: 'invoice', recordId: invoice })).rows.map((row) => row.action)).toEqual([
      'payment.register',
      'credit-note.issue',
    ]);
    expect((await listAuditEntries({ action: 'plan.update', recordId: plan })).rows).toHaveLength(5);
  });

  test('a date range is the shop’s calendar days, both inclusive', async () => {
    const { admin } = await seedEntries();
    // 2031-02-03 23:30 UTC is already 4 February in Amsterdam.
    const parsed = parseAuditQuery({ actor: admin.id, from: '2031-02-01', to: '2031-02-03' }, 'Europe/Amsterdam');
    if (!parsed.ok) throw new Error(parsed.error);
    expect((await listAuditEntries(parsed.value)).rows.map((row) => row.action)).toEqual(Array(5).fill('plan.update'));
    const utc = parseAuditQuery({ actor: admin.id, from: '2031-02-03', to: '2031-02-03' }, 'UTC');
    if (!utc.ok) throw new Error(utc.error);
    expect((await listAuditEntries(utc.value)).rows.map((row) => row.action)).toEqual(['payment.register']);
  });

  test('pages through entries that share a timestamp, each exactly once', async () => {
    const { admin, rows } = await seedEntries();
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page += 1) {
      const result = await listAuditEntries({ actorUserId: admin.id, after }, 2);
      seen.push(...result.rows.map((row) => row.id));
      if (!result.next) break;
      after = result.next;
    }
    const ofAdmin = rows.filter((row) => row.actorUserId === admin.id).map((row) => row.id);
    expect(seen).toHaveLength(ofAdmin.length);
    expect(new Set(seen)).toEqual(new Set(ofAdmin));
  });

  test('the actor filter lists everyone with an entry', async () => {
    const { admin, accountant } = await seedEntries();
    const actors = await listAuditActors();
    expect(actors).toEqual(expect.arrayContaining([{ userId: admin.id, email: admin.email }, { userId: accountant.id, email: accountant.email }]));
  });

  test.each([
    ['en', { from: '2031-02-30' }, 'The start date must be a real date.'],
    ['en', { from: '2031-03-02', to: '2031-03-01' }, 'The start date must not be after the end date.'],
    ['en', { action: 'drop table' }, 'Choose an action from the list.'],
    ['en', { after: 'x' }, 'That page does not exist.'],
    ['de', { to: '2031-3-1' }, 'Das Enddatum muss ein Datum im Format JJJJ-MM-TT sein.'],
    ['nl', { from: '2031-02-30' }, 'De begindatum moet een bestaande datum zijn.'],
    ['nb', { recordType: 'table' }, 'Velg en type oppføring fra listen.'],
  ] as const)('a filter that does not parse is answered in the staff member’s words (%s): %j', (locale, query, message) => {
    const parsed = parseAuditQuery(query, 'UTC');
    expect(parsed.ok ? null : manageLocalizer(locale).text(parsed.error)).toBe(message);
  });
});
